package org.fulcrum.assessment.internal.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.DimensionKind;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.RatingScale;
import org.fulcrum.model.query.Instruments;

/**
 * An instrument as index arrays, so that scoring loops touch only ints: items by position and,
 * for each dimension by position (parents before their sub-dimensions), its own items, all its
 * items and its sub-dimensions.
 */
final class InstrumentLayout {

	final Instrument instrument;
	final BehaviourItem[] items;
	final boolean[] reversed;
	final Dimension[] dimensions;
	final int[][] ownItems;
	final int[][] allItems;
	final int[][] children;
	/** A trait or the base, without sub-dimensions: the dimensions that can be a blind spot or a hidden strength. */
	final boolean[] flaggable;
	final int minimum;
	final int maximum;
	private final Map<BehaviourItem, Integer> index = new HashMap<>();

	InstrumentLayout(Instrument instrument) {
		this.instrument = instrument;
		items = Instruments.items(instrument).toArray(new BehaviourItem[0]);
		reversed = new boolean[items.length];
		for (int i = 0; i < items.length; i++) {
			index.put(items[i], i);
			reversed[i] = items[i].isReverseKeyed();
		}
		List<Dimension> tree = new ArrayList<>();
		for (Dimension dimension : instrument.getDimensions()) {
			preOrder(dimension, tree);
		}
		dimensions = tree.toArray(new Dimension[0]);
		ownItems = new int[dimensions.length][];
		allItems = new int[dimensions.length][];
		children = new int[dimensions.length][];
		flaggable = new boolean[dimensions.length];
		for (int d = dimensions.length - 1; d >= 0; d--) {
			describe(d, tree);
		}
		RatingScale scale = instrument.getScale();
		minimum = scale == null ? 1 : scale.getMinimum();
		maximum = scale == null ? 5 : scale.getMaximum();
	}

	private static void preOrder(Dimension dimension, List<Dimension> tree) {
		tree.add(dimension);
		for (Dimension child : dimension.getChildren()) {
			preOrder(child, tree);
		}
	}

	/** Sub-dimensions come later in pre-order, so theirs are known when their parent's are built. */
	private void describe(int d, List<Dimension> tree) {
		Dimension dimension = dimensions[d];
		List<Dimension> subDimensions = dimension.getChildren();
		children[d] = new int[subDimensions.size()];
		int count = 0;
		for (int c = 0; c < children[d].length; c++) {
			children[d][c] = tree.indexOf(subDimensions.get(c));
			count += allItems[children[d][c]].length;
		}
		List<BehaviourItem> own = dimension.getItems();
		ownItems[d] = new int[own.size()];
		for (int i = 0; i < ownItems[d].length; i++) {
			ownItems[d][i] = index.get(own.get(i));
		}
		// A sub-dimension's items, then the dimension's own.
		int[] all = new int[count + ownItems[d].length];
		int at = 0;
		for (int child : children[d]) {
			System.arraycopy(allItems[child], 0, all, at, allItems[child].length);
			at += allItems[child].length;
		}
		System.arraycopy(ownItems[d], 0, all, at, ownItems[d].length);
		allItems[d] = all;
		flaggable[d] = dimension.getKind() != DimensionKind.PILLAR && children[d].length == 0;
	}

	/**
	 * The position of the response's item, or -1 when it is not one of this instrument's. Answers
	 * are usually stored in item order, so the position in the answer list is tried before the map.
	 */
	int itemOf(ItemResponse response, int position) {
		BehaviourItem item = response.getItem();
		if (position < items.length && items[position] == item) {
			return position;
		}
		Integer found = index.get(item);
		return found == null ? -1 : found;
	}

	/** The value as scored: reverse-keyed items mirrored on the scale. */
	int scored(int item, int value) {
		return reversed[item] ? minimum + maximum - value : value;
	}

	/** The variance of answers spread evenly over the scale, the r_wg reference. */
	double uniformVariance() {
		int points = maximum - minimum + 1;
		return (points * points - 1) / 12.0;
	}
}
