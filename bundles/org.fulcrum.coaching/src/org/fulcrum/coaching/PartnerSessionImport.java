package org.fulcrum.coaching;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.core.io.ImportProblem;
import org.fulcrum.model.Action;
import org.fulcrum.model.ActionOption;
import org.fulcrum.model.ActionStatus;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Identified;
import org.fulcrum.model.OptionSource;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.PartnerSessionKind;
import org.fulcrum.model.Person;
import org.fulcrum.model.Question;
import org.fulcrum.model.QuestionKind;
import org.fulcrum.model.Stance;

/**
 * Adds partner coaching sessions from CSV, one row per session (docs/formats.md): the partner
 * manager, date and kind are required; questions, options and actions are lists in one cell each,
 * items separated by {@code |}. All rows or none: every fault is named by line and field.
 */
public final class PartnerSessionImport {

	private static final FulcrumFactory MODEL = FulcrumFactory.eINSTANCE;

	private PartnerSessionImport() {
	}

	/** Adds the file's sessions to the engagement and returns them; throws, changing nothing, when any row is wrong. */
	public static List<PartnerCoachingSession> apply(Engagement engagement, CsvTable table) throws ImportException {
		List<ImportProblem> problems = new ArrayList<>();
		for (String column : List.of("partner_manager", "date", "kind")) {
			if (table.column(column) < 0) {
				problems.add(new ImportProblem(table.file(), 1, column, "missing column; the header needs partner_manager, date, kind"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
		Set<String> ids = new HashSet<>();
		engagement.eAllContents().forEachRemaining(o -> {
			if (o instanceof Identified identified && identified.getId() != null) {
				ids.add(identified.getId());
			}
		});
		List<PartnerCoachingSession> sessions = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			Reader reader = new Reader(engagement, table, row, problems);
			PartnerCoachingSession session = reader.session(ids);
			if (session != null) {
				sessions.add(session);
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
		engagement.getPartnerSessions().addAll(sessions);
		return sessions;
	}

	/** Reads one row; records its faults. */
	private record Reader(Engagement engagement, CsvTable table, CsvTable.Row row, List<ImportProblem> problems) {

		PartnerCoachingSession session(Set<String> ids) {
			if (row.cells().size() != table.header().size()) {
				fault("", "has " + row.cells().size() + " fields, the header has " + table.header().size());
				return null;
			}
			PartnerCoachingSession session = MODEL.createPartnerCoachingSession();
			session.setPartnerManager(find("partner_manager", PartnerManager.class, "partner manager", true));
			session.setPartner(find("partner", PartnerOrganization.class, "partner", false));
			for (String id : items("coachees")) {
				Person person = byId(id, Person.class);
				if (person == null) {
					fault("coachees", "no person with id '" + id + "' in the engagement");
				} else {
					session.getCoachees().add(person);
				}
			}
			session.setDate(date("date", true));
			PartnerSessionKind kind = CoachingLabels.parseKind(cell("kind"));
			if (kind == null) {
				fault("kind", "'" + cell("kind") + "' is not one of opportunity-review, opportunity-coaching, meeting-preparation, "
						+ "performance-situation, other");
			} else {
				session.setKind(kind);
			}
			session.setDurationMinutes(minutes());
			session.setTopic(cell("topic"));
			session.setSituation(cell("situation"));
			session.setPartnerGoal(cell("partner_goal"));
			session.setNotes(cell("notes"));
			stance(session);
			questions(session);
			options(session);
			actions(session);
			String id = cell("id");
			if (id.isEmpty() && session.getPartnerManager() != null && session.getDate() != null) {
				String base = "PS-" + session.getPartnerManager().getId() + "-" + session.getDate();
				id = base;
				for (int n = 2; ids.contains(id); n++) {
					id = base + "-" + n;
				}
			} else if (ids.contains(id)) {
				fault("id", "'" + id + "' is already used in the engagement or the file");
			}
			ids.add(id);
			session.setId(id);
			for (int n = 0; n < session.getActions().size(); n++) {
				session.getActions().get(n).setId(id + "-A" + (n + 1));
			}
			return session;
		}

		private void stance(PartnerCoachingSession session) {
			String word = cell("stance");
			if (word.isEmpty()) {
				return;
			}
			Stance stance = CoachingLabels.parseStance(word);
			if (stance == null) {
				fault("stance", "'" + cell("stance") + "' is not one of coach, bully (or persecutor), victim, rescuer");
			} else {
				session.setObservedStance(stance);
			}
		}

		private void questions(PartnerCoachingSession session) {
			for (String item : items("questions")) {
				String[] kindAndText = labelled(item, "questions");
				if (kindAndText == null) {
					continue;
				}
				QuestionKind kind = switch (kindAndText[0]) {
				case "open" -> QuestionKind.OPEN;
				case "closed" -> QuestionKind.CLOSED;
				case "multiple choice", "multiple-choice", "choice" -> QuestionKind.MULTIPLE_CHOICE;
				default -> null;
				};
				if (kind == null) {
					fault("questions", "'" + kindAndText[0] + "' is not open, closed or multiple choice (write e.g. 'open: What would help?')");
					continue;
				}
				Question question = MODEL.createQuestion();
				question.setText(kindAndText[1]);
				Questions.setKind(question, kind);
				session.getQuestions().add(question);
			}
		}

		private void options(PartnerCoachingSession session) {
			for (String item : items("options")) {
				String[] sourceAndText = labelled(item, "options");
				if (sourceAndText == null) {
					continue;
				}
				OptionSource source = OptionSource.get(sourceAndText[0]);
				if (source == null) {
					fault("options", "'" + sourceAndText[0] + "' is not partner or coach (write e.g. 'partner: Ask the CFO')");
					continue;
				}
				ActionOption option = MODEL.createActionOption();
				option.setSource(source);
				option.setText(sourceAndText[1]);
				session.getOptions().add(option);
			}
		}

		private void actions(PartnerCoachingSession session) {
			for (String item : items("actions")) {
				String[] ownerAndRest = labelled(item, "actions");
				if (ownerAndRest == null) {
					continue;
				}
				String[] parts = ownerAndRest[1].split(";", -1);
				if (parts.length < 3 || parts.length > 4) {
					fault("actions", "'" + item + "' is not 'OWNER-ID: what; measure; due date[; support]'");
					continue;
				}
				Action action = MODEL.createAction();
				action.setOwner(byId(ownerAndRest[0], Person.class));
				if (action.getOwner() == null) {
					fault("actions", "no person with id '" + ownerAndRest[0] + "' to own '" + parts[0].strip() + "'");
				}
				action.setWhat(parts[0].strip());
				action.setMeasure(parts[1].strip());
				action.setDueDate(parseDate(parts[2].strip(), "actions", false));
				action.setStatus(ActionStatus.OPEN);
				if (parts.length == 4) {
					if (!parts[3].strip().equalsIgnoreCase("support")) {
						fault("actions", "the fourth part of '" + item + "' can only be 'support'");
					}
					action.setSupport(true);
				}
				session.getActions().add(action);
			}
		}

		private String[] labelled(String item, String field) {
			int colon = item.indexOf(':');
			if (colon <= 0 || item.substring(colon + 1).isBlank()) {
				fault(field, "'" + item + "' needs a label and a text, e.g. 'open: What would help?'");
				return null;
			}
			return new String[] { item.substring(0, colon).strip().toLowerCase(Locale.ROOT), item.substring(colon + 1).strip() };
		}

		private int minutes() {
			String text = cell("minutes");
			if (text.isEmpty()) {
				return 0;
			}
			try {
				int minutes = Integer.parseInt(text);
				if (minutes > 0) {
					return minutes;
				}
			} catch (NumberFormatException e) {
				// reported below
			}
			fault("minutes", "'" + text + "' is not a whole number of minutes above 0");
			return 0;
		}

		private LocalDate date(String column, boolean required) {
			return parseDate(cell(column), column, required);
		}

		private LocalDate parseDate(String text, String field, boolean required) {
			if (text.isEmpty()) {
				if (required) {
					fault(field, "is empty; give a date like 2026-11-18");
				}
				return null;
			}
			try {
				return LocalDate.parse(text);
			} catch (DateTimeParseException e) {
				fault(field, "'" + text + "' is not a date like 2026-11-18");
				return null;
			}
		}

		private <T extends EObject> T find(String column, Class<T> type, String what, boolean required) {
			String id = cell(column);
			if (id.isEmpty()) {
				if (required) {
					fault(column, "is empty; give the " + what + "'s id");
				}
				return null;
			}
			T found = byId(id, type);
			if (found == null) {
				fault(column, "no " + what + " with id '" + id + "' in the engagement");
			}
			return found;
		}

		private <T extends EObject> T byId(String id, Class<T> type) {
			List<? extends EObject> candidates = type == PartnerOrganization.class ? engagement.getPartners() : engagement.getPeople();
			return candidates.stream().filter(type::isInstance).filter(o -> id.equals(((Identified) o).getId())).map(type::cast)
					.findFirst().orElse(null);
		}

		private List<String> items(String column) {
			String text = cell(column);
			return text.isEmpty() ? List.of() : List.of(text.split("\\|")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		}

		private String cell(String column) {
			int index = table.column(column);
			return index < 0 || index >= row.cells().size() ? "" : row.cells().get(index).strip();
		}

		private void fault(String field, String message) {
			problems.add(new ImportProblem(table.file(), row.line(), field, message));
		}
	}
}
