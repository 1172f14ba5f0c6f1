package org.fulcrum.assessment.internal.scoring;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The audit's verdicts on one block in one dimension tree, shared by every participant scored
 * with one instrument layout in one scoring (docs/scoring.md, "What the audit costs").
 *
 * <p>A verdict depends only on what the key holds: the tree, the block's group bit and withheld
 * groups, each rater's group and pattern of answered items in the tree (the weights follow from
 * it), the earlier part's raters for a late part, and the rows shown and fixed on entry; never
 * on the answers' values. The key holds the raters sorted by group and pattern, the order the
 * audit itself works in, so a verdict reused is the one the audit computes for that participant
 * whatever the order of their raters; it is not an approximation.
 */
final class AuditMemo {

	/**
	 * Enough for the distinct patterns of a large engagement; past it, verdicts are computed, not
	 * kept. {@code -Dfulcrum.auditMemo=off} keeps none, to measure what the memo saves.
	 */
	private static final int LIMIT = "off".equals(System.getProperty("fulcrum.auditMemo")) ? 0 : 50_000;

	private final ConcurrentHashMap<Key, boolean[]> verdicts = new ConcurrentHashMap<>();

	/** The rows shown after the audit (the tree's items, then its dimensions), or null if not known yet. */
	boolean[] get(Key key) {
		return verdicts.get(key);
	}

	void put(Key key, boolean[] verdict) {
		if (verdicts.size() < LIMIT) {
			verdicts.put(key, verdict);
		}
	}

	/** An immutable key; its words are never changed once made. */
	static final class Key {

		private final long[] words;
		private final int hash;

		Key(long[] words) {
			this.words = words;
			this.hash = Arrays.hashCode(words);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.hash == hash && Arrays.equals(key.words, words);
		}

		@Override
		public int hashCode() {
			return hash;
		}
	}
}
