package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.model.query.GroupWords;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.editors.AssessmentEditor;
import org.fulcrum.ui.internal.editors.Editors;
import org.fulcrum.ui.internal.handlers.CommandIds;
import org.fulcrum.ui.internal.handlers.OpenHandler;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assessment editor's invitations: groups read as words, and a changed relationship is one undoable command. */
class AssessmentEditorTest {

	@TempDir
	Path folder;

	@Test
	void relationshipsReadAsWordsAndAChangeIsUndoable() throws Exception {
		Path file = DemoFiles.demo(folder);
		TestWorkbench bench = TestWorkbench.showing(folder);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		EngagementSession session = bench.await("the demo to open", navigator.openInBackground(file));
		Assessment assessment = session.engagement().getAssessments().stream()
				.filter(a -> a.getInvitations().stream().anyMatch(i -> i.getRelationship() == RelationshipGroup.DIRECT_REPORT)).findFirst()
				.orElseThrow();
		Editors.in(bench.window.getContext()).open(session, assessment);
		bench.spin();
		AssessmentEditor editor = (AssessmentEditor) bench.activePart().getObject();
		int column = Arrays.asList(editor.invitations().getTable().getColumns()).stream().map(c -> c.getText()).toList().indexOf("Relationship");
		List<String> shown = Arrays.stream(editor.invitations().getTable().getItems()).map((TableItem item) -> item.getText(column)).toList();
		assertTrue(shown.contains(GroupWords.of(RelationshipGroup.DIRECT_REPORT)), shown.toString());
		assertTrue(shown.stream().noneMatch(text -> text.equals(RelationshipGroup.DIRECT_REPORT.getLiteral())), "no model literal shown: " + shown);

		RaterInvitation first = assessment.getInvitations().get(0);
		RelationshipGroup before = first.getRelationship();
		RelationshipGroup other = before == RelationshipGroup.PEER ? RelationshipGroup.PARTNER : RelationshipGroup.PEER;
		editor.invitations().editElement(first, column);
		bench.spin();
		CCombo combo = Arrays.stream(editor.invitations().getTable().getChildren()).filter(CCombo.class::isInstance).map(CCombo.class::cast)
				.findFirst().orElseThrow(() -> new AssertionError("no choice opened in the Relationship cell"));
		List<String> choices = Arrays.asList(combo.getItems());
		assertTrue(choices.contains(GroupWords.of(other)) && !choices.contains(RelationshipGroup.DIRECT_REPORT.getLiteral()), choices.toString());
		combo.select(choices.indexOf(GroupWords.of(other)));
		combo.notifyListeners(SWT.Selection, new Event());
		combo.notifyListeners(SWT.DefaultSelection, new Event());
		bench.spin();
		assertEquals(other, first.getRelationship());
		assertTrue(session.isDirty());
		assertTrue(bench.execute(CommandIds.UNDO));
		assertEquals(before, first.getRelationship(), "undone");
	}
}
