package org.fulcrum.ui.internal.results;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The balance picture of the Character Model: Integrity as the base, Respect and
 * Responsibility as the pillars standing on it. The base's band and each pillar's height show
 * the all-others mean on the scale; an orange line marks the self rating. A group that is
 * withheld is drawn as an outline with "withheld".
 */
public final class BalanceChart {

	private final Canvas canvas;
	private final ChartColors colors;
	private Optional<ProfileRow> base = Optional.empty();
	private List<ProfileRow> pillars = List.of();
	private int minimum = 1;
	private int maximum = 5;

	public BalanceChart(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		colors = new ChartColors(canvas);
		canvas.addPaintListener(e -> paint(e.gc));
	}

	public Canvas control() {
		return canvas;
	}

	public void show(Optional<ProfileRow> shownBase, List<ProfileRow> shownPillars, int scaleMinimum, int scaleMaximum) {
		this.base = shownBase;
		this.pillars = List.copyOf(shownPillars);
		this.minimum = scaleMinimum;
		this.maximum = Math.max(scaleMaximum, scaleMinimum + 1);
		canvas.redraw();
	}

	public Optional<ProfileRow> base() {
		return base;
	}

	public List<ProfileRow> pillars() {
		return pillars;
	}

	private void paint(GC gc) {
		Point size = canvas.getSize();
		gc.setAntialias(SWT.ON);
		gc.setForeground(colors.text);
		if (base.isEmpty() && pillars.isEmpty()) {
			gc.drawText("Select a participant to see the balance picture", 10, 10, true);
			return;
		}
		int margin = 16;
		int baseHeight = 46;
		int top = 28;
		int baseTop = size.y - margin - baseHeight;
		int width = size.x - 2 * margin;
		gc.drawText("Balance: base and pillars (others, self ▬)", margin, 6, true);
		base.ifPresent(row -> {
			drawBlock(gc, row, margin, baseTop, width, baseHeight, true);
		});
		int pillarWidth = Math.max(40, width / 5);
		int maxHeight = Math.max(20, baseTop - top - 22);
		for (int i = 0; i < pillars.size(); i++) {
			ProfileRow row = pillars.get(i);
			int x = margin + (i + 1) * width / (pillars.size() + 1) - pillarWidth / 2;
			int height = row.others().isPresent() ? (int) Math.round(maxHeight * fraction(row.others().getAsDouble())) : maxHeight;
			drawBlock(gc, row, x, baseTop - height, pillarWidth, height, false);
			if (row.self().isPresent()) {
				int selfY = baseTop - (int) Math.round(maxHeight * fraction(row.self().getAsDouble()));
				gc.setForeground(colors.self);
				gc.setLineWidth(3);
				gc.drawLine(x - 6, selfY, x + pillarWidth + 6, selfY);
				gc.setLineWidth(1);
			}
			gc.setForeground(colors.text);
			gc.drawText(row.name(), x, baseTop - height - 18, true);
		}
	}

	private void drawBlock(GC gc, ProfileRow row, int x, int y, int width, int height, boolean horizontal) {
		if (row.others().isPresent()) {
			gc.setBackground(colors.othersLight);
			gc.fillRectangle(x, y, width, height);
			if (horizontal) {
				gc.setBackground(colors.others);
				gc.fillRectangle(x, y, (int) Math.round(width * fraction(row.others().getAsDouble())), height);
			} else {
				gc.setBackground(colors.others);
				gc.fillRectangle(x, y, width, height);
			}
		}
		gc.setForeground(colors.grid);
		gc.drawRectangle(x, y, width, height);
		gc.setForeground(horizontal ? colors.text : canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		String label = (horizontal ? row.name() + "  " : "") + (row.others().isPresent() ? format(row.others().getAsDouble()) : "withheld")
				+ (row.self().isPresent() ? "  self " + format(row.self().getAsDouble()) : "");
		gc.setForeground(colors.text);
		gc.drawText(label, x + 6, horizontal ? y + height / 2 - 8 : y + 4, true);
		if (horizontal && row.self().isPresent()) {
			int selfX = x + (int) Math.round(width * fraction(row.self().getAsDouble()));
			gc.setForeground(colors.self);
			gc.setLineWidth(3);
			gc.drawLine(selfX, y - 4, selfX, y + height + 4);
			gc.setLineWidth(1);
		}
	}

	private double fraction(double value) {
		return Math.max(0, Math.min(1, (value - minimum) / (maximum - minimum)));
	}

	static String format(double value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value);
	}
}
