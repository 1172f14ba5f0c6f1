package org.fulcrum.report.internal.charts;

import java.awt.image.BufferedImage;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.fulcrum.report.internal.data.CohortData;

/**
 * How a trait spreads across the cohort on one strip of the scale: a dot per participant's
 * all-others mean (jittered so equal values stay visible), the middle half as a box and the median
 * as a bar.
 */
public final class DistributionStrip {

	private static final int WIDTH = 900;
	private static final int HEIGHT = 90;
	private static final double LEFT = 30;
	private static final double RIGHT = WIDTH - 30;

	private DistributionStrip() {
	}

	/** {@code sorted}: the participants' means, ascending. */
	public static BufferedImage draw(double[] sorted, double min, double max) {
		Canvas c = new Canvas(WIDTH, HEIGHT);
		c.font(false, 16);
		for (int v = (int) Math.ceil(min); v <= max; v++) {
			double x = x(v, min, max);
			c.color(Palette.GRID).stroke(2).g.draw(new Line2D.Double(x, 8, x, HEIGHT - 24));
			c.color(Palette.MUTED).centred(String.valueOf(v), x, HEIGHT - 5);
		}
		if (sorted.length > 0) {
			double q1 = CohortData.quantile(sorted, 0.25);
			double q3 = CohortData.quantile(sorted, 0.75);
			c.color(Palette.light(Palette.OTHERS, 0.75)).g.fill(new Rectangle2D.Double(x(q1, min, max), 14,
					Math.max(3, x(q3, min, max) - x(q1, min, max)), HEIGHT - 44));
			for (int i = 0; i < sorted.length; i++) {
				double jitter = ((i * 37) % 11 - 5) * 2.6;
				c.color(Palette.OTHERS).g.fill(new Ellipse2D.Double(x(sorted[i], min, max) - 5, HEIGHT / 2.0 - 15 + jitter, 10, 10));
			}
			double median = CohortData.quantile(sorted, 0.5);
			c.color(Palette.SELF).stroke(5).g.draw(new Line2D.Double(x(median, min, max), 10, x(median, min, max), HEIGHT - 28));
		}
		return c.done();
	}

	private static double x(double value, double min, double max) {
		return LEFT + (RIGHT - LEFT) * (value - min) / (max - min);
	}
}
