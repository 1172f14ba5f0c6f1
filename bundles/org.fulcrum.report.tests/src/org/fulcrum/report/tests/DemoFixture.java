package org.fulcrum.report.tests;

import java.time.LocalDate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.demo.DemoEngagement;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Comment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.Person;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.report.IndividualReport;
import org.fulcrum.report.ReportException;

/** The demo engagement, and the changes report tests make to it: new raters, comments, names. */
final class DemoFixture {

	static final LocalDate DATE = LocalDate.of(2026, 11, 25);

	final Engagement engagement = DemoEngagement.create(2026);
	private int added;

	Assessment assessment(int index) {
		return engagement.getAssessments().get(index);
	}

	/** The first assessment whose group {@code group} has exactly {@code raters} completed answers. */
	Assessment withGroupOf(RelationshipGroup group, int raters) {
		return engagement.getAssessments().stream().filter(a -> a.getInvitations().stream()
				.filter(i -> i.getRelationship() == group && i.getStatus() == InvitationStatus.COMPLETED).count() == raters)
				.findFirst().orElseThrow(() -> new AssertionError("the demo has no assessment with " + raters + " " + group));
	}

	ParticipantResult result(Assessment assessment) {
		return new ScoringEngine(ScoringSettings.DEFAULT).score(engagement).of(assessment).orElseThrow();
	}

	IndividualReport report(Assessment assessment) throws ReportException {
		return IndividualReport.of(engagement, result(assessment), InstrumentCatalog.installed(), DATE);
	}

	/** A new rater of {@code group} who answered as an existing rater of that group did. */
	RaterInvitation addRater(Assessment assessment, RelationshipGroup group) {
		RaterInvitation model = assessment.getInvitations().stream()
				.filter(i -> i.getRelationship() == group && i.getStatus() == InvitationStatus.COMPLETED).findFirst().orElseThrow();
		Person rater = FulcrumFactory.eINSTANCE.createPerson();
		rater.setId("late-" + ++added);
		rater.setName("Late Rater " + added);
		rater.setEmail("late" + added + "@example.org");
		engagement.getPeople().add(rater);
		RaterInvitation invitation = EcoreUtil.copy(model);
		invitation.setId(assessment.getId() + "-late-" + added);
		invitation.setToken("LATE" + added);
		invitation.setRater(rater);
		assessment.getInvitations().add(invitation);
		return invitation;
	}

	Comment addComment(Assessment assessment, RelationshipGroup group, String text) {
		Comment comment = FulcrumFactory.eINSTANCE.createComment();
		comment.setGroup(group);
		comment.setText(text);
		assessment.getComments().add(comment);
		return comment;
	}
}
