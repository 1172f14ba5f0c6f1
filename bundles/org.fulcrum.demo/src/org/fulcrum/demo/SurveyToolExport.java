package org.fulcrum.demo;

import java.util.ArrayList;
import java.util.List;

import org.fulcrum.core.io.CsvCells;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Comment;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.query.Instruments;

/**
 * Plays the survey tool: takes the answers out of an engagement and writes them the way survey
 * tools export them (one row per submission: token, one column per item, comments), so that
 * the demo and the benchmarks bring them back through Fulcrum's importer. This is what raters'
 * answers look like before Fulcrum has them; Fulcrum's own exports never put a token beside answers.
 */
public final class SurveyToolExport {

	private SurveyToolExport() {
	}

	/**
	 * Returns the wide CSV of every completed invitation of the engagement's first instrument
	 * and leaves those invitations as sent but unanswered, without their comments.
	 */
	public static String takeAnswers(Engagement engagement) {
		Instrument instrument = engagement.getInstruments().get(0);
		List<BehaviourItem> items = Instruments.items(instrument);
		List<Dimension> dimensions = new ArrayList<>();
		instrument.eAllContents().forEachRemaining(o -> {
			if (o instanceof Dimension dimension) {
				dimensions.add(dimension);
			}
		});
		StringBuilder csv = new StringBuilder("token");
		items.forEach(item -> csv.append(',').append(item.getId()));
		dimensions.forEach(dimension -> csv.append(",comment:").append(dimension.getId()));
		csv.append('\n');
		for (Assessment assessment : engagement.getAssessments()) {
			List<Comment> comments = new ArrayList<>(assessment.getComments());
			assessment.getComments().clear();
			for (RaterInvitation invitation : assessment.getInvitations()) {
				if (invitation.getStatus() != InvitationStatus.COMPLETED) {
					continue;
				}
				csv.append(invitation.getToken());
				for (BehaviourItem item : items) {
					csv.append(',').append(answer(invitation, item));
				}
				for (Dimension dimension : dimensions) {
					csv.append(',').append(quoted(takeComment(invitation, dimension, comments)));
				}
				csv.append('\n');
				invitation.getResponses().clear();
				invitation.setSubmitted(null);
				invitation.setStatus(InvitationStatus.INVITED);
			}
		}
		return csv.toString();
	}

	private static String answer(RaterInvitation invitation, BehaviourItem item) {
		for (ItemResponse response : invitation.getResponses()) {
			if (response.getItem() == item) {
				return response.isNotObserved() ? "NO" : Integer.toString(response.getValue());
			}
		}
		return "";
	}

	/** Comments carry only their group: each goes to the first invitation of that group that has room for it. */
	private static String takeComment(RaterInvitation invitation, Dimension dimension, List<Comment> comments) {
		for (Comment comment : comments) {
			if (comment.getGroup() == invitation.getRelationship() && comment.getDimension() == dimension) {
				comments.remove(comment);
				return comment.getText();
			}
		}
		return "";
	}

	private static String quoted(String text) {
		return CsvCells.cell(text);
	}
}
