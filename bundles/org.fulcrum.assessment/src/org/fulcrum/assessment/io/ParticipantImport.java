package org.fulcrum.assessment.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Identified;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.Person;
import org.fulcrum.model.query.ReportingLines;

/**
 * Adds participants from CSV: {@code id,name,email[,title,organization,reports_to,manages]},
 * {@code reports_to} the id of a person in the engagement or the file, {@code manages} partner
 * ids separated by semicolons. All rows or none (docs/formats.md).
 */
public final class ParticipantImport {

	private static final List<String> COLUMNS = List.of("id", "name", "email", "title", "organization", "reports_to", "manages");

	private ParticipantImport() {
	}

	/** Returns the number of participants added. */
	public static int apply(Engagement engagement, CsvTable table) throws ImportException {
		Problems problems = new Problems(table);
		problems.requireColumns("id", "name", "email");
		problems.checkHeader(COLUMNS);
		problems.throwIfAny();
		Map<String, Identified> ids = Ids.of(engagement);
		Map<String, PartnerManager> added = new HashMap<>();
		Map<String, String> emails = new HashMap<>();
		engagement.getPeople().forEach(p -> {
			if (p.getEmail() != null) {
				emails.putIfAbsent(Emails.key(p.getEmail()), "person '" + p.getId() + "' of the engagement");
			}
		});
		List<String[]> links = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			if (!problems.wellFormed(row)) {
				continue;
			}
			String id = problems.cell(row, "id");
			PartnerManager participant = FulcrumFactory.eINSTANCE.createPartnerManager();
			if (id.isEmpty()) {
				problems.add(row.line(), "id", "is empty");
			} else if (ids.containsKey(id) || added.containsKey(id)) {
				problems.add(row.line(), "id", "'" + id + "' is already used in the engagement or earlier in the file");
			}
			participant.setId(id);
			participant.setName(required(problems, row, "name"));
			participant.setEmail(Emails.check(problems, row, problems.cell(row, "email")));
			if (!participant.getEmail().isEmpty()) {
				String owner = emails.putIfAbsent(Emails.key(participant.getEmail()), "line " + row.line());
				if (owner != null) {
					problems.add(row.line(), "email", "'" + participant.getEmail() + "' is already the e-mail of " + owner
							+ " (e-mails are compared ignoring case); one person needs one row");
				}
			}
			participant.setTitle(blankToNull(problems.cell(row, "title")));
			participant.setOrganization(blankToNull(problems.cell(row, "organization")));
			added.put(id, participant);
			links.add(new String[] { Integer.toString(row.line()), id, problems.cell(row, "reports_to"), problems.cell(row, "manages") });
		}
		for (String[] link : links) {
			int line = Integer.parseInt(link[0]);
			PartnerManager participant = added.get(link[1]);
			if (!link[2].isEmpty()) {
				Identified manager = added.containsKey(link[2]) ? added.get(link[2]) : ids.get(link[2]);
				if (manager == participant) {
					problems.add(line, "reports_to", "'" + link[2] + "' is the participant itself; nobody reports to themselves");
				} else if (manager instanceof Person person) {
					participant.setReportsTo(person);
				} else {
					problems.add(line, "reports_to", "no person with id '" + link[2] + "' in the engagement or the file");
				}
			}
			for (String partnerId : link[3].isEmpty() ? new String[0] : link[3].split(";")) {
				if (ids.get(partnerId.strip()) instanceof PartnerOrganization partner) {
					participant.getManages().add(partner);
				} else {
					problems.add(line, "manages", "no partner with id '" + partnerId.strip() + "' in the engagement");
				}
			}
		}
		for (String[] link : links) {
			PartnerManager participant = added.get(link[1]);
			if (participant != null && ReportingLines.inCycle(participant)) {
				problems.add(Integer.parseInt(link[0]), "reports_to", "'" + link[2] + "' closes a circle of reporting lines: "
						+ ReportingLines.describeCycle(participant));
			}
		}
		problems.throwIfAny();
		engagement.getPeople().addAll(added.values().stream().sorted(java.util.Comparator.comparing(PartnerManager::getId)).toList());
		return added.size();
	}

	private static String required(Problems problems, CsvTable.Row row, String column) {
		String value = problems.cell(row, column);
		if (value.isEmpty()) {
			problems.add(row.line(), column, "is empty");
		}
		return value;
	}

	private static String blankToNull(String value) {
		return value.isEmpty() ? null : value;
	}
}
