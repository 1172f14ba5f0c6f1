package org.fulcrum.coaching;

import java.util.List;
import java.util.Optional;

/**
 * The partner coaching do's and don'ts (Philip Moon, "Partner Performance Coaching Do's and
 * Don'ts"), one pair per entry as the text pairs them: eleven pairs. A session is reviewed
 * against them: for each pair, whether the do was met, the don't occurred, or neither was seen.
 */
public final class Checklist {

	/** One do with the don't the text sets against it; {@code id} is what a review entry records. */
	public record Pair(String id, String doText, String dontText) {
	}

	public static final List<Pair> PAIRS = List.of(
			new Pair("partner-goals", "Coach on situations directly relevant to the partner's goals",
					"Coach on situations only focused on your goals"),
			new Pair("situation-statement", "State the performance situation clearly and briefly, prepared in advance",
					"Leave the coachee guessing about the performance issue or opportunity"),
			new Pair("short-sessions", "Short, frequent sessions focused on specific topics and specific action outcomes",
					"Coach on everything at once in long drawn out sessions"),
			new Pair("open-questions", "Ask open questions, then listen and reflect what the partner says",
					"Ask multiple choice questions that supply the possible answers"),
			new Pair("closed-questions", "Ask closed questions infrequently, to confirm actions or key points",
					"Use many closed questions that stifle conversation"),
			new Pair("partner-success", "Stay focused on the partner's business and personal goals",
					"Use a performance coaching approach to assert your goals"),
			new Pair("options-from-partner", "Get multiple action options from the partner",
					"Provide the options yourself"),
			new Pair("ownership", "Keep problem ownership with the partner",
					"Make unsolicited offers to provide resources or take on actions"),
			new Pair("value-ideas", "Value the partner's opinions, thoughts, options and action plans",
					"Assume you know better than the coachee or that their ideas won't work"),
			new Pair("smart-actions", "Facilitate specific, achievable, measurable and time bound action plans",
					"Settle for 'good intentions'"),
			new Pair("appropriate-support", "Provide appropriate support and take on actions you should complete",
					"Abdicate responsibility for things you or your company should do to support the partner"));

	private Checklist() {
	}

	public static Optional<Pair> pair(String id) {
		return PAIRS.stream().filter(p -> p.id().equals(id)).findFirst();
	}
}
