package org.fulcrum.ui.internal.results;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

/** The charts' colours: others in blue, self in orange, the scale in grey; disposed with the chart. */
final class ChartColors {

	final Color others;
	final Color othersLight;
	final Color self;
	final Color grid;
	final Color text;

	ChartColors(Control owner) {
		others = new Color(new RGB(46, 96, 160));
		othersLight = new Color(new RGB(196, 214, 236));
		self = new Color(new RGB(230, 120, 30));
		grid = new Color(new RGB(200, 200, 200));
		text = owner.getDisplay().getSystemColor(org.eclipse.swt.SWT.COLOR_WIDGET_FOREGROUND);
	}
}
