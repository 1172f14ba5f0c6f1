package org.fulcrum.ui.internal.results;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The trait profile: one row per trait on the rating scale, a blue bar for the all-others mean
 * and an orange diamond for the self rating, so that gaps between the two stand out.
 */
public final class TraitProfileChart {

	private final Canvas canvas;
	private final ChartColors colors;
	private List<ProfileRow> traits = List.of();
	private int minimum = 1;
	private int maximum = 5;

	public TraitProfileChart(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		colors = new ChartColors(canvas);
		canvas.addPaintListener(e -> paint(e.gc));
	}

	public Canvas control() {
		return canvas;
	}

	public void show(List<ProfileRow> shownTraits, int scaleMinimum, int scaleMaximum) {
		this.traits = List.copyOf(shownTraits);
		this.minimum = scaleMinimum;
		this.maximum = Math.max(scaleMaximum, scaleMinimum + 1);
		canvas.redraw();
	}

	public List<ProfileRow> traits() {
		return traits;
	}

	private void paint(GC gc) {
		Point size = canvas.getSize();
		gc.setAntialias(SWT.ON);
		gc.setForeground(colors.text);
		if (traits.isEmpty()) {
			gc.drawText("Select a participant to see the trait profile", 10, 10, true);
			return;
		}
		int labelWidth = 150;
		int left = labelWidth + 10;
		int right = size.x - 70;
		int top = 30;
		int rowHeight = Math.max(14, Math.min(30, (size.y - top - 22) / Math.max(1, traits.size())));
		gc.drawText("Trait profile: others ▇, self ◆", 10, 4, true);
		for (int value = minimum; value <= maximum; value++) {
			int x = x(value, left, right);
			gc.setForeground(colors.grid);
			gc.drawLine(x, top - 4, x, top + rowHeight * traits.size());
			gc.setForeground(colors.text);
			gc.drawText(Integer.toString(value), x - 3, top + rowHeight * traits.size() + 2, true);
		}
		for (int i = 0; i < traits.size(); i++) {
			ProfileRow row = traits.get(i);
			int y = top + i * rowHeight;
			gc.setForeground(colors.text);
			gc.drawText(row.name(), 10, y + rowHeight / 2 - 8, true);
			if (row.others().isPresent()) {
				gc.setBackground(colors.others);
				gc.fillRectangle(left, y + rowHeight / 4, x(row.others().getAsDouble(), left, right) - left, rowHeight / 2);
				gc.drawText(BalanceChart.format(row.others().getAsDouble()), right + 8, y + rowHeight / 2 - 8, true);
			} else {
				gc.drawText("not shown", left + 4, y + rowHeight / 2 - 8, true);
			}
			if (row.self().isPresent()) {
				int cx = x(row.self().getAsDouble(), left, right);
				int cy = y + rowHeight / 2;
				int r = Math.max(4, rowHeight / 4);
				gc.setBackground(colors.self);
				gc.fillPolygon(new int[] { cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy });
			}
		}
	}

	private int x(double value, int left, int right) {
		double fraction = Math.max(0, Math.min(1, (value - minimum) / (maximum - minimum)));
		return left + (int) Math.round((right - left) * fraction);
	}
}
