package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.DimensionKind;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.internal.handlers.OpenHandler;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.fulcrum.ui.internal.results.ProfileRow;
import org.fulcrum.ui.internal.results.ResultsPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results view shows, for the participant selected in the navigator, exactly the figures the ScoringEngine publishes. */
class ResultsViewTest {

	private static final String RESULTS = "org.fulcrum.ui.part.results";

	@TempDir
	Path folder;

	@Test
	void showsThePublishedFiguresOfTheSelectedParticipant() throws Exception {
		Path file = DemoFiles.demo(folder);
		TestWorkbench bench = TestWorkbench.showing(folder);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		EngagementSession session = bench.await("the demo to open", navigator.openInBackground(file));
		Assessment assessment = session.engagement().getAssessments().get(3);
		PartnerManager participant = assessment.getSubject();
		ParticipantResult expected = new ScoringEngine(ScoringSettings.DEFAULT).score(session.engagement()).of(assessment).orElseThrow();

		ResultsPart results = bench.part(RESULTS, ResultsPart.class);
		bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		navigator.viewer().expandAll();
		navigator.viewer().setSelection(new StructuredSelection(participant), true);
		bench.waitFor("the results of " + participant.getName(),
				() -> results.table().getTable().getItemCount() == expected.dimensions().size());

		assertTrue(results.title().getText().startsWith(participant.getName()), results.title().getText());
		List<DimensionResult> shownRows = expected.dimensions();
		for (TableItem item : results.table().getTable().getItems()) {
			DimensionResult row = (DimensionResult) item.getData();
			DimensionResult published = shownRows.stream().filter(d -> d.dimension() == row.dimension()).findFirst().orElseThrow();
			RaterGroup[] columns = { RaterGroup.SELF, RaterGroup.MANAGER, RaterGroup.PEER, RaterGroup.DIRECT_REPORT, RaterGroup.PARTNER,
					RaterGroup.OTHER, RaterGroup.ALL_OTHERS };
			for (int c = 0; c < columns.length; c++) {
				String shown = item.getText(c + 1);
				java.util.Optional<Figure> figure = published.figures().of(columns[c]);
				if (figure.isPresent()) {
					assertEquals(String.format(Locale.ROOT, "%.2f", figure.get().mean()), shown,
							row.dimension().getName() + " / " + columns[c]);
				} else {
					assertEquals(ResultsPart.NOT_SHOWN, shown, row.dimension().getName() + " / " + columns[c] + ": nothing unpublished is shown");
				}
			}
		}

		List<ProfileRow> traits = expected.dimensions().stream().filter(d -> d.dimension().getKind() == DimensionKind.TRAIT)
				.map(ProfileRow::of).toList();
		assertEquals(traits, results.profile().traits(), "the trait profile draws the published self and others means");
		assertEquals(expected.dimensions().stream().filter(d -> d.dimension().getKind() == DimensionKind.PILLAR).map(ProfileRow::of).toList(),
				results.balance().pillars());
		assertTrue(results.balance().base().isPresent(), "the Integrity base is drawn");
		assertEquals("Integrity", results.balance().base().get().name());
		for (int c = 0; c < 7; c++) {
			RaterGroup group = new RaterGroup[] { RaterGroup.SELF, RaterGroup.MANAGER, RaterGroup.PEER, RaterGroup.DIRECT_REPORT,
					RaterGroup.PARTNER, RaterGroup.OTHER, RaterGroup.ALL_OTHERS }[c];
			boolean published = expected.dimensions().stream().anyMatch(d -> d.figures().of(group).isPresent());
			var column = results.table().getTable().getColumn(c + 1);
			assertEquals(published, column.getWidth() > 0 && !column.getText().isEmpty(),
					group + ": a column only for a group published on some dimension");
		}
		assertTrue(results.gaps().getText().contains(ResultsPart.gapText(expected.blindSpots())), results.gaps().getText());
		assertTrue(results.gaps().getText().contains(ResultsPart.gapText(expected.hiddenStrengths())), results.gaps().getText());
		assertFalse(traits.isEmpty());
	}

	@Test
	void aReissueSaysItsFiguresKeepToTheEarlierRelease() throws Exception {
		org.fulcrum.model.Engagement engagement = org.fulcrum.demo.DemoEngagement.create(DemoFiles.SEED);
		Assessment assessment = engagement.getAssessments().get(3);
		// released once, as ./fulcrum report does, then one more peer answers
		org.fulcrum.report.ReleaseLedger ledger = org.fulcrum.report.ReleaseLedger.plan(engagement, List.of(assessment));
		ParticipantResult released = new ScoringEngine(ScoringSettings.DEFAULT).score(engagement).of(assessment).orElseThrow();
		ledger.record(engagement, org.fulcrum.report.IndividualReport.of(engagement, released,
				org.fulcrum.assessment.InstrumentCatalog.installed(), java.time.LocalDate.of(2026, 11, 25)),
				java.util.Set.of(org.fulcrum.report.ReportFormat.PDF), new java.util.Date());
		org.fulcrum.model.RaterInvitation peer = assessment.getInvitations().stream()
				.filter(i -> i.getRelationship() == org.fulcrum.model.RelationshipGroup.PEER
						&& i.getStatus() == org.fulcrum.model.InvitationStatus.COMPLETED)
				.findFirst().orElseThrow();
		org.fulcrum.model.Person rater = org.fulcrum.model.FulcrumFactory.eINSTANCE.createPerson();
		rater.setId("late-peer");
		rater.setName("Late Peer");
		rater.setEmail("late.peer@example.org");
		engagement.getPeople().add(rater);
		org.fulcrum.model.RaterInvitation late = org.eclipse.emf.ecore.util.EcoreUtil.copy(peer);
		late.setId(assessment.getId() + "-late");
		late.setToken("LATEPEER");
		late.setRater(rater);
		assessment.getInvitations().add(late);
		Path file = folder.resolve("reissue.fulcrum");
		new org.fulcrum.core.store.EngagementStore().create(file, engagement).close();

		TestWorkbench bench = TestWorkbench.showing(folder);
		NavigatorPart navigator = bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		EngagementSession session = bench.await("the engagement to open", navigator.openInBackground(file));
		PartnerManager participant = session.engagement().getAssessments().get(3).getSubject();
		ResultsPart results = bench.part(RESULTS, ResultsPart.class);
		bench.part(OpenHandler.NAVIGATOR, NavigatorPart.class);
		navigator.viewer().expandAll();
		navigator.viewer().setSelection(new StructuredSelection(participant), true);
		bench.waitFor("the results of " + participant.getName(), () -> results.table().getTable().getItemCount() > 0);
		assertTrue(results.title().getText().contains("Figures as released on"), results.title().getText());
	}
}
