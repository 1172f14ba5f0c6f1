package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.fulcrum.ui.internal.results.BalanceChart;
import org.fulcrum.ui.internal.results.ProfileRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The balance picture's pillar labels ("Respect", "Responsibility" and their figures) never overlap, however narrow the view. */
class BalanceLabelsTest {

	@TempDir
	Path folder;

	@Test
	void pillarLabelsNeverIntersect() {
		TestWorkbench bench = TestWorkbench.showing(folder);
		Shell shell = new Shell(bench.display);
		try {
			shell.setLayout(new FillLayout());
			BalanceChart chart = new BalanceChart(shell);
			chart.show(Optional.of(new ProfileRow("Integrity", OptionalDouble.of(3.9), OptionalDouble.of(4.2))),
					List.of(new ProfileRow("Respect", OptionalDouble.of(4.12), OptionalDouble.of(3.87)),
							new ProfileRow("Responsibility", OptionalDouble.of(3.25), OptionalDouble.of(3.61))), 1, 5);
			for (int width : new int[] { 120, 180, 220, 260, 320, 480, 900 }) {
				shell.setSize(width, 360);
				shell.layout(true);
				bench.spin();
				List<Rectangle> labels = chart.labelBounds();
				assertEquals(6, labels.size(), "name, others and self of both pillars");
				for (int i = 0; i < labels.size(); i++) {
					for (int j = i + 1; j < labels.size(); j++) {
						assertFalse(labels.get(i).intersects(labels.get(j)),
								"at " + width + " px label " + labels.get(i) + " overlaps " + labels.get(j));
					}
				}
			}
		} finally {
			shell.dispose();
		}
	}
}
