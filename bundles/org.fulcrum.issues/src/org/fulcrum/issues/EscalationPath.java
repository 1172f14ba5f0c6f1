package org.fulcrum.issues;

import java.util.List;

import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationContact;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.IssuePolicy;
import org.fulcrum.model.Person;

/**
 * The named people of each escalation level, set per engagement in its issue policy: a clear
 * escalation process names who takes an issue at each level, not only the level ("if it's not
 * someone's job, it's no one's job").
 */
public final class EscalationPath {

	private EscalationPath() {
	}

	/** The people named at {@code level}, in the order the policy lists them; empty when nobody is named. */
	public static List<Person> people(Engagement engagement, EscalationLevel level) {
		IssuePolicy policy = engagement.getIssuePolicy();
		if (policy == null) {
			return List.of();
		}
		return policy.getEscalationPath().stream().filter(c -> c.getLevel() == level && c.getPerson() != null)
				.map(EscalationContact::getPerson).distinct().toList();
	}

	/** Names {@code people} at {@code level}, replacing whoever was named there; creates the policy when needed. */
	public static void set(Engagement engagement, EscalationLevel level, List<? extends Person> people) {
		if (engagement.getIssuePolicy() == null) {
			engagement.setIssuePolicy(FulcrumFactory.eINSTANCE.createIssuePolicy());
		}
		List<EscalationContact> path = engagement.getIssuePolicy().getEscalationPath();
		path.removeIf(c -> c.getLevel() == level);
		int at = 0;
		while (at < path.size() && path.get(at).getLevel().getValue() < level.getValue()) {
			at++;
		}
		for (Person person : people) {
			EscalationContact contact = FulcrumFactory.eINSTANCE.createEscalationContact();
			contact.setLevel(level);
			contact.setPerson(person);
			path.add(at++, contact);
		}
	}
}
