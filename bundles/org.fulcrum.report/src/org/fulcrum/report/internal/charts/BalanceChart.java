package org.fulcrum.report.internal.charts;

import java.awt.image.BufferedImage;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.OptionalDouble;

import org.fulcrum.report.internal.data.Balance;

/**
 * The Character Model as a building: the Integrity base carries the Respect and Responsibility
 * pillars, whose heights are others' means, joined by a beam that tilts when one pillar is
 * shorter. Dashed outlines show how the participant rated themself. An imbalance shows at a glance.
 */
public final class BalanceChart {

	static final int WIDTH = 1200;
	static final int HEIGHT = 600;
	private static final double GROUND = HEIGHT - 30;
	private static final double PILLAR_WIDTH = 230;
	private static final double PILLAR_MAX = 330;
	private static final double PILLAR_OFFSET = 250;

	private BalanceChart() {
	}

	public static BufferedImage draw(Balance b) {
		Canvas c = new Canvas(WIDTH, HEIGHT);
		double cx = WIDTH / 2.0;
		double baseShare = share(b, b.base().getAsDouble());
		double baseHeight = 70 + 50 * baseShare;
		double baseTop = GROUND - baseHeight;
		// The base, coloured by its value: a weak foundation shows red.
		c.color(Palette.ramp(baseShare)).g.fill(trapezoid(cx, GROUND, 760, 640, baseHeight));
		c.color(Palette.INK).stroke(2).g.draw(trapezoid(cx, GROUND, 760, 640, baseHeight));
		c.color(Color.WHITE).font(true, 30).centred(b.baseName() + "  " + fmt(b.base()), cx, baseTop + baseHeight / 2 + 4);
		c.font(false, 22).centred(selfLabel(b.baseSelf()), cx, baseTop + baseHeight / 2 + 34);

		double leftTop = pillar(c, b, cx - PILLAR_OFFSET, baseTop, b.leftName(), b.left(), b.leftSelf());
		double rightTop = pillar(c, b, cx + PILLAR_OFFSET, baseTop, b.rightName(), b.right(), b.rightSelf());
		// The beam across the pillar tops, reaching past them so its tilt is plain to see.
		double slope = (rightTop - leftTop) / (2 * PILLAR_OFFSET);
		double reach = PILLAR_OFFSET + PILLAR_WIDTH / 2 + 60;
		double midY = (leftTop + rightTop) / 2 - 9;
		c.color(Palette.INK).stroke(14).g.draw(new Line2D.Double(cx - reach, midY - slope * reach, cx + reach, midY + slope * reach));
		double gap = Math.abs(b.left().getAsDouble() - b.right().getAsDouble());
		c.color(gap >= Balance.IMBALANCE ? Palette.LOW : Palette.MUTED).font(true, 24)
				.centred(String.format(Locale.ROOT, "gap %.2f", gap), cx, Math.min(leftTop, rightTop) - 60);
		legend(c);
		return c.done();
	}

	/** A pillar standing on the base; returns the y of its top. */
	private static double pillar(Canvas c, Balance b, double x, double baseTop, String name, OptionalDouble others,
			OptionalDouble self) {
		double height = 40 + PILLAR_MAX * share(b, others.getAsDouble());
		double top = baseTop - height;
		Rectangle2D body = new Rectangle2D.Double(x - PILLAR_WIDTH / 2, top, PILLAR_WIDTH, height);
		c.color(Palette.light(Palette.OTHERS, 0.15)).g.fill(body);
		c.color(Palette.INK).stroke(2).g.draw(body);
		if (self.isPresent()) {
			double selfHeight = 40 + PILLAR_MAX * share(b, self.getAsDouble());
			c.color(Palette.SELF).dashed(5).g.draw(new Rectangle2D.Double(x - PILLAR_WIDTH / 2 - 12, baseTop - selfHeight,
					PILLAR_WIDTH + 24, selfHeight));
		}
		c.color(Color.WHITE).font(true, 26).centred(c.fit(name, PILLAR_WIDTH - 16), x, top + 44);
		c.font(true, 40).centred(fmt(others), x, top + 92);
		c.font(false, 20).centred(selfLabel(self), x, top + 124);
		return top;
	}

	private static void legend(Canvas c) {
		c.color(Palette.light(Palette.OTHERS, 0.15)).g.fill(new Rectangle2D.Double(20, 20, 26, 26));
		c.color(Palette.INK).font(false, 20).text("all others' mean", 56, 41);
		c.color(Palette.SELF).dashed(4).g.draw(new Rectangle2D.Double(20, 58, 26, 26));
		c.color(Palette.INK).text("self", 56, 79);
	}

	/** A placeholder for instruments without a base and two pillars: a blank strip. */
	public static BufferedImage empty() {
		return new Canvas(WIDTH, 4).done();
	}

	private static Path2D trapezoid(double cx, double bottom, double bottomWidth, double topWidth, double height) {
		Path2D shape = new Path2D.Double();
		shape.moveTo(cx - bottomWidth / 2, bottom);
		shape.lineTo(cx + bottomWidth / 2, bottom);
		shape.lineTo(cx + topWidth / 2, bottom - height);
		shape.lineTo(cx - topWidth / 2, bottom - height);
		shape.closePath();
		return shape;
	}

	private static double share(Balance b, double value) {
		return Math.max(0, Math.min(1, (value - b.scaleMin()) / (b.scaleMax() - b.scaleMin())));
	}

	private static String fmt(OptionalDouble value) {
		return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "\u2013";
	}

	private static String selfLabel(OptionalDouble self) {
		return self.isPresent() ? String.format(Locale.ROOT, "self %.2f", self.getAsDouble()) : "";
	}
}
