package org.fulcrum.coaching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.fulcrum.coaching.ProgramTemplate;
import org.fulcrum.coaching.ProgramTemplates;
import org.fulcrum.core.internal.extensions.ContributionsById;
import org.fulcrum.model.SessionFormat;

/** Reads the contributions to {@code org.fulcrum.coaching.programs}, rejecting a broken one whole. */
public final class TemplateRegistry implements ProgramTemplates {

	public static final String EXTENSION_POINT = "org.fulcrum.coaching.programs";

	private final List<ProgramTemplate> templates;
	private final List<String> problems;

	private TemplateRegistry(List<ProgramTemplate> templates, List<String> problems) {
		this.templates = List.copyOf(templates);
		this.problems = List.copyOf(problems);
	}

	public static TemplateRegistry of(IExtensionRegistry registry) {
		ContributionsById<ProgramTemplate> read = ContributionsById.read(registry, EXTENSION_POINT, "program template",
				element -> read(element, element.getContributor().getName()), IllegalArgumentException.class, ProgramTemplate::id,
				ProgramTemplate::contributor, Comparator.comparing(ProgramTemplate::name, String.CASE_INSENSITIVE_ORDER));
		return new TemplateRegistry(read.values(), read.problems());
	}

	private static ProgramTemplate read(IConfigurationElement element, String contributor) {
		String id = required(element, "id", "a <program>");
		String where = "program template '" + id + "'";
		String name = required(element, "name", where);
		int interval = number(element, "intervalDays", 14, 1, where);
		List<ProgramTemplate.Step> steps = new ArrayList<>();
		for (IConfigurationElement session : element.getChildren("session")) {
			String at = where + ", session " + (steps.size() + 1);
			String format = required(session, "format", at);
			SessionFormat sessionFormat = SessionFormat.get(format);
			if (sessionFormat == null) {
				throw new IllegalArgumentException(at + ": format '" + format + "' is none of workshop, telephone, video, inPerson");
			}
			String daysAfter = session.getAttribute("daysAfter");
			steps.add(new ProgramTemplate.Step(sessionFormat, required(session, "topic", at),
					number(session, "minutes", 0, 1, at),
					daysAfter == null ? OptionalInt.empty() : OptionalInt.of(number(session, "daysAfter", 0, 0, at))));
		}
		if (steps.isEmpty()) {
			throw new IllegalArgumentException(where + " has no <session>");
		}
		String description = element.getAttribute("description");
		return new ProgramTemplate(id, name, description == null ? "" : description, interval, steps, contributor);
	}

	private static String required(IConfigurationElement element, String attribute, String where) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(where + " needs '" + attribute + "'");
		}
		return value.strip();
	}

	private static int number(IConfigurationElement element, String attribute, int fallback, int minimum, String where) {
		String value = element.getAttribute(attribute);
		if (value == null) {
			if (fallback < minimum) {
				throw new IllegalArgumentException(where + " needs '" + attribute + "'");
			}
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= minimum) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException(where + ": " + attribute + " must be a whole number of at least " + minimum
				+ ", not '" + value + "'");
	}

	@Override
	public List<ProgramTemplate> all() {
		return templates;
	}

	@Override
	public Optional<ProgramTemplate> find(String id) {
		return templates.stream().filter(t -> t.id().equals(id)).findFirst();
	}

	@Override
	public List<String> problems() {
		return problems;
	}
}
