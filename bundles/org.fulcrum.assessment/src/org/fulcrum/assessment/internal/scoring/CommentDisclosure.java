package org.fulcrum.assessment.internal.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.fulcrum.assessment.scoring.PublishedComment;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Comment;
import org.fulcrum.model.RelationshipGroup;

/**
 * Which comments of an assessment may be published: those of raters other than the participant,
 * only when at least {@code minimumCommenters} of them answered, and without their group: a
 * group label on a comment from a small group would name its author, and labelling only the
 * large groups would let the unlabelled rest be worked out. They are sorted by dimension and
 * text, so their order tells nothing about who answered when.
 */
final class CommentDisclosure {

	private static final Comparator<PublishedComment> NEUTRAL_ORDER = Comparator
			.comparing((PublishedComment c) -> c.dimension() == null ? "" : c.dimension().getId()).thenComparing(PublishedComment::text);

	private CommentDisclosure() {
	}

	/** The publishable comments, given how many raters other than the participant completed the questionnaire. */
	static List<PublishedComment> of(Assessment assessment, int othersAnswered, int minimumCommenters) {
		if (othersAnswered < Math.max(1, minimumCommenters) || assessment.getComments().isEmpty()) {
			return List.of();
		}
		List<PublishedComment> published = new ArrayList<>();
		for (Comment comment : assessment.getComments()) {
			if (comment.getGroup() != RelationshipGroup.SELF && comment.getText() != null && !comment.getText().isBlank()) {
				published.add(published(comment));
			}
		}
		published.sort(NEUTRAL_ORDER);
		return Collections.unmodifiableList(published);
	}

	private static PublishedComment published(Comment comment) {
		return new PublishedComment(comment.getDimension(), comment.getText().strip());
	}
}
