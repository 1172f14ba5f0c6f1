package org.fulcrum.ui.internal.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Places the pillars' labels (name, others, self) so that they never overlap: each pillar owns
 * an equal slot of the width, its lines are centred on the pillar but moved to stay inside the
 * slot, and a line wider than the slot is shortened with "…". Centring alone let "Respect" and
 * "Responsibility" run into each other in a narrow Results view.
 */
final class PillarLabels {

	/** A line of text placed at {@code bounds}. */
	record Placed(String text, Rectangle bounds) {
	}

	private static final int GAP = 8;
	private static final String ELLIPSIS = "…";

	private PillarLabels() {
	}

	/**
	 * @param lines  each pillar's lines, top to bottom
	 * @param centers each pillar's centre
	 */
	static List<Placed> layout(GC gc, List<List<String>> lines, List<Integer> centers, int left, int width, int top) {
		List<Placed> placed = new ArrayList<>();
		int slots = lines.size();
		int lineHeight = gc.getFontMetrics().getHeight();
		for (int i = 0; i < slots; i++) {
			int slotLeft = left + i * width / slots + GAP / 2;
			int slotRight = left + (i + 1) * width / slots - GAP / 2;
			int y = top;
			for (String line : lines.get(i)) {
				String text = fit(gc, line, slotRight - slotLeft);
				int textWidth = gc.textExtent(text).x;
				int x = Math.max(slotLeft, Math.min(centers.get(i) - textWidth / 2, slotRight - textWidth));
				placed.add(new Placed(text, new Rectangle(x, y, textWidth, lineHeight)));
				y += lineHeight;
			}
		}
		return placed;
	}

	/** The text, or as much of it as fits in {@code room} followed by "…". */
	static String fit(GC gc, String text, int room) {
		if (gc.textExtent(text).x <= room) {
			return text;
		}
		for (int length = text.length() - 1; length > 0; length--) {
			String shortened = text.substring(0, length).stripTrailing() + ELLIPSIS;
			if (gc.textExtent(shortened).x <= room) {
				return shortened;
			}
		}
		return "";
	}
}
