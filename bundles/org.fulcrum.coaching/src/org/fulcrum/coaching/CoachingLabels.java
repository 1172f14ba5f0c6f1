package org.fulcrum.coaching;

import java.util.Locale;
import java.util.OptionalDouble;

import org.fulcrum.model.PartnerSessionKind;
import org.fulcrum.model.QuestionKind;
import org.fulcrum.model.Stance;

/** The words people read for coaching values, the same on the command line, in the workbench and in reports. */
public final class CoachingLabels {

	private CoachingLabels() {
	}

	/** opportunity review, opportunity-management coaching, meeting preparation, performance situation, other. */
	public static String kind(PartnerSessionKind kind) {
		if (kind == null) {
			return "not set";
		}
		return switch (kind) {
		case OPPORTUNITY_REVIEW -> "opportunity review";
		case OPPORTUNITY_COACHING -> "opportunity-management coaching";
		case MEETING_PREPARATION -> "meeting preparation";
		case PERFORMANCE_SITUATION -> "performance situation";
		case OTHER -> "other";
		};
	}

	/** The drama triangle's words: coach, bully (persecutor), victim, rescuer. */
	public static String stance(Stance stance) {
		return Reviews.stanceLabel(stance);
	}

	public static String question(QuestionKind kind) {
		return PartnerSessions.label(kind);
	}

	/** A share as a whole percentage, or a dash when there is nothing to share. */
	public static String percent(OptionalDouble share) {
		return share.isPresent() ? String.format(Locale.ROOT, "%.0f%%", 100 * share.getAsDouble()) : "-";
	}

	/** The stances of some sessions, e.g. "coach 3, bully (persecutor) 1, not recorded 1". */
	public static String stances(CoachingQuality quality) {
		StringBuilder text = new StringBuilder();
		for (Stance stance : Stance.VALUES) {
			if (quality.stance(stance) > 0) {
				text.append(text.isEmpty() ? "" : ", ").append(stance(stance)).append(' ').append(quality.stance(stance));
			}
		}
		if (quality.stanceNotRecorded() > 0) {
			text.append(text.isEmpty() ? "" : ", ").append("not recorded ").append(quality.stanceNotRecorded());
		}
		return text.isEmpty() ? "none" : text.toString();
	}

	/** A kind as people write it: opportunity-review, opportunity review, opportunityReview, ...; null when it is none. */
	public static PartnerSessionKind parseKind(String word) {
		StringBuilder camel = new StringBuilder();
		boolean up = false;
		for (char c : word.strip().toCharArray()) {
			if (c == '-' || c == ' ' || c == '_') {
				up = true;
			} else {
				camel.append(up ? Character.toUpperCase(c) : c);
				up = false;
			}
		}
		return PartnerSessionKind.get(camel.toString());
	}

	/** A stance as people write it, the source's "bully" for persecutor included; null when it is none. */
	public static Stance parseStance(String word) {
		String lower = word.strip().toLowerCase(Locale.ROOT);
		return lower.equals("bully") ? Stance.PERSECUTOR : Stance.get(lower);
	}
}
