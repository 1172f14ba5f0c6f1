package org.fulcrum.model.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;

/** Who reports to whom: the chain of {@code reportsTo} from a participant up, which must end. */
public final class ReportingLines {

	private ReportingLines() {
	}

	/** Whether following {@code reportsTo} from the participant comes back to a person already passed (itself included). */
	public static boolean inCycle(PartnerManager participant) {
		return !cycle(participant).isEmpty();
	}

	/** The people of the circle the chain from {@code participant} runs into, in order; empty when the chain ends. */
	public static List<Person> cycle(PartnerManager participant) {
		List<Person> chain = new ArrayList<>();
		Set<Person> seen = new HashSet<>();
		Person current = participant;
		while (current != null && seen.add(current)) {
			chain.add(current);
			current = current instanceof PartnerManager manager ? manager.getReportsTo() : null;
		}
		return current == null ? List.of() : List.copyOf(chain.subList(chain.indexOf(current), chain.size()));
	}

	/** The circle as ids: {@code a → b → a}. */
	public static String describeCycle(PartnerManager participant) {
		List<Person> cycle = cycle(participant);
		return cycle.isEmpty() ? "" : cycle.stream().map(Person::getId).collect(Collectors.joining(" → ")) + " → " + cycle.get(0).getId();
	}
}
