package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;

import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;

/** Finds the participant or person a command names by id. */
final class Participants {

	private Participants() {
	}

	static PartnerManager find(Engagement engagement, String id, Path file, String command) throws UsageException {
		for (Person person : engagement.getPeople()) {
			if (id.equals(person.getId()) && person instanceof PartnerManager participant) {
				return participant;
			}
		}
		throw new UsageException(command + ": " + file.getFileName() + " has no participant '" + id + "'");
	}

	static Person person(Engagement engagement, String id, Path file, String command) throws UsageException {
		return engagement.getPeople().stream().filter(p -> id.equals(p.getId())).findFirst()
				.orElseThrow(() -> new UsageException(command + ": " + file.getFileName() + " has no person '" + id + "'"));
	}
}
