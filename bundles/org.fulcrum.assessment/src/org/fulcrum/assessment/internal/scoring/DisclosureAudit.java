package org.fulcrum.assessment.internal.scoring;

import java.util.Arrays;

import org.fulcrum.assessment.scoring.RaterGroup;

/**
 * The exact recoverability audit of one participant's figures (docs/scoring.md, "The audit"),
 * run on every scoring before anything is published; where it finds a withheld quantity that
 * the published figures determine, it withholds more, never publishes.
 *
 * <p>The reader's system: every published mean times its n is a linear form in the raters'
 * answers x(r, i), since a rater's score on a dimension is a fixed combination of their answers
 * (weights 1/(answered items · parts …), from their own pattern of answers, "not observed" and
 * skipped items, and the minimum share). The audit assumes the reader knows every rater's
 * pattern. Figures of exempt groups (self, manager) involve only their raters, whom the policy
 * does not protect; taking them away, the rest splits into <em>blocks</em> of raters that no
 * published figure mixes: each shown group that is not exempt, and the hidden raters (all others
 * minus the shown groups). A block publishes, per level (item or dimension) it is shown on, the
 * sum of its raters' forms; blocks have disjoint unknowns, so each is audited on its own, and so
 * is each top-level dimension tree (no form spans two).
 *
 * <p>The quantities that must stay undetermined (the targets): the sum of every set of raters of
 * the block with the same pattern (a "class"; a single rater's answer is never determined while
 * another rater shares their pattern) that is smaller than the minimum, on every item and
 * dimension; and in the hidden block each withheld group's sum, on every item and dimension.
 * A target t is determined iff t = Σ α_i·item_i + Σ β_d·dim_d over the published rows. For an
 * item i answered by raters whose dimension weights w(r, ·, i) differ, α_i cancels between
 * them, leaving equations in β only: so t is determined iff (1) on every item, raters with the
 * same weights have the same t, and (2) the small system A·β = b these differences give is
 * solvable; {@link ModularSpan} answers (2) exactly.
 *
 * <p>Where a target is determined the block's item figures it rests on are withheld; if that is
 * not enough, all of the block's item figures in that dimension tree; then all of its figures
 * there. Withholding a block's figure withholds all others' on that level too (otherwise all
 * others minus the rest would give it back).
 */
final class DisclosureAudit {

	private static final int GROUPS = RaterGroup.values().length;
	private static final int SELF = RaterGroup.SELF.ordinal();
	private static final int ALL_OTHERS = RaterGroup.ALL_OTHERS.ordinal();
	private static final int MAX_PRIMES = ModularSpan.PRIMES.length;

	private final InstrumentLayout layout;
	private final Disclosure disclosure;
	private final double[] allNeeded;
	private final double[] ownNeeded;
	private final int dimensions;
	private final int items;
	/** Per item: the dimensions from the one that owns it up to its top-level dimension. */
	private final int[][] path;
	/** Per dimension: its depth (0 for a top-level dimension). */
	private final int[] depth;
	private final int[] ownerOf;
	/** Per top-level dimension tree: its dimensions and its items. */
	private final int[][] treeDimensions;
	private final int[][] treeItems;
	private final int maxDepth;
	/** Verdicts found for earlier participants, reused where the key is the same. */
	private final AuditMemo memo;

	/** Per rater (row of the block's assessment) and item: the weight denominators along the item's path; 0 = weight 0. */
	private long[] weights = new long[0];
	private boolean[] answered = new boolean[0];
	private int raterCount;
	/** Whether {@link #weights} holds this participant's (they are made on the first verdict not in the memo). */
	private boolean weighed;
	private final boolean[] counted;
	private final int[] parts;
	private final int[] answeredOwn;

	DisclosureAudit(InstrumentLayout layout, Disclosure disclosure, double[] allNeeded, double[] ownNeeded, AuditMemo memo) {
		this.layout = layout;
		this.memo = memo;
		this.disclosure = disclosure;
		this.allNeeded = allNeeded;
		this.ownNeeded = ownNeeded;
		dimensions = layout.dimensions.length;
		items = layout.items.length;
		int[] parent = new int[dimensions];
		Arrays.fill(parent, -1);
		for (int d = 0; d < dimensions; d++) {
			for (int child : layout.children[d]) {
				parent[child] = d;
			}
		}
		depth = new int[dimensions];
		int deepest = 0;
		for (int d = 0; d < dimensions; d++) {
			depth[d] = parent[d] < 0 ? 0 : depth[parent[d]] + 1; // pre-order: parents first
			deepest = Math.max(deepest, depth[d]);
		}
		maxDepth = deepest + 1;
		ownerOf = new int[items];
		Arrays.fill(ownerOf, -1);
		for (int d = 0; d < dimensions; d++) {
			for (int item : layout.ownItems[d]) {
				ownerOf[item] = d;
			}
		}
		path = new int[items][];
		for (int i = 0; i < items; i++) {
			int owner = ownerOf[i];
			path[i] = new int[owner < 0 ? 0 : depth[owner] + 1];
			for (int k = 0, d = owner; d >= 0; k++, d = parent[d]) {
				path[i][k] = d;
			}
		}
		int roots = 0;
		for (int d = 0; d < dimensions; d++) {
			roots += parent[d] < 0 ? 1 : 0;
		}
		int trees = roots;
		treeDimensions = new int[trees + 1][];
		treeItems = new int[trees + 1][];
		int[] treeOf = new int[dimensions];
		int t = -1;
		for (int d = 0; d < dimensions; d++) {
			treeOf[d] = parent[d] < 0 ? ++t : treeOf[parent[d]];
		}
		// loops, not streams: a lambda's class is made at run time, on the first scoring's clock
		for (int tree = 0; tree <= trees; tree++) {
			// the last "tree" holds the items outside every dimension, which have only item figures
			int[] dims = new int[dimensions];
			int dimCount = 0;
			for (int d = 0; d < dimensions; d++) {
				if (tree < trees && treeOf[d] == tree) {
					dims[dimCount++] = d;
				}
			}
			treeDimensions[tree] = Arrays.copyOf(dims, dimCount);
			int[] its = new int[items];
			int itemCount = 0;
			for (int i = 0; i < items; i++) {
				if (tree < trees ? ownerOf[i] >= 0 && treeOf[ownerOf[i]] == tree : ownerOf[i] < 0) {
					its[itemCount++] = i;
				}
			}
			treeItems[tree] = Arrays.copyOf(its, itemCount);
		}
		counted = new boolean[dimensions];
		parts = new int[dimensions];
		answeredOwn = new int[dimensions];
	}

	/**
	 * Audits one participant and withholds more where needed: {@code shown[row]} (rows: the
	 * dimensions, then the items) holds the groups the participant-wide rule shows and that have
	 * counted raters on the row; bits are only ever cleared.
	 *
	 * <p>For a re-issue, the earlier release's figures are part of what a reader has: each block is
	 * split into the raters that release counted (who keep its rows, {@code before}, besides this
	 * release's) and those who joined since ({@code late}); treating both parts as published
	 * separately gives the reader more than they have, so what passes is safe.
	 *
	 * @param values the raters' answers, {@code items} per rater, as in {@link ResponseTable}
	 * @param groups each rater's group ordinal
	 * @param groupsShown the participant-wide decision of {@link Disclosure#groupsShown}
	 * @param absent raters not in this release (null: none)
	 * @param late raters who joined since the earlier release (null: no earlier release)
	 * @param before the rows of the earlier release, as {@code shown} (null: none)
	 */
	void audit(int[] values, byte[] groups, int[] raters, int groupsShown, int[] shown, boolean[] absent, boolean[] late,
			int[] before) {
		int count = groups.length;
		mark(values, count);
		weighed = false;
		int minimum = disclosure.minimum();
		int hiddenGroups = 0;
		// the shown groups the policy protects first, then the hidden raters, who lose the levels the others lose
		for (int g = 0; g < GROUPS; g++) {
			if (!Disclosure.isPartOfAllOthers(g) || disclosure.exempt(g) || raters[g] == 0) {
				continue;
			}
			if ((groupsShown & 1 << g) == 0) {
				hiddenGroups |= 1 << g;
				continue;
			}
			for (int part = 0; part < (late == null ? 1 : 2); part++) {
				int[] block = members(groups, 1 << g, absent, late, part == 1);
				if (block.length > 0) {
					auditBlock(block, groups, 1 << g, 0, shown, part == 0 ? before : null, minimum, null);
				}
			}
		}
		if (hiddenGroups != 0 && (groupsShown & 1 << ALL_OTHERS) != 0) {
			int[] first = members(groups, hiddenGroups, absent, late, false);
			if (first.length > 0) {
				auditBlock(first, groups, 1 << ALL_OTHERS, hiddenGroups, shown, before, minimum, null);
			}
			// the late part of the hidden raters: a withheld group's sum is the sum of its two parts,
			// so it is a target here where its earlier part (which the first block protects) is nothing
			int[] joined = late == null ? new int[0] : members(groups, hiddenGroups, absent, late, true);
			if (joined.length > 0) {
				auditBlock(joined, groups, 1 << ALL_OTHERS, hiddenGroups, shown, null, minimum, first);
			}
		}
	}

	/** The raters of the groups {@code bits}, present in this release, late or not. */
	private static int[] members(byte[] groups, int bits, boolean[] absent, boolean[] late, boolean joined) {
		int[] block = new int[groups.length];
		int size = 0;
		for (int r = 0; r < groups.length; r++) {
			if ((bits & 1 << groups[r]) != 0 && (absent == null || !absent[r]) && (late == null ? !joined : late[r] == joined)) {
				block[size++] = r;
			}
		}
		return Arrays.copyOf(block, size);
	}

	/** Which items each rater answered: all a memo key needs. */
	private void mark(int[] values, int count) {
		if (answered.length < count * items) {
			answered = new boolean[count * items];
		}
		for (int i = 0; i < count * items; i++) {
			answered[i] = values[i] > 0;
		}
		raterCount = count;
	}

	/**
	 * Each rater's weights: for every answered item, the denominators of its weight in each
	 * dimension on its path. Made only when a verdict is not in the memo.
	 */
	private void weigh() {
		if (weighed) {
			return;
		}
		weighed = true;
		int count = raterCount;
		if (weights.length < count * items * maxDepth) {
			weights = new long[count * items * maxDepth];
		}
		for (int r = 0; r < count; r++) {
			int start = r * items;
			for (int d = dimensions - 1; d >= 0; d--) {
				int[] all = layout.allItems[d];
				int[] own = layout.ownItems[d];
				answeredOwn[d] = answeredOf(own, start);
				counted[d] = false;
				if (all.length == 0 || answeredOf(all, start) < allNeeded[d]) {
					continue;
				}
				if (layout.children[d].length == 0) {
					counted[d] = answeredOwn[d] > 0;
					parts[d] = 1;
					continue;
				}
				int p = 0;
				for (int child : layout.children[d]) {
					p += counted[child] ? 1 : 0;
				}
				if (own.length > 0 && answeredOwn[d] >= ownNeeded[d]) {
					p++;
				}
				parts[d] = p;
				counted[d] = p > 0;
			}
			for (int i = 0; i < items; i++) {
				int at = (start + i) * maxDepth;
				Arrays.fill(weights, at, at + maxDepth, 0);
				int[] up = path[i];
				if (!answered[start + i] || up.length == 0) {
					continue;
				}
				int owner = up[0];
				long den = 0;
				if (counted[owner]) {
					if (layout.children[owner].length == 0) {
						den = answeredOwn[owner];
					} else if (layout.ownItems[owner].length > 0 && answeredOwn[owner] >= ownNeeded[owner]) {
						den = (long) parts[owner] * answeredOwn[owner];
					}
				}
				for (int k = 0; k < up.length && den != 0; k++) {
					if (k > 0) {
						den = counted[up[k]] ? den * parts[up[k]] : 0;
					}
					weights[at + k] = den;
				}
			}
		}
	}

	private int answeredOf(int[] of, int start) {
		int n = 0;
		for (int item : of) {
			n += answered[start + item] ? 1 : 0;
		}
		return n;
	}

	/**
	 * Audits one block in every dimension tree and withholds where needed.
	 *
	 * @param bit the group bit whose figures are the block's rows (the group, or all others for the hidden raters)
	 * @param withheldGroups for the hidden block, the groups whose sums are targets
	 */
	private void auditBlock(int[] block, byte[] groups, int bit, int withheldGroups, int[] shown, int[] before, int minimum,
			int[] earlier) {
		for (int tree = 0; tree < treeItems.length; tree++) {
			int[] dims = treeDimensions[tree];
			int[] its = treeItems[tree];
			int[] raters = byPattern(block, groups, its);
			int[] earlierRaters = earlier == null ? null : byPattern(earlier, groups, its);
			boolean[] itemShown = new boolean[its.length];
			boolean[] dimShown = new boolean[dims.length];
			// rows of the earlier release stay published whatever this one withholds
			boolean[] itemFixed = new boolean[its.length];
			boolean[] dimFixed = new boolean[dims.length];
			for (int x = 0; x < its.length; x++) {
				itemFixed[x] = before != null && (before[dimensions + its[x]] & bit) != 0;
				itemShown[x] = itemFixed[x] || (shown[dimensions + its[x]] & bit) != 0;
			}
			for (int x = 0; x < dims.length; x++) {
				dimFixed[x] = before != null && (before[dims[x]] & bit) != 0;
				dimShown[x] = dimFixed[x] || (shown[dims[x]] & bit) != 0;
			}
			AuditMemo.Key key = key(tree, bit, withheldGroups, raters, groups, earlierRaters, itemShown, itemFixed, dimShown, dimFixed);
			boolean[] verdict = memo.get(key);
			if (verdict == null) {
				weigh();
				verdict = verdict(new Block(raters, groups, withheldGroups, its, dims, minimum, earlierRaters), itemShown, dimShown,
						itemFixed, dimFixed);
				memo.put(key, verdict);
			}
			for (int x = 0; x < its.length; x++) {
				if (!verdict[x]) {
					withhold(shown, dimensions + its[x], bit);
				}
			}
			for (int x = 0; x < dims.length; x++) {
				if (!verdict[its.length + x]) {
					withhold(shown, dims[x], bit);
				}
			}
		}
	}

	/**
	 * The rows of one block and tree that stay shown once no target is determined (the tree's
	 * items, then its dimensions); the arrays given are the rows shown and fixed on entry.
	 */
	private boolean[] verdict(Block b, boolean[] itemShown, boolean[] dimShown, boolean[] itemFixed, boolean[] dimFixed) {
		int[] its = b.its;
		int[] dims = b.dims;
		if (b.targets > 0) {
			// stages, each only withholding and each followed by the test again: (0) for every determined
			// quantity one shown item it rests on, again while that withholds something new; (1) all items;
			// (2) the dimensions made of others (whose raters' parts may differ); (3) all
			b.fixed = itemFixed;
			int stage = 0;
			boolean[] withhold;
			while ((withhold = b.leaks(itemShown, dimShown)) != null) {
				if (stage == 0 && withholdItems(withhold, itemShown, itemFixed)) {
					continue; // each such pass withholds at least one more item: at most one per item
				}
				stage = Math.max(stage, 1);
				for (int x = 0; x < its.length; x++) {
					itemShown[x] = itemFixed[x];
				}
				for (int y = 0; y < dims.length && stage >= 2; y++) {
					dimShown[y] = dimFixed[y] || dimShown[y] && stage == 2 && layout.children[dims[y]].length == 0;
				}
				if (stage == 3) {
					break;
				}
				stage++;
			}
		}
		boolean[] verdict = Arrays.copyOf(itemShown, its.length + dims.length);
		System.arraycopy(dimShown, 0, verdict, its.length, dims.length);
		return verdict;
	}

	/** Withholds the marked items that are shown and not fixed; whether there was any. */
	private static boolean withholdItems(boolean[] withhold, boolean[] itemShown, boolean[] itemFixed) {
		boolean any = false;
		for (int x = 0; x < withhold.length; x++) {
			if (withhold[x] && itemShown[x] && !itemFixed[x]) {
				itemShown[x] = false;
				any = true;
			}
		}
		return any;
	}

	/**
	 * What a verdict depends on: the tree, the block's bit and withheld groups, each rater's
	 * group and answered items in the tree (in order), the earlier part's the same way, and the
	 * rows shown and fixed on entry.
	 */
	private AuditMemo.Key key(int tree, int bit, int withheldGroups, int[] block, byte[] groups, int[] earlier,
			boolean[] itemShown, boolean[] itemFixed, boolean[] dimShown, boolean[] dimFixed) {
		int[] its = treeItems[tree];
		int words = (its.length + 63) / 64;
		int rowLength = words + 1;
		int earlierCount = earlier == null ? 0 : earlier.length;
		int flags = (2 * its.length + 2 * treeDimensions[tree].length + 63) / 64;
		long[] key = new long[5 + (block.length + earlierCount) * rowLength + flags];
		key[0] = tree;
		key[1] = bit;
		key[2] = withheldGroups;
		key[3] = block.length;
		key[4] = earlier == null ? -1 : earlierCount;
		int at = 5;
		at = patterns(block, groups, its, rowLength, key, at);
		if (earlier != null) {
			at = patterns(earlier, groups, its, rowLength, key, at);
		}
		int flag = 0;
		for (boolean[] row : new boolean[][] { itemShown, itemFixed, dimShown, dimFixed }) {
			for (boolean on : row) {
				if (on) {
					key[at + flag / 64] |= 1L << (flag % 64);
				}
				flag++;
			}
		}
		return new AuditMemo.Key(key);
	}

	/**
	 * The raters sorted by group, then by their pattern of answered items of the tree (answered
	 * first, item by item): what the audit of one block and tree sees of them. Raters with the
	 * same group and pattern are interchangeable there, so the audit's input, its verdict and its
	 * memo key are the same for every order of the same raters (docs/scoring.md, "One order").
	 */
	private int[] byPattern(int[] raters, byte[] groups, int[] its) {
		int[] sorted = raters.clone();
		for (int a = 1; a < sorted.length; a++) {
			int r = sorted[a];
			int to = a;
			while (to > 0 && comparePatterns(sorted[to - 1], r, groups, its) > 0) {
				sorted[to] = sorted[to - 1];
				to--;
			}
			sorted[to] = r;
		}
		return sorted;
	}

	private int comparePatterns(int r, int s, byte[] groups, int[] its) {
		if (groups[r] != groups[s]) {
			return Integer.compare(groups[r], groups[s]);
		}
		for (int i : its) {
			boolean a = answered[r * items + i];
			if (a != answered[s * items + i]) {
				return a ? -1 : 1;
			}
		}
		return 0;
	}

	/**
	 * Writes the raters' rows (group, then answered items of the tree as bits) into the key, in
	 * the order {@link #byPattern} gives: the verdict is a deterministic function of exactly this.
	 */
	private int patterns(int[] raters, byte[] groups, int[] its, int rowLength, long[] key, int at) {
		for (int r : raters) {
			key[at] = groups[r];
			for (int x = 0; x < its.length; x++) {
				if (answered[r * items + its[x]]) {
					key[at + 1 + x / 64] |= 1L << (x % 64);
				}
			}
			at += rowLength;
		}
		return at;
	}

	/** Withholds the block's figure on a row and all others' with it, unless the block has nobody counted there. */
	private static void withhold(int[] shown, int row, int bit) {
		if ((shown[row] & bit) != 0) {
			shown[row] &= ~(bit | 1 << ALL_OTHERS);
		}
	}

	/** One block in one dimension tree: its classes, targets and the test. */
	private final class Block {

		private final int[] raters;
		private final int[] its;
		private final int[] dims;
		/** Per block rater: their class (same group for the hidden block, same answered items in the tree). */
		private final int[] classOf;
		private final int[] classSize;
		/** Per class: its first rater, by position in the block. */
		private final int[] firstOf;
		private final byte[] groupOf;
		private final int withheldGroups;
		private final int minimum;
		/** For the late part of the hidden raters: the earlier part, whose zero weights make a group's sum this part's alone. */
		private final int[] earlier;
		private final byte[] allGroups;
		final int targets;
		/** The signatures for the shown dimensions {@code signaturesFor}, kept while those stay. */
		private Signatures signatures;
		private boolean[] signaturesFor;
		/** Targets (class, group, dimension, item) that passed the weights' test, found on the first pass. */
		private int[][] candidates;
		private int candidateCount;
		/** The shown dimensions the candidates were last found possible for. */
		private boolean[] candidatesFor;
		/** The tree's item rows of the earlier release, which stay published whatever this one withholds. */
		boolean[] fixed;
		/** Per dimension of the tree: the positions (in the tree's items) of all its items. */
		final int[][] itemsOf;
		final int[][] single;

		Block(int[] raters, byte[] groups, int withheldGroups, int[] its, int[] dims, int minimum, int[] earlier) {
			this.raters = raters;
			this.earlier = earlier;
			this.allGroups = groups;
			this.its = its;
			this.dims = dims;
			this.withheldGroups = withheldGroups;
			this.minimum = minimum;
			int k = raters.length;
			groupOf = new byte[k];
			classOf = new int[k];
			int[] sizes = new int[k];
			int classes = 0;
			for (int a = 0; a < k; a++) {
				groupOf[a] = groups[raters[a]];
				classOf[a] = -1;
				for (int b = 0; b < a && classOf[a] < 0; b++) {
					if (groupOf[a] == groupOf[b] && samePattern(raters[a], raters[b])) {
						classOf[a] = classOf[b];
					}
				}
				if (classOf[a] < 0) {
					classOf[a] = classes++;
				}
				sizes[classOf[a]]++;
			}
			classSize = Arrays.copyOf(sizes, classes);
			firstOf = new int[classes];
			for (int a = k - 1; a >= 0; a--) {
				firstOf[classOf[a]] = a;
			}
			int small = 0;
			for (int size : classSize) {
				small += size < minimum ? 1 : 0;
			}
			targets = small + Integer.bitCount(withheldGroups);
			single = new int[its.length][];
			for (int x = 0; x < its.length; x++) {
				single[x] = new int[] { x };
			}
			itemsOf = new int[dims.length][];
			for (int y = 0; y < dims.length; y++) {
				int[] all = layout.allItems[dims[y]];
				int[] of = new int[its.length];
				int count = 0;
				for (int x = 0; x < its.length; x++) {
					if (contains(all, its[x])) {
						of[count++] = x;
					}
				}
				itemsOf[y] = Arrays.copyOf(of, count);
			}
		}

		private boolean samePattern(int r, int s) {
			for (int i : its) {
				if (answered[r * items + i] != answered[s * items + i]) {
					return false;
				}
			}
			return true;
		}

		/**
		 * Null when no target is determined by the rows shown; else, per item of the tree, whether
		 * a determined target rests on it.
		 */
		boolean[] leaks(boolean[] itemShown, boolean[] dimShown) {
			ReaderSystem system = new ReaderSystem(this, itemShown, dimShown);
			if (candidates == null) {
				// which targets the weights alone cannot rule out; they depend on the shown dimensions
				// only, which the first passes keep, so they are found once
				candidates = new int[16][];
				candidatesFor = dimShown.clone();
				for (int c = 0; c < classSize.length; c++) {
					if (classSize[c] < minimum) {
						collect(system, c, -1);
					}
				}
				for (int g = 0; g < GROUPS; g++) {
					if ((withheldGroups & 1 << g) != 0) {
						collect(system, -1, g);
					}
				}
			}
			boolean[] withhold = null;
			int still = 0;
			// once dimensions are withheld, raters that their weights there told apart may share a
			// signature: a target that is no longer possible is not determined, whoever represents it
			boolean recheck = !Arrays.equals(candidatesFor, dimShown);
			candidatesFor = dimShown.clone();
			for (int t = 0; t < candidateCount; t++) {
				int[] target = candidates[t];
				if (recheck && !system.possible(target[0], target[1], target[2], target[3])) {
					continue;
				}
				if (system.solvable(target[0], target[1], target[2], target[3])) {
					candidates[still++] = target;
					if (target[3] >= 0) {
						withhold = mark(withhold, target[3]);
					} else {
						withhold = mark(withhold, firstShown(itemsOf[target[2]], itemShown));
					}
				}
			}
			// the next pass only withholds, so its rows span less: what was not determined stays so
			candidateCount = still;
			return withhold;
		}

		/** The class's (or the group's) sums on every item and dimension of the tree that the weights do not rule out. */
		private void collect(ReaderSystem system, int cls, int group) {
			for (int x = 0; x < its.length; x++) {
				if (alone(group, -1, x) && system.possible(cls, group, -1, x)) {
					candidate(cls, group, -1, x);
				}
			}
			for (int y = 0; y < dims.length; y++) {
				if (alone(group, y, -1) && system.possible(cls, group, y, -1)) {
					candidate(cls, group, y, -1);
				}
			}
		}

		private void candidate(int cls, int group, int dimIndex, int itemIndex) {
			if (candidateCount == candidates.length) {
				candidates = Arrays.copyOf(candidates, candidateCount * 2);
			}
			candidates[candidateCount++] = new int[] { cls, group, dimIndex, itemIndex };
		}

		/** Whether the group's sum on the level is this block's part alone: always, but for a late part whose group answered there before. */
		private boolean alone(int group, int dimIndex, int itemIndex) {
			if (group < 0 || earlier == null) {
				return true;
			}
			for (int r : earlier) {
				if (allGroups[r] != group) {
					continue;
				}
				if (itemIndex >= 0 ? answered[r * items + its[itemIndex]] : countedIn(r, dims[dimIndex])) {
					return false;
				}
			}
			return true;
		}

		private boolean countedIn(int r, int d) {
			for (int item : layout.allItems[d]) {
				int k = depth[ownerOf[item]] - depth[d];
				if (k >= 0 && path[item][k] == d && weights[(r * items + item) * maxDepth + k] != 0) {
					return true;
				}
			}
			return false;
		}

		/**
		 * The first of the dimension's items (in the instrument's order) still shown and not fixed:
		 * withholding one item at a time, tested again after each, keeps the items a determined
		 * quantity does not need (the first of them when none is left, which withholds nothing new).
		 */
		private int firstShown(int[] of, boolean[] itemShown) {
			for (int x : of) {
				if (itemShown[x] && !fixed[x]) {
					return x;
				}
			}
			return of[0];
		}

		private boolean[] mark(boolean[] withhold, int x) {
			boolean[] w = withhold == null ? new boolean[its.length] : withhold;
			w[x] = true;
			return w;
		}

		boolean member(int a, int cls, int group) {
			return cls >= 0 ? classOf[a] == cls : groupOf[a] == group;
		}
	}

	private static boolean contains(int[] values, int value) {
		for (int v : values) {
			if (v == value) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The reader's system for one block, tree and set of shown rows: per item, the block's raters
	 * who answered it grouped by their weights on the shown dimensions ("signatures"); the
	 * equations in β those give; their column spaces modulo enough primes.
	 */
	private final class ReaderSystem {

		private final Block block;
		private final boolean[] itemShown;
		private final boolean[] dimShown;
		/** By dimension: whether the block's figure on it is published. */
		private final boolean[] published;
		/** Per item of the tree: each answering block rater's signature number, -1 for those who did not answer. */
		private final int[][] signatureOf;
		/** Per item of the tree: a representative of each signature, by position in the block. */
		private final int[][] representative;
		/** Per item of the tree and signature: how many of the block's raters have it. */
		private final int[][] signatureSize;
		/** Per item of the tree: the index of its first equation row. */
		private final int[] firstRow;
		private int rows;
		private PrimeSpan[] spans;
		private int[] at;
		private long[] value;
		private boolean tooLarge;
		/** The largest rank modulo the primes: the rank over the rationals, as the primes' product exceeds every minor. */
		private int fullRank;

		ReaderSystem(Block block, boolean[] itemShown, boolean[] dimShown) {
			this.block = block;
			this.itemShown = itemShown;
			this.dimShown = dimShown;
			published = new boolean[dimensions];
			for (int y = 0; y < block.dims.length; y++) {
				published[block.dims[y]] = dimShown[y];
			}
			int[] its = block.its;
			if (block.signatures == null || !Arrays.equals(block.signaturesFor, dimShown)) {
				block.signaturesFor = dimShown.clone();
				block.signatures = signatures();
			}
			signatureOf = block.signatures.of;
			representative = block.signatures.representative;
			signatureSize = block.signatures.size;
			firstRow = new int[its.length];
			for (int x = 0; x < its.length; x++) {
				int signatures = representative[x].length;
				firstRow[x] = rows;
				rows += signatures == 0 ? 0 : itemShown[x] ? signatures - 1 : signatures;
			}
		}

		/** Per item: the block's raters who answered it, grouped by their weights on the shown dimensions. */
		private Signatures signatures() {
			int[] its = block.its;
			int k = block.raters.length;
			int[][] of = new int[its.length][k];
			int[][] representatives = new int[its.length][];
			int[][] sizes = new int[its.length][];
			int[] reps = new int[k];
			int[] size = new int[k];
			for (int x = 0; x < its.length; x++) {
				int item = its[x];
				int signatures = 0;
				for (int a = 0; a < k; a++) {
					int r = block.raters[a];
					of[x][a] = -1;
					if (!answered[r * items + item]) {
						continue;
					}
					for (int s = 0; s < signatures && of[x][a] < 0; s++) {
						if (sameSignature(r, block.raters[reps[s]], item)) {
							of[x][a] = s;
							size[s]++;
						}
					}
					if (of[x][a] < 0) {
						reps[signatures] = a;
						size[signatures] = 1;
						of[x][a] = signatures++;
					}
				}
				representatives[x] = Arrays.copyOf(reps, signatures);
				sizes[x] = Arrays.copyOf(size, signatures);
			}
			return new Signatures(of, representatives, sizes);
		}

		/** Same weights on every shown dimension of the item's path. */
		private boolean sameSignature(int r, int s, int item) {
			int[] up = path[item];
			for (int k = 0; k < up.length; k++) {
				if (dimShown(up[k]) && weights[(r * items + item) * maxDepth + k] != weights[(s * items + item) * maxDepth + k]) {
					return false;
				}
			}
			return true;
		}

		private boolean dimShown(int d) {
			return published[d];
		}

		/** The denominator of t(r, item) for the target (0 for zero): 1 on the item itself, the weight in the dimension. */
		private long target(int a, int cls, int group, int dimIndex, int itemIndex, int x) {
			if (!block.member(a, cls, group)) {
				return 0;
			}
			int r = block.raters[a];
			int item = block.its[x];
			if (!answered[r * items + item]) {
				return 0;
			}
			if (itemIndex >= 0) {
				return itemIndex == x ? 1 : 0;
			}
			int d = block.dims[dimIndex];
			int k = depth[ownerOf[item]] - depth[d];
			return k >= 0 && path[item][k] == d ? weights[(r * items + item) * maxDepth + k] : 0;
		}

		/**
		 * Whether the target (the class's or group's sum on a dimension or an item) may be
		 * determined: false when raters with the same weights differ in it, which no published
		 * figure can tell apart; the rows decide the rest ({@link #solvable}).
		 */
		boolean possible(int cls, int group, int dimIndex, int itemIndex) {
			if (cls >= 0) {
				return possibleForClass(cls, dimIndex, itemIndex);
			}
			int k = block.raters.length;
			boolean any = false;
			// (1) raters with the same signature on an item must have the same t, else t is not determined
			for (int x : support(dimIndex, itemIndex)) {
				int[] sig = signatureOf[x];
				for (int a = 0; a < k; a++) {
					if (sig[a] < 0) {
						continue;
					}
					long t = target(a, cls, group, dimIndex, itemIndex, x);
					any |= t != 0;
					for (int b = a + 1; b < k; b++) {
						if (sig[b] == sig[a] && target(b, cls, group, dimIndex, itemIndex, x) != t) {
							return false;
						}
					}
				}
			}
			return any; // else nothing of the target is in any figure: no figure can tell it
		}

		/**
		 * {@link #possible} for a class, whose raters share their answered items and so their
		 * weights: only where nobody outside the class shares their signature on every item the
		 * target touches.
		 */
		private boolean possibleForClass(int cls, int dimIndex, int itemIndex) {
			int member = block.firstOf[cls];
			boolean any = false;
			for (int x : support(dimIndex, itemIndex)) {
				int sig = signatureOf[x][member];
				if (sig < 0 || target(member, cls, -1, dimIndex, itemIndex, x) == 0) {
					continue;
				}
				if (signatureSize[x][sig] != block.classSize[cls]) {
					return false;
				}
				any = true;
			}
			return any;
		}

		/** (2) Whether the dimension rows match the target's differences between signatures, so that it is determined. */
		boolean solvable(int cls, int group, int dimIndex, int itemIndex) {
			if (spans == null) {
				build();
			}
			if (tooLarge) {
				return true; // beyond what the primes can prove: count it as determined, which withholds more
			}
			if (at == null) {
				at = new int[rows];
				value = new long[rows];
			}
			for (PrimeSpan span : spans) {
				if (span.span().rank() < fullRank) {
					continue; // this prime divides every largest minor: its "unsolvable" proves nothing
				}
				long p = span.prime();
				int count = 0;
				for (int x : support(dimIndex, itemIndex)) {
					int[] reps = representative[x];
					if (reps.length == 0) {
						continue;
					}
					long base = itemShown[x] ? fraction(target(reps[0], cls, group, dimIndex, itemIndex, x), p) : 0;
					for (int s = itemShown[x] ? 1 : 0; s < reps.length; s++) {
						long v = Math.floorMod(fraction(target(reps[s], cls, group, dimIndex, itemIndex, x), p) - base, p);
						if (v != 0) {
							at[count] = firstRow[x] + s - (itemShown[x] ? 1 : 0);
							value[count++] = v;
						}
					}
				}
				if (!span.span().contains(at, value, count)) {
					return false;
				}
			}
			return true;
		}

		/** The items of the tree the target can be non-zero on. */
		private int[] support(int dimIndex, int itemIndex) {
			return itemIndex >= 0 ? block.single[itemIndex] : block.itemsOf[dimIndex];
		}

		private void build() {
			int[] dims = block.dims;
			int columns = dims.length;
			double[] bits = new double[rows];
			long[][][] matrices = new long[0][][];
			int primes = 1;
			// Hadamard: |minor| ≤ Π of its rows' norms; a row scaled to integers has entries ≤ the product of its denominators
			for (int pass = 0; pass < 2; pass++) {
				if (pass == 1) {
					double[] sorted = bits.clone();
					Arrays.sort(sorted);
					double bound = 0;
					for (int j = 0; j < Math.min(rows, columns); j++) {
						bound += sorted[rows - 1 - j];
					}
					primes = (int) Math.floor(bound / ModularSpan.BITS_PER_PRIME) + 1;
					if (primes > MAX_PRIMES) {
						tooLarge = true;
						return;
					}
					matrices = new long[primes][rows][columns];
				}
				int row = 0;
				for (int x = 0; x < block.its.length; x++) {
					int[] reps = representative[x];
					int item = block.its[x];
					for (int s = itemShown[x] ? 1 : 0; s < reps.length; s++) {
						// scaled to integers by the common denominator, which is at most the product of the two
						// signatures' largest denominators (along a path each divides the next)
						long largest = 1;
						long largestBase = 1;
						for (int k = 0; k < path[item].length; k++) {
							int y = indexIn(dims, path[item][k]);
							if (y < 0 || !dimShown[y]) {
								continue;
							}
							long den = weights[(block.raters[reps[s]] * items + item) * maxDepth + k];
							long base = itemShown[x] ? weights[(block.raters[reps[0]] * items + item) * maxDepth + k] : 0;
							largest = Math.max(largest, den);
							largestBase = Math.max(largestBase, base);
							for (int q = 0; pass == 1 && q < primes; q++) {
								long p = ModularSpan.PRIMES[q];
								matrices[q][row][y] = Math.floorMod(fraction(den, p) - fraction(base, p), p);
							}
						}
						double log = 0.5 * Math.log(columns) / Math.log(2) + log2(largest) + log2(largestBase);
						bits[row++] = log;
					}
				}
			}
			spans = new PrimeSpan[primes];
			for (int q = 0; q < primes; q++) {
				spans[q] = new PrimeSpan(ModularSpan.PRIMES[q], new ModularSpan(ModularSpan.PRIMES[q], matrices[q], columns));
				fullRank = Math.max(fullRank, spans[q].span().rank());
			}
		}
	}

	private record PrimeSpan(long prime, ModularSpan span) {
	}

	/** Per item of a tree: each block rater's signature (-1: no answer), a representative and the size of each. */
	private record Signatures(int[][] of, int[][] representative, int[][] size) {
	}

	private static int indexIn(int[] values, int value) {
		for (int y = 0; y < values.length; y++) {
			if (values[y] == value) {
				return y;
			}
		}
		return -1;
	}

	private static double log2(long den) {
		return den <= 1 ? 0 : Math.log(den) / Math.log(2);
	}

	/** Inverses of the small denominators weights have, per prime, filled on first use. */
	private static final long[][] INVERSES = new long[MAX_PRIMES][1024];

	/** 1/den modulo p (0 for a zero weight). */
	private static long fraction(long den, long p) {
		if (den == 0) {
			return 0;
		}
		if (den < 1024) {
			int q = p == ModularSpan.PRIMES[0] ? 0 : primeIndex(p);
			long[] table = INVERSES[q];
			long inverse = table[(int) den];
			if (inverse == 0) {
				inverse = ModularSpan.inverse(den, p);
				table[(int) den] = inverse; // a benign race: every thread writes the same value
			}
			return inverse;
		}
		return ModularSpan.inverse(den, p);
	}

	private static int primeIndex(long p) {
		for (int q = 0; q < MAX_PRIMES; q++) {
			if (ModularSpan.PRIMES[q] == p) {
				return q;
			}
		}
		throw new IllegalArgumentException(String.valueOf(p));
	}
}
