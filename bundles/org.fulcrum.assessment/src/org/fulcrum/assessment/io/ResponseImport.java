package org.fulcrum.assessment.io;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fulcrum.assessment.policy.PolicyChange;
import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Comment;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RatingScale;
import org.fulcrum.model.query.Instruments;

/**
 * Adds rater submissions in the wide layout survey tools export: one row per submission, a
 * {@code token} column (or {@code participant} and {@code rater_email}: the participant's id and
 * the rater's e-mail, for tools that do not carry tokens), one column per item id
 * with the answer (a scale value, {@code NO} or {@code not observed}, or empty), and comment
 * columns {@code comment} or {@code comment:<dimension id>}. All rows or none.
 */
public final class ResponseImport {

	private static final FulcrumFactory MODEL = FulcrumFactory.eINSTANCE;
	/**
	 * An answer as the contract writes it: ASCII digits alone, no sign, no leading zero, no
	 * space: " 4", "04", "+4" or "٤" are refused rather than guessed at (docs/formats.md).
	 */
	private static final java.util.regex.Pattern STRICT_NUMBER = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]{0,8})");
	private static final Set<String> NOT_OBSERVED = Set.of("no", "n/o", "notobserved", "na", "n/a");

	/** What the header row of a response file holds; a workbook's sheet is chosen by it. */
	public static final String EXPECTED_HEADER = "a token column, or participant and rater_email columns";

	private ResponseImport() {
	}

	/** Whether the table's header row has {@link #EXPECTED_HEADER}. */
	public static boolean hasExpectedHeader(CsvTable table) {
		return table.column("token") >= 0 || table.column("participant") >= 0 && table.column("rater_email") >= 0;
	}

	private record Submission(RaterInvitation invitation, List<ItemResponse> responses, List<Comment> comments) {
	}

	/** Returns the number of submissions added. */
	public static int apply(Engagement engagement, CsvTable table) throws ImportException {
		Problems problems = new Problems(table);
		boolean byToken = table.column("token") >= 0;
		if (!hasExpectedHeader(table)) {
			problems.add(1, "token", "missing column; the header needs " + EXPECTED_HEADER);
			problems.throwIfAny();
		}
		Map<String, RaterInvitation> byKey = new HashMap<>();
		Map<String, BehaviourItem> items = new HashMap<>();
		Map<String, Dimension> dimensions = new HashMap<>();
		for (Assessment assessment : engagement.getAssessments()) {
			assessment.getInvitations().forEach(i -> byKey.put(byToken ? i.getToken() : personKey(assessment, i), i));
			if (assessment.getInstrument() != null) {
				Instruments.items(assessment.getInstrument()).forEach(i -> items.putIfAbsent(CsvTable.normalise(i.getId()), i));
				assessment.getInstrument().eAllContents().forEachRemaining(o -> {
					if (o instanceof Dimension d) {
						dimensions.putIfAbsent(CsvTable.normalise(d.getId()), d);
					}
				});
			}
		}
		problems.checkHeader(null);
		Columns columns = Columns.of(table, items, dimensions, problems);
		problems.throwIfAny();
		Map<Instrument, Set<BehaviourItem>> itemsOf = new HashMap<>();
		Map<RaterInvitation, Integer> seen = new HashMap<>();
		List<Submission> submissions = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			if (!problems.wellFormed(row)) {
				continue;
			}
			String key = byToken ? problems.cell(row, "token")
					: problems.cell(row, "participant") + "|" + problems.cell(row, "rater_email").toLowerCase(Locale.ROOT);
			RaterInvitation invitation = byKey.get(key);
			if (invitation == null) {
				if (byToken) {
					problems.add(row.line(), "token", key.isEmpty() ? "is empty" : "'" + key + "' is not the token of any invitation");
				} else {
					problems.add(row.line(), "rater_email", "no invitation of '" + problems.cell(row, "rater_email")
							+ "' to rate participant '" + problems.cell(row, "participant") + "'");
				}
				continue;
			}
			Integer earlier = seen.putIfAbsent(invitation, row.line());
			if (earlier != null) {
				problems.add(row.line(), "token", "a second submission for this invitation (the first is on line " + earlier + ")");
				continue;
			}
			if (invitation.getStatus() == InvitationStatus.COMPLETED || !invitation.getResponses().isEmpty()) {
				problems.add(row.line(), "token", "this invitation's answers are already in the engagement");
				continue;
			}
			if (invitation.getStatus() == InvitationStatus.DECLINED) {
				problems.add(row.line(), "token", "this invitation was declined");
				continue;
			}
			Instrument instrument = ((Assessment) invitation.eContainer()).getInstrument();
			Set<BehaviourItem> ofInstrument = itemsOf.computeIfAbsent(instrument, i -> Set.copyOf(Instruments.items(i)));
			Submission submission = read(row, invitation, ofInstrument, columns, problems);
			if (submission.responses().isEmpty() && submission.comments().isEmpty()) {
				problems.add(row.line(), "token", "the submission holds no answer and no comment; an empty submission is not a completed"
						+ " one: leave the row out and the invitation stays open");
				continue;
			}
			submissions.add(submission);
		}
		problems.throwIfAny();
		if (!submissions.isEmpty()) {
			PolicyChange.freezeForCollection(engagement);
		}
		Date now = new Date();
		for (Submission submission : submissions) {
			submission.invitation().getResponses().addAll(submission.responses());
			submission.invitation().setStatus(InvitationStatus.COMPLETED);
			submission.invitation().setSubmitted(now);
			((Assessment) submission.invitation().eContainer()).getComments().addAll(submission.comments());
		}
		return submissions.size();
	}

	/** Participant id and rater e-mail: the key survey tools without tokens export. */
	private static String personKey(Assessment assessment, RaterInvitation invitation) {
		String email = invitation.getRater() == null || invitation.getRater().getEmail() == null ? "" : invitation.getRater().getEmail();
		return assessment.getSubject().getId() + "|" + email.toLowerCase(Locale.ROOT);
	}

	private static Submission read(CsvTable.Row row, RaterInvitation invitation, Set<BehaviourItem> ofInstrument, Columns columns,
			Problems problems) {
		Assessment assessment = (Assessment) invitation.eContainer();
		RatingScale scale = assessment.getInstrument().getScale();
		List<ItemResponse> responses = new ArrayList<>();
		List<Comment> comments = new ArrayList<>();
		columns.items().forEach((index, item) -> {
			String text = row.cells().get(index);
			if (text.isBlank()) {
				return;
			}
			if (!ofInstrument.contains(item)) {
				problems.add(row.line(), item.getId(), "is not an item of this invitation's instrument " + assessment.getInstrument().getId());
				return;
			}
			ItemResponse response = MODEL.createItemResponse();
			response.setItem(item);
			if (NOT_OBSERVED.contains(text.toLowerCase(Locale.ROOT).replace(" ", ""))) {
				if (!scale.isNotObservedAllowed()) {
					problems.add(row.line(), item.getId(), "'not observed' is not an answer on this scale");
				}
				response.setNotObserved(true);
			} else {
				if (!STRICT_NUMBER.matcher(text).matches()) {
					problems.add(row.line(), item.getId(), "'" + text + "' is not a scale value (" + scale.getMinimum() + "–"
							+ scale.getMaximum() + ", written with the digits 0–9 alone) or 'not observed'");
				} else {
					long value = Long.parseLong(text);
					if (value < scale.getMinimum() || value > scale.getMaximum()) {
						problems.add(row.line(), item.getId(), "'" + text + "' is off the scale " + scale.getMinimum() + "–" + scale.getMaximum());
					}
					response.setValue((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value)));
				}
			}
			responses.add(response);
		});
		columns.comments().forEach((index, dimension) -> {
			String text = row.cells().get(index).strip();
			if (!text.isEmpty()) {
				Comment comment = MODEL.createComment();
				comment.setText(text);
				comment.setGroup(invitation.getRelationship());
				comment.setDimension(dimension);
				comments.add(comment);
			}
		});
		return new Submission(invitation, responses, comments);
	}
}
