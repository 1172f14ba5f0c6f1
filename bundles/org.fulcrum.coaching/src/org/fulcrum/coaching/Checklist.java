package org.fulcrum.coaching;

import java.util.List;
import java.util.Optional;

/**
 * The partner coaching do's and don'ts (Philip Moon, "Partner Performance Coaching Do's and
 * Don'ts", partner-coaching-dos-and-donts.txt), one pair per entry as the text pairs them: eleven
 * pairs, in the text's words (straight apostrophes and quotes). Each side keeps the text's how-to
 * advice. A session is reviewed against them: for each pair, whether the do was met and whether the
 * don't occurred; a session can show both.
 */
public final class Checklist {

	/**
	 * One do with the don't the text sets against it; {@code id} is what a review entry records.
	 *
	 * @param doText the do, as the text words it
	 * @param doAdvice the text's advice that goes with the do, empty when it gives none
	 * @param dontText the don't, as the text words it
	 * @param dontAdvice the text's advice that goes with the don't, empty when it gives none
	 */
	public record Pair(String id, String doText, String doAdvice, String dontText, String dontAdvice) {

		/** The do and its advice, as one text. */
		public String doWithAdvice() {
			return doAdvice.isEmpty() ? doText : doText + " " + doAdvice;
		}

		/** The don't and its advice, as one text. */
		public String dontWithAdvice() {
			return dontAdvice.isEmpty() ? dontText : dontText + " " + dontAdvice;
		}
	}

	public static final List<Pair> PAIRS = List.of(
			new Pair("partner-goals", "Do coach on situations that are directly relevant to the partner's goals.",
					"At first the partner may not realise a situation is connected to their goals and this link may have to be "
							+ "established through effective questioning.",
					"Don't try to coach on situations that are only focused on your goals.",
					"Coaching is about the partner's goals. It becomes effective for both when your goals are in alignment."),
			new Pair("situation-statement", "State the performance situation clearly and briefly.",
					"Spend some time preparing your situation statement in advance.",
					"Don't leave the coachee guessing about the performance issue or opportunity you wish to bring to their attention.",
					""),
			new Pair("short-sessions",
					"Do conduct short, frequent partner coaching sessions focused on specific topics and specific action outcomes.", "",
					"Don't try to coach on everything at once in long drawn out sessions.",
					"Segment issues and opportunities into more manageable chunks."),
			new Pair("open-questions", "Do ask open questions, then listen and reflect what the partner says.", "",
					"Don't ask multiple choice questions where you supply a list of possible answers!", ""),
			new Pair("closed-questions", "Do ask closed questions infrequently, to confirm actions or key points.", "",
					"Don't use many closed questions as these stifle conversation.", ""),
			new Pair("partner-success", "Do stay focused on the partner's business and personal goals.",
					"Unless the partner accepts that a situation is linked to their success they will not be motivated to take action.",
					"Don't try to use a performance coaching approach to assert your goals.",
					"You may need to 'sell' to a partner to convince them of the desirability of a goal before they will accept it "
							+ "as their own."),
			new Pair("options-from-partner", "Do get multiple action options from the partner.",
					"If the partner can't think of any ways forward, try various techniques to help 'unblock' their thinking. If you "
							+ "must suggest some possibilities, move back to a non-directive style as soon as possible to ask for more ideas.",
					"Don't provide the options yourself.", ""),
			new Pair("ownership", "Do keep problem ownership with the partner.", "",
					"Don't make unsolicited offers to provide resources or take on actions.", ""),
			new Pair("value-ideas", "Do value the partner's opinions, thoughts, options and action plans.",
					"If you are concerned about the practicality or scope of the partner's ideas ask questions that encourages them "
							+ "to explore these issues.",
					"Don't assume you know better than the coachee or assume their ideas won't work.", ""),
			new Pair("smart-actions", "Do facilitate creation of specific, achievable, measurable and time bound action plans.", "",
					"Don't settle for 'good intentions'.", ""),
			new Pair("appropriate-support", "Do provide appropriate support and take on actions that you should complete.", "",
					"Although you should focus on keeping problem ownership with the partner, don't abdicate responsibility for "
							+ "things you or your company should do to support the partner.",
					""));

	private Checklist() {
	}

	public static Optional<Pair> pair(String id) {
		return PAIRS.stream().filter(p -> p.id().equals(id)).findFirst();
	}
}
