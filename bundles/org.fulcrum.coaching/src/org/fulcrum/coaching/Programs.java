package org.fulcrum.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.model.SessionStatus;

/**
 * Turns a program template into a participant's program of planned sessions, on the schedule
 * the consultant sets (docs/coaching.md): the first session on the start date, each later one
 * its own {@code daysAfter} or {@code intervalDays} after the one before; a Saturday or Sunday
 * moves to the Monday after, the rhythm counted from the dates before the move, so that one
 * moved call does not shift every call after it.
 */
public final class Programs {

	private Programs() {
	}

	/** The session dates of {@code template} from {@code start}, every {@code intervalDays} unless a session says otherwise. */
	public static List<LocalDate> schedule(ProgramTemplate template, LocalDate start, int intervalDays) {
		if (intervalDays < 1) {
			throw new IllegalArgumentException("sessions must be at least 1 day apart, not " + intervalDays);
		}
		List<LocalDate> dates = new ArrayList<>();
		LocalDate nominal = start;
		for (int i = 0; i < template.steps().size(); i++) {
			if (i > 0) {
				nominal = nominal.plusDays(template.steps().get(i).daysAfter().orElse(intervalDays));
			}
			dates.add(workday(nominal));
		}
		return dates;
	}

	/** The participant's program of this template, if they have one. */
	public static Optional<CoachingProgram> existing(Engagement engagement, ProgramTemplate template, PartnerManager participant) {
		return engagement.getPrograms().stream()
				.filter(p -> p.getParticipant() == participant && template.id().equals(p.getTemplate())).findFirst();
	}

	/**
	 * Adds a program of planned sessions for {@code participant} to the engagement.
	 *
	 * @param coach who coaches, or null to set later
	 * @throws IllegalStateException when the participant already has a program of this template
	 */
	public static CoachingProgram apply(Engagement engagement, ProgramTemplate template, PartnerManager participant, Person coach,
			LocalDate start, int intervalDays) {
		if (existing(engagement, template, participant).isPresent()) {
			throw new IllegalStateException(participant.getName() + " already has a " + template.name() + " program");
		}
		List<LocalDate> dates = schedule(template, start, intervalDays);
		FulcrumFactory model = FulcrumFactory.eINSTANCE;
		CoachingProgram program = model.createCoachingProgram();
		program.setId("PRG-" + participant.getId() + "-" + template.id());
		program.setName(template.name());
		program.setTemplate(template.id());
		program.setParticipant(participant);
		program.setCoach(coach);
		for (int i = 0; i < dates.size(); i++) {
			ProgramTemplate.Step step = template.steps().get(i);
			CoachingSession session = model.createCoachingSession();
			session.setId(program.getId() + "-S" + (i + 1));
			session.setFormat(step.format());
			session.setStatus(SessionStatus.PLANNED);
			session.setDate(dates.get(i));
			session.setDurationMinutes(step.minutes());
			session.setTopic(step.topic());
			program.getSessions().add(session);
		}
		engagement.getPrograms().add(program);
		return program;
	}

	private static LocalDate workday(LocalDate date) {
		return switch (date.getDayOfWeek()) {
		case SATURDAY -> date.plusDays(2);
		case SUNDAY -> date.plusDays(1);
		default -> date;
		};
	}
}
