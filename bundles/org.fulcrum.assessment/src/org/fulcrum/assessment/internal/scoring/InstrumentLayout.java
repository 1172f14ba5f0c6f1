package org.fulcrum.assessment.internal.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.RatingScale;
import org.fulcrum.model.query.Instruments;

/** An instrument as index arrays: items by position, and for each dimension its own items and its sub-dimensions. */
final class InstrumentLayout {

	final Instrument instrument;
	final List<BehaviourItem> items;
	final Map<BehaviourItem, Integer> index = new HashMap<>();
	final boolean[] reversed;
	final List<Dimension> dimensions = new ArrayList<>();
	final Map<Dimension, int[]> ownItems = new HashMap<>();
	final Map<Dimension, int[]> allItems = new HashMap<>();
	final int minimum;
	final int maximum;

	InstrumentLayout(Instrument instrument) {
		this.instrument = instrument;
		this.items = Instruments.items(instrument);
		reversed = new boolean[items.size()];
		for (int i = 0; i < items.size(); i++) {
			index.put(items.get(i), i);
			reversed[i] = items.get(i).isReverseKeyed();
		}
		instrument.getDimensions().forEach(this::add);
		RatingScale scale = instrument.getScale();
		minimum = scale == null ? 1 : scale.getMinimum();
		maximum = scale == null ? 5 : scale.getMaximum();
	}

	private List<Integer> add(Dimension dimension) {
		dimensions.add(dimension);
		List<Integer> all = new ArrayList<>();
		for (Dimension child : dimension.getChildren()) {
			all.addAll(add(child));
		}
		int[] own = dimension.getItems().stream().mapToInt(index::get).toArray();
		ownItems.put(dimension, own);
		for (int item : own) {
			all.add(item);
		}
		allItems.put(dimension, all.stream().mapToInt(Integer::intValue).toArray());
		return all;
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
