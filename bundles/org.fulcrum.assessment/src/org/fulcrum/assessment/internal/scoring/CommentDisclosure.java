package org.fulcrum.assessment.internal.scoring;

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

	private CommentDisclosure() {
	}

	/** @param others how many raters other than the participant are counted in the results */
	static List<PublishedComment> of(Assessment assessment, int others, int minimumCommenters) {
		if (others < Math.max(1, minimumCommenters)) {
			return List.of();
		}
		return assessment.getComments().stream().filter(c -> c.getGroup() != RelationshipGroup.SELF)
				.filter(c -> c.getText() != null && !c.getText().isBlank())
				.map(CommentDisclosure::published)
				.sorted(Comparator.comparing((PublishedComment c) -> c.dimension() == null ? "" : c.dimension().getId())
						.thenComparing(PublishedComment::text))
				.toList();
	}

	private static PublishedComment published(Comment comment) {
		return new PublishedComment(comment.getDimension(), comment.getText().strip());
	}
}
