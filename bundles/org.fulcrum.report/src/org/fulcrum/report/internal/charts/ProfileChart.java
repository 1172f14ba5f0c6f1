package org.fulcrum.report.internal.charts;

import java.awt.image.BufferedImage;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.model.RatingScale;

/**
 * The trait profile: one line per trait on the rating scale, others' mean as a dot and self as a
 * diamond, joined so that the gap between them is the first thing a reader sees.
 */
public final class ProfileChart {

	static final int WIDTH = 1200;
	private static final int ROW = 54;
	private static final int TOP = 86;
	private static final double LEFT = 330;
	private static final double RIGHT = WIDTH - 110;

	private ProfileChart() {
	}

	public static BufferedImage draw(List<DimensionResult> traits, RatingScale scale) {
		double min = scale == null ? 1 : scale.getMinimum();
		double max = scale == null ? 5 : scale.getMaximum();
		Canvas c = new Canvas(WIDTH, TOP + ROW * Math.max(1, traits.size()) + 20);
		axis(c, min, max, traits.size());
		for (int i = 0; i < traits.size(); i++) {
			DimensionResult trait = traits.get(i);
			double y = TOP + ROW * i + ROW / 2.0;
			c.color(Palette.INK).font(false, 23).right(c.fit(trait.dimension().getName(), LEFT - 30), LEFT - 20, y + 8);
			Optional<Figure> others = trait.figures().of(RaterGroup.ALL_OTHERS);
			Optional<Figure> self = trait.figures().of(RaterGroup.SELF);
			if (others.isPresent() && self.isPresent()) {
				c.color(Palette.MUTED).stroke(4).g.draw(new Line2D.Double(x(others.get().mean(), min, max), y,
						x(self.get().mean(), min, max), y));
			}
			self.ifPresent(f -> diamond(c, x(f.mean(), min, max), y));
			others.ifPresent(f -> {
				double x = x(f.mean(), min, max);
				c.color(Palette.OTHERS).g.fill(new Ellipse2D.Double(x - 11, y - 11, 22, 22));
			});
			c.color(Palette.OTHERS).font(true, 21).text(others.map(f -> fmt(f.mean())).orElse("not shown"), RIGHT + 18, y + 8);
		}
		return c.done();
	}

	private static void axis(Canvas c, double min, double max, int rows) {
		c.font(false, 20);
		for (int v = (int) Math.ceil(min); v <= max; v++) {
			double x = x(v, min, max);
			c.color(Palette.GRID).stroke(2).g.draw(new Line2D.Double(x, TOP - 6, x, TOP + ROW * Math.max(1, rows)));
			c.color(Palette.MUTED).centred(String.valueOf(v), x, TOP - 14);
		}
		c.color(Palette.OTHERS).g.fill(new Ellipse2D.Double(LEFT, 14, 20, 20));
		c.color(Palette.INK).text("all others' mean", LEFT + 30, 31);
		diamond(c, LEFT + 260, 24);
		c.color(Palette.INK).text("self", LEFT + 280, 31);
		c.color(Palette.OTHERS).font(true, 20).text("others", RIGHT + 18, 31);
	}

	private static void diamond(Canvas c, double x, double y) {
		Path2D shape = new Path2D.Double();
		shape.moveTo(x, y - 13);
		shape.lineTo(x + 13, y);
		shape.lineTo(x, y + 13);
		shape.lineTo(x - 13, y);
		shape.closePath();
		c.color(Palette.SELF).g.fill(shape);
	}

	private static double x(double value, double min, double max) {
		return LEFT + (RIGHT - LEFT) * (value - min) / (max - min);
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}
}
