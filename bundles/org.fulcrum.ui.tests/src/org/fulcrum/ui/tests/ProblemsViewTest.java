package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.edit.command.SetCommand;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.editors.EngagementEditor;
import org.fulcrum.ui.internal.handlers.CommandIds;
import org.fulcrum.ui.internal.handlers.OpenHandler;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.fulcrum.ui.internal.parts.ProblemsPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problems view follows edits (validation in the background) and a double-click opens the element's editor. */
class ProblemsViewTest {

	private static final String PROBLEMS = "org.fulcrum.ui.part.problems";

	@TempDir
	Path folder;

	@Test
	void aProblemAppearsGoesAwayAndOpensItsElement() throws Exception {
		Path file = DemoFiles.demo(folder);
		TestWorkbench bench = TestWorkbench.showing(folder);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		EngagementSession session = bench.await("the demo to open", navigator.openInBackground(file));
		ProblemsPart problems = bench.part(PROBLEMS, ProblemsPart.class);

		session.editingDomain().getCommandStack().execute(SetCommand.create(session.editingDomain(),
				session.engagement().getConfidentiality(), FulcrumPackage.Literals.CONFIDENTIALITY_POLICY__MINIMUM_RATERS, 0));
		bench.waitFor("the policy problem", () -> row(problems) != null);
		ProblemsPart.Row row = row(problems);
		assertTrue(row.problem().isError());

		problems.open(row);
		bench.spin();
		assertInstanceOf(EngagementEditor.class, bench.activePart().getObject(), "the problem opens the engagement editor");

		assertTrue(bench.execute(CommandIds.UNDO));
		bench.waitFor("the problem to go", () -> row(problems) == null);
	}

	private static ProblemsPart.Row row(ProblemsPart problems) {
		return Arrays.stream(problems.viewer().getTable().getItems()).map(i -> (ProblemsPart.Row) i.getData())
				.filter(r -> r.problem().message().startsWith("The minimum number of raters per group is 0")).findFirst().orElse(null);
	}
}
