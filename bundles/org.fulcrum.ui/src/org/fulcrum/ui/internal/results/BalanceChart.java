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
		int margin = 12;
		int labelTop = 24;
		int pillarsTop = labelTop + 52;
		int baseHeight = 34;
		int baseTop = size.y - margin - 18 - baseHeight;
		int width = size.x - 2 * margin;
		int maxHeight = Math.max(20, baseTop - pillarsTop);
		gc.drawText("Balance: others ▇, self ▬", margin, 4, true);
		int pillarWidth = Math.max(36, width / 4);
		for (int i = 0; i < pillars.size(); i++) {
			ProfileRow row = pillars.get(i);
			int x = margin + (i + 1) * width / (pillars.size() + 1) - pillarWidth / 2;
			gc.setForeground(colors.text);
			int center = x + pillarWidth / 2;
			centered(gc, row.name(), center, labelTop);
			centered(gc, row.others().isPresent() ? "others " + format(row.others().getAsDouble()) : "withheld", center, labelTop + 16);
			if (row.self().isPresent()) {
				centered(gc, "self " + format(row.self().getAsDouble()), center, labelTop + 32);
			}
			if (row.others().isPresent()) {
				int height = (int) Math.round(maxHeight * fraction(row.others().getAsDouble()));
				gc.setBackground(colors.others);
				gc.fillRectangle(x, baseTop - height, pillarWidth, height);
			}
			gc.setForeground(colors.grid);
			gc.drawRectangle(x, pillarsTop, pillarWidth, baseTop - pillarsTop);
			if (row.self().isPresent()) {
				selfLine(gc, x - 6, baseTop - (int) Math.round(maxHeight * fraction(row.self().getAsDouble())), x + pillarWidth + 6, -1);
			}
		}
		base.ifPresent(row -> {
			gc.setBackground(colors.othersLight);
			gc.fillRectangle(margin, baseTop, width, baseHeight);
			if (row.others().isPresent()) {
				gc.setBackground(colors.others);
				gc.fillRectangle(margin, baseTop, (int) Math.round(width * fraction(row.others().getAsDouble())), baseHeight);
			}
			if (row.self().isPresent()) {
				int selfX = margin + (int) Math.round(width * fraction(row.self().getAsDouble()));
				selfLine(gc, selfX, baseTop - 4, selfX, baseTop + baseHeight + 4);
			}
			gc.setForeground(colors.text);
			gc.drawText(row.name() + "  " + values(row), margin, baseTop + baseHeight + 2, true);
		});
	}

	private static void centered(GC gc, String text, int center, int y) {
		gc.drawText(text, center - gc.textExtent(text).x / 2, y, true);
	}

	/** A self rating: an orange line, horizontal ({@code y2} < 0) or vertical. */
	private void selfLine(GC gc, int x1, int y1, int x2, int y2) {
		gc.setForeground(colors.self);
		gc.setLineWidth(3);
		gc.drawLine(x1, y1, x2, y2 < 0 ? y1 : y2);
		gc.setLineWidth(1);
	}

	private static String values(ProfileRow row) {
		return (row.others().isPresent() ? format(row.others().getAsDouble()) : "withheld")
				+ (row.self().isPresent() ? " · self " + format(row.self().getAsDouble()) : "");
	}

	private double fraction(double value) {
		return Math.max(0, Math.min(1, (value - minimum) / (maximum - minimum)));
	}

	static String format(double value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value);
	}
}
