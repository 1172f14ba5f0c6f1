package org.fulcrum.ui.internal.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The balance picture of the Character Model: Integrity as the base, Respect and
 * Responsibility as the pillars standing on it. The base's band and each pillar's height show
 * the all-others mean on the scale; an orange line marks the self rating. A group that is
 * withheld is drawn as an outline with "not shown".
 */
public final class BalanceChart {

	private static final int MARGIN = 12;
	private static final int LABEL_TOP = 24;

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
		int margin = MARGIN;
		int labelTop = LABEL_TOP;
		// three label lines (name, others, self) in whatever font the platform gives
		int pillarsTop = labelTop + 3 * gc.getFontMetrics().getHeight() + 4;
		int baseHeight = 34;
		int baseTop = size.y - margin - 18 - baseHeight;
		int width = size.x - 2 * margin;
		int maxHeight = Math.max(20, baseTop - pillarsTop);
		gc.drawText("Balance: others ▇, self ▬", margin, 4, true);
		int pillarWidth = Math.max(36, width / 4);
		gc.setForeground(colors.text);
		for (PillarLabels.Placed label : labels(gc, margin, width, labelTop)) {
			gc.drawText(label.text(), label.bounds().x, label.bounds().y, true);
		}
		for (int i = 0; i < pillars.size(); i++) {
			ProfileRow row = pillars.get(i);
			int x = center(i, margin, width) - pillarWidth / 2;
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

	/** Where the pillars' labels are drawn at the canvas's present size; they never intersect. */
	public List<Rectangle> labelBounds() {
		GC gc = new GC(canvas);
		try {
			return labels(gc, MARGIN, canvas.getSize().x - 2 * MARGIN, LABEL_TOP).stream().map(PillarLabels.Placed::bounds).toList();
		} finally {
			gc.dispose();
		}
	}

	private List<PillarLabels.Placed> labels(GC gc, int margin, int width, int top) {
		List<List<String>> lines = new ArrayList<>();
		List<Integer> centers = new ArrayList<>();
		for (int i = 0; i < pillars.size(); i++) {
			ProfileRow row = pillars.get(i);
			List<String> rowLines = new ArrayList<>();
			rowLines.add(row.name());
			rowLines.add(row.others().isPresent() ? "others " + format(row.others().getAsDouble()) : "not shown");
			row.self().ifPresent(self -> rowLines.add("self " + format(self)));
			lines.add(rowLines);
			centers.add(center(i, margin, width));
		}
		return PillarLabels.layout(gc, lines, centers, margin, width, top);
	}

	private int center(int pillar, int margin, int width) {
		return margin + (pillar + 1) * width / (pillars.size() + 1);
	}

	/** A self rating: an orange line, horizontal ({@code y2} < 0) or vertical. */
	private void selfLine(GC gc, int x1, int y1, int x2, int y2) {
		gc.setForeground(colors.self);
		gc.setLineWidth(3);
		gc.drawLine(x1, y1, x2, y2 < 0 ? y1 : y2);
		gc.setLineWidth(1);
	}

	private static String values(ProfileRow row) {
		return (row.others().isPresent() ? format(row.others().getAsDouble()) : "not shown")
				+ (row.self().isPresent() ? " · self " + format(row.self().getAsDouble()) : "");
	}

	private double fraction(double value) {
		return Math.max(0, Math.min(1, (value - minimum) / (maximum - minimum)));
	}

	static String format(double value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value);
	}
}
