package org.fulcrum.assessment.internal.scoring;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.EList;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.RaterInvitation;

/**
 * Every completed questionnaire of the scored assessments (that the caller counts) as a row of numbers: the scored
 * value per item (reverse-keyed items already mirrored), {@link #MISSING} or
 * {@link #NOT_OBSERVED}, and the rater's group, never the rater. One int array per assessment,
 * a row per completed invitation in an order fixed by the rows' content ({@link #canonical}),
 * never by the invitations' order: every running mean and variance is taken in it. Each assessment's answers are read from the model by whichever thread
 * scores it ({@link #read}), so reading is spread over the cores too.
 */
final class ResponseTable {

	static final int MISSING = 0;
	static final int NOT_OBSERVED = -1;

	private final List<Assessment> assessments;
	private final Predicate<RaterInvitation> counted;
	private final Predicate<RaterInvitation> joinedSinceRelease;
	final InstrumentLayout[] layouts;
	/** Per assessment: its rows one after the other, {@code layouts[a].items.length} values each. */
	final int[][] values;
	/** Per assessment: the RaterGroup ordinal of each row. */
	final byte[][] groups;
	/** Per assessment: whether each row joined since the participant's last release (all false when never released). */
	final boolean[][] late;
	/** Invitations sent (invited, completed or declined) and completed, per assessment and RaterGroup ordinal: {@code [a * groups + g]}. */
	final int[] sent;
	final int[] completed;

	/** {@code counted} picks the completed questionnaires to score (e.g. not those a report release holds back). */
	ResponseTable(List<Assessment> assessments, InstrumentLayout[] layouts, Predicate<RaterInvitation> counted,
			Predicate<RaterInvitation> joinedSinceRelease) {
		this.assessments = assessments;
		this.counted = counted;
		this.joinedSinceRelease = joinedSinceRelease;
		late = new boolean[assessments.size()][];
		this.layouts = layouts;
		values = new int[assessments.size()][];
		groups = new byte[assessments.size()][];
		sent = new int[assessments.size() * GroupStatistics.GROUPS];
		completed = new int[sent.length];
	}

	/** Reads the answers of assessment a into its rows. */
	void read(int a) {
		InstrumentLayout layout = layouts[a];
		EList<RaterInvitation> invitations = assessments.get(a).getInvitations();
		boolean[] scored = new boolean[invitations.size()];
		int rows = 0;
		for (int i = 0; i < scored.length; i++) {
			RaterInvitation invitation = invitations.get(i);
			scored[i] = count(invitation, sent, completed, a * GroupStatistics.GROUPS) && counted.test(invitation);
			rows += scored[i] ? 1 : 0;
		}
		int width = layout.items.length;
		int[] answers = new int[rows * width];
		byte[] group = new byte[rows];
		boolean[] joined = new boolean[rows];
		int row = 0;
		for (int i = 0; i < scored.length; i++) {
			if (!scored[i]) {
				continue;
			}
			RaterInvitation invitation = invitations.get(i);
			group[row] = (byte) RaterGroup.of(invitation.getRelationship()).ordinal();
			joined[row] = joinedSinceRelease.test(invitation);
			int start = row++ * width;
			EList<ItemResponse> responses = invitation.getResponses();
			for (int position = 0, count = responses.size(); position < count; position++) {
				ItemResponse response = responses.get(position);
				int item = layout.itemOf(response, position);
				if (item >= 0) {
					answers[start + item] = response.isNotObserved() ? NOT_OBSERVED : layout.scored(item, response.getValue());
				}
			}
		}
		canonical(answers, group, joined, width);
		values[a] = answers;
		groups[a] = group;
		late[a] = joined;
	}

	/**
	 * Puts the rows in an order fixed by their content alone (group, then the answers item by
	 * item, then late or not), so that the same answers always give the same figures, to the last
	 * bit, however the questionnaires were imported or stored (docs/scoring.md, "One order").
	 * Rows are a participant's raters: an insertion sort, usually with nothing to move.
	 */
	static void canonical(int[] answers, byte[] group, boolean[] joined, int width) {
		int rows = group.length;
		int[] row = new int[width];
		for (int r = 1; r < rows; r++) {
			if (compare(answers, group, joined, width, r - 1, r) <= 0) {
				continue;
			}
			System.arraycopy(answers, r * width, row, 0, width);
			byte g = group[r];
			boolean j = joined[r];
			int to = r;
			while (to > 0 && compare(answers, group, joined, width, to - 1, g, row, 0, j) > 0) {
				to--;
			}
			System.arraycopy(answers, to * width, answers, (to + 1) * width, (r - to) * width);
			System.arraycopy(group, to, group, to + 1, r - to);
			System.arraycopy(joined, to, joined, to + 1, r - to);
			System.arraycopy(row, 0, answers, to * width, width);
			group[to] = g;
			joined[to] = j;
		}
	}

	/** Row a against row b. */
	private static int compare(int[] answers, byte[] group, boolean[] joined, int width, int a, int b) {
		return compare(answers, group, joined, width, a, group[b], answers, b * width, joined[b]);
	}

	/** Row a against a row given by its group, its answers from {@code from} in {@code row}, and its late flag. */
	private static int compare(int[] answers, byte[] group, boolean[] joined, int width, int a, byte g, int[] row, int from, boolean j) {
		if (group[a] != g) {
			return Integer.compare(group[a], g);
		}
		int start = a * width;
		for (int i = 0; i < width; i++) {
			if (answers[start + i] != row[from + i]) {
				return Integer.compare(answers[start + i], row[from + i]);
			}
		}
		return Boolean.compare(joined[a], j);
	}

	/**
	 * Counts an invitation toward the response rates, by RaterGroup ordinal from {@code at}:
	 * sent when invited, completed or declined. True when it is completed.
	 */
	static boolean count(RaterInvitation invitation, int[] sent, int[] completed, int at) {
		InvitationStatus status = invitation.getStatus();
		if (status != InvitationStatus.INVITED && status != InvitationStatus.COMPLETED && status != InvitationStatus.DECLINED) {
			return false; // not sent yet
		}
		int done = status == InvitationStatus.COMPLETED ? 1 : 0;
		int group = RaterGroup.of(invitation.getRelationship()).ordinal();
		sent[at + group]++;
		completed[at + group] += done;
		return done == 1;
	}
}
