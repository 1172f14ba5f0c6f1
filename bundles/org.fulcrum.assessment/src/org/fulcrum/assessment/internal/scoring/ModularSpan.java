package org.fulcrum.assessment.internal.scoring;

import java.util.Arrays;

/**
 * The column space of a small matrix A modulo a prime p, for asking many times whether A·β = b
 * has a solution. A is row-reduced once; every row that reduces to zero gives a vector y of the
 * left null space (y·A = 0), and A·β = b is solvable exactly when y·b = 0 for all of them.
 *
 * <p>Why modular arithmetic proves the rational answer (docs/scoring.md, "The audit"): if A·β = b
 * has a rational solution, it has one whose denominators divide a non-zero minor D of A (its rows
 * scaled to integers); modulo every prime that does not divide D the reduced system is solvable
 * too. {@link DisclosureAudit} bounds |D| (Hadamard) and asks enough primes that their product
 * exceeds it, so at least one of them divides no non-zero minor of the largest size: the largest
 * rank found modulo the primes is the rank over the rationals, and modulo every prime of that
 * rank the answer is the rational one where it is "solvable" (a prime of smaller rank can
 * wrongly say "unsolvable", so it is not asked). Where the rational answer is "unsolvable", a
 * prime may still wrongly say "solvable": that withholds more, never publishes.
 */
final class ModularSpan {

	static final long[] PRIMES = { 2147483647L, 2147483629L, 2147483587L, 2147483579L, 2147483563L, 2147483549L,
			2147483543L, 2147483497L, 2147483489L, 2147483477L, 2147483423L, 2147483399L };
	/** log2 of the smallest of the primes: each one multiplies the bound the primes cover by at least this much. */
	static final double BITS_PER_PRIME = 30.99;

	private final long p;
	private final int rows;
	private final int rank;
	/** The left null space: one row-combination per dependent row, dense over the rows. */
	private final long[][] nullVectors;

	/** @param a the matrix, rows of {@code columns} values, each already reduced modulo p */
	ModularSpan(long p, long[][] a, int columns) {
		this.p = p;
		this.rows = a.length;
		long[][] basis = new long[Math.min(rows, columns)][];
		long[][] basisCombination = new long[basis.length][];
		int[] pivot = new int[basis.length];
		long[] pivotInverse = new long[basis.length];
		int rank = 0;
		long[][] found = new long[rows][];
		int nulls = 0;
		for (int j = 0; j < rows; j++) {
			long[] v = Arrays.copyOf(a[j], columns);
			long[] combination = new long[rows];
			combination[j] = 1;
			for (int k = 0; k < rank; k++) {
				long x = v[pivot[k]];
				if (x == 0) {
					continue;
				}
				long f = mul(x, pivotInverse[k]);
				subtract(v, basis[k], f);
				subtract(combination, basisCombination[k], f);
			}
			int first = firstNonZero(v);
			if (first < 0) {
				found[nulls++] = combination;
			} else {
				basis[rank] = v;
				basisCombination[rank] = combination;
				pivotInverse[rank] = inverse(v[first]);
				pivot[rank++] = first;
			}
		}
		nullVectors = Arrays.copyOf(found, nulls);
		this.rank = rank;
	}

	/** Whether b (given by its non-zero entries: row indices and values modulo p) lies in A's column space. */
	boolean contains(int[] at, long[] value, int count) {
		for (long[] y : nullVectors) {
			long dot = 0;
			for (int e = 0; e < count; e++) {
				dot = (dot + mul(y[at[e]], value[e])) % p;
			}
			if (dot != 0) {
				return false;
			}
		}
		return true;
	}

	int rows() {
		return rows;
	}

	/** A's rank modulo p: A's rank over the rationals, or less where p divides every minor of that size. */
	int rank() {
		return rank;
	}

	private void subtract(long[] v, long[] w, long f) {
		for (int c = 0; c < v.length; c++) {
			if (w[c] != 0) {
				v[c] = Math.floorMod(v[c] - mul(f, w[c]), p);
			}
		}
	}

	private static int firstNonZero(long[] v) {
		for (int c = 0; c < v.length; c++) {
			if (v[c] != 0) {
				return c;
			}
		}
		return -1;
	}

	private long mul(long a, long b) {
		return a * b % p;
	}

	long inverse(long a) {
		return inverse(a, p);
	}

	/** The inverse of a modulo the prime p, a not a multiple of p (extended Euclid). */
	static long inverse(long a, long p) {
		long t = 0;
		long newT = 1;
		long r = p;
		long newR = Math.floorMod(a, p);
		while (newR != 0) {
			long q = r / newR;
			long swap = t - q * newT;
			t = newT;
			newT = swap;
			swap = r - q * newR;
			r = newR;
			newR = swap;
		}
		return Math.floorMod(t, p);
	}
}
