package org.fulcrum.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.coaching.PlanDrafter;
import org.fulcrum.coaching.ProgramTemplate;
import org.fulcrum.coaching.ProgramTemplates;
import org.fulcrum.coaching.Programs;
import org.fulcrum.demo.internal.DemoIssues;
import org.fulcrum.demo.internal.DemoSessions;
import org.fulcrum.demo.internal.DemoPlans;
import org.fulcrum.issues.IssueReview;
import org.fulcrum.issues.IssueRules;
import org.fulcrum.issues.KeyIssues;
import org.fulcrum.issues.KeyIssuesQuery;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.model.PlanStatus;
import org.fulcrum.model.SessionStatus;

/**
 * What follows the demo's 360°: development plans drafted from four participants' results (two
 * agreed with the coachee's goals and SMART actions), a "Manager as Sales Coach" program for each
 * with the sessions held so far, and the partner issues of November 2026 with their escalations,
 * one recurrence and a broken promise. Everything is dated, so the demo tells the same story as of
 * {@link #AS_OF} whenever it runs.
 */
public final class DemoCoaching {

	/** The day the demo's coaching and issues are told as of. */
	public static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
	/** The first coaching day: plans start and the workshop is held. */
	public static final LocalDate START = LocalDate.of(2026, 11, 9);
	static final List<String> COACHED = List.of("pm-dvorak", "pm-szoke", "pm-martin", "pm-schroeder");
	static final List<String> AGREED = List.of("pm-dvorak", "pm-szoke");

	private DemoCoaching() {
	}

	/** Adds the coaching and the issues to the demo engagement, whose answers must be in already. */
	public static void addTo(Engagement engagement) {
		Person coach = FulcrumFactory.eINSTANCE.createPerson();
		coach.setId("coach-holt");
		coach.setName("Maren Holt");
		coach.setTitle("Consultant and coach");
		coach.setEmail("maren.holt@fulcrum-partners.example");
		engagement.getPeople().add(coach);
		EngagementResult results = new ScoringEngine(ScoringSettings.DEFAULT).score(engagement);
		ProgramTemplate salesCoach = ProgramTemplates.installed().find("manager-as-sales-coach")
				.orElseThrow(() -> new IllegalStateException("the Manager as Sales Coach template is not installed"));
		PlanDrafter drafter = new PlanDrafter();
		for (String id : COACHED) {
			PartnerManager participant = participant(engagement, id);
			ParticipantResult result = results.participants().stream().filter(r -> r.assessment().getSubject() == participant)
					.findFirst().orElseThrow();
			DevelopmentPlan plan = drafter.draft(result, START);
			engagement.getPlans().add(plan);
			if (AGREED.contains(id)) {
				DemoPlans.agree(plan);
			}
			CoachingProgram program = Programs.apply(engagement, salesCoach, participant, coach, START, 14);
			DemoSessions.record(program, plan, !id.equals("pm-martin"));
		}
		DemoIssues.add(engagement);
		// as a daily job would have run: each morning, the escalations and VP notices due by then
		for (LocalDate day = LocalDate.of(2026, 11, 2); !day.isAfter(AS_OF); day = day.plusDays(1)) {
			IssueReview.run(engagement, instant(day));
		}
	}

	/** Two lines for the demo's summary: the coaching and the partner issues as of {@link #AS_OF}. */
	public static String summary(Engagement engagement) {
		long agreed = engagement.getPlans().stream().filter(p -> p.getStatus() != PlanStatus.DRAFT).count();
		List<CoachingSession> sessions = engagement.getPrograms().stream().flatMap(p -> p.getSessions().stream()).toList();
		long held = sessions.stream().filter(s -> s.getStatus() == SessionStatus.HELD).count();
		KeyIssues key = new KeyIssuesQuery(IssueRules.of(engagement)).of(engagement, instant(AS_OF));
		long escalations = engagement.getIssues().stream().flatMap(i -> i.getTimeline().stream())
				.filter(e -> e.getKind() == org.fulcrum.model.IssueEventKind.ESCALATION).count();
		return String.format("  coaching:     %d development plans (%d agreed), %d coaching programs, %d of %d sessions held%n"
				+ "  issues:       %d partner issues, %d open as of %s, %d recurring, %d escalations, %d broken commitments, "
				+ "%d resolved awaiting the partner's confirmation, %d updates or timetables owed, %d notices in the outbox%n",
				engagement.getPlans().size(), agreed, engagement.getPrograms().size(), held, sessions.size(),
				engagement.getIssues().size(), key.open().size(), AS_OF, key.recurring().size(), escalations,
				key.brokenCommitments().size(), key.unconfirmed().size(), key.lapses().size(), engagement.getOutbox().size());
	}

	/** The start of a day in UTC: the moment "as of a day" means. */
	public static Instant instant(LocalDate day) {
		return day.atStartOfDay().toInstant(ZoneOffset.UTC);
	}

	static PartnerManager participant(Engagement engagement, String id) {
		return engagement.getPeople().stream().filter(p -> p instanceof PartnerManager && id.equals(p.getId()))
				.map(PartnerManager.class::cast).findFirst().orElseThrow();
	}
}
