package org.fulcrum.report.internal.charts;

import java.awt.image.BufferedImage;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.fulcrum.assessment.report.SectionRow;

/** The bars of a section a plugin contributes: one labelled bar per row, as long as its share. */
public final class SectionBars {

	private static final int WIDTH = 1200;
	private static final int ROW = 48;
	private static final double LEFT = 280;
	private static final double RIGHT = WIDTH - 130;

	private SectionBars() {
	}

	public static BufferedImage draw(List<SectionRow> rows) {
		Canvas c = new Canvas(WIDTH, Math.max(1, rows.size()) * ROW + 10);
		for (int i = 0; i < rows.size(); i++) {
			SectionRow row = rows.get(i);
			double y = 5 + ROW * i;
			c.color(Palette.INK).font(false, 23).right(c.fit(row.label(), LEFT - 30), LEFT - 20, y + 31);
			c.color(Palette.GRID).g.fill(new Rectangle2D.Double(LEFT, y + 10, RIGHT - LEFT, ROW - 20));
			c.color(Palette.OTHERS).g.fill(new Rectangle2D.Double(LEFT, y + 10, (RIGHT - LEFT) * row.share(), ROW - 20));
			c.color(Palette.INK).font(true, 22).text(row.value(), RIGHT + 16, y + 31);
		}
		return c.done();
	}
}
