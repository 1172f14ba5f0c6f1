package org.fulcrum.server.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fulcrum.assessment.io.ResponseImport;
import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.core.io.ImportProblem;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.query.Instruments;
import org.fulcrum.server.protocol.Json;

/**
 * Brings submitted sheets into an engagement through {@link ResponseImport}, the importer of
 * {@code import-responses}: the same checks, all sheets or none. Sheets already in the
 * engagement are skipped, so pulling again changes nothing and nothing is ever taken twice.
 */
public final class SheetPull {

	/** How many sheets were added and how many were in the engagement already. */
	public record Result(int added, int alreadyIn) {
	}

	private SheetPull() {
	}

	/** Adds the sheets of {@code json} (the server's answer to {@code GET sheets}); problems name the sheet as line {@code n+1}. */
	@SuppressWarnings("unchecked")
	public static Result apply(Engagement engagement, String json, Path source) throws ImportException {
		Map<String, RaterInvitation> byHash = new HashMap<>();
		for (Assessment assessment : engagement.getAssessments()) {
			for (RaterInvitation invitation : assessment.getInvitations()) {
				if (invitation.getToken() != null) {
					byHash.put(Publisher.hash(invitation.getToken()), invitation);
				}
			}
		}
		List<Map<String, Object>> sheets;
		try {
			sheets = (List<Map<String, Object>>) Json.parse(json);
		} catch (IllegalArgumentException | ClassCastException e) {
			throw new ImportException(List.of(new ImportProblem(source, 1, "", "the server's answer is not a list of sheets: " + e.getMessage())));
		}
		Set<String> columns = new LinkedHashSet<>();
		columns.add("token");
		List<ImportProblem> problems = new ArrayList<>();
		List<Map<String, Object>> fresh = new ArrayList<>();
		List<RaterInvitation> invitations = new ArrayList<>();
		int alreadyIn = 0;
		Set<Object> instrumentsSeen = new java.util.HashSet<>();
		for (int i = 0; i < sheets.size(); i++) {
			Map<String, Object> sheet = sheets.get(i);
			RaterInvitation invitation = byHash.get(String.valueOf(sheet.get("tokenHash")));
			if (invitation == null) {
				problems.add(new ImportProblem(source, i + 2, "token", "sheet " + (i + 1)
						+ " belongs to no invitation of this engagement (was its token changed after publishing?)"));
				continue;
			}
			if (!Publisher.open(invitation)) {
				alreadyIn++;
				continue;
			}
			fresh.add(sheet);
			invitations.add(invitation);
			Assessment assessment = (Assessment) invitation.eContainer();
			if (!instrumentsSeen.add(assessment.getInstrument())) {
				continue; // its columns are in already
			}
			Instruments.items(assessment.getInstrument()).forEach(item -> columns.add(item.getId()));
			assessment.getInstrument().eAllContents().forEachRemaining(o -> {
				if (o instanceof Dimension d) {
					columns.add("comment:" + d.getId());
				}
			});
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
		if (fresh.isEmpty()) {
			return new Result(0, alreadyIn);
		}
		List<String> header = List.copyOf(columns);
		List<List<String>> rows = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		rows.add(header);
		lines.add(1);
		for (int i = 0; i < fresh.size(); i++) {
			Map<String, Object> answers = (Map<String, Object>) fresh.get(i).getOrDefault("answers", Map.of());
			Map<String, Object> comments = (Map<String, Object>) fresh.get(i).getOrDefault("comments", Map.of());
			List<String> row = new ArrayList<>(header.size());
			row.add(invitations.get(i).getToken());
			for (int c = 1; c < header.size(); c++) {
				String column = header.get(c);
				Object value = column.startsWith("comment:") ? comments.get(column.substring(8)) : answers.get(column);
				row.add(value == null ? "" : value.toString());
			}
			rows.add(row);
			lines.add(i + 2);
		}
		// Any answer key that is no column is an item the engagement's instrument does not have: an error, as in a file.
		for (int i = 0; i < fresh.size(); i++) {
			for (String item : ((Map<String, Object>) fresh.get(i).getOrDefault("answers", Map.of())).keySet()) {
				if (!columns.contains(item)) {
					problems.add(new ImportProblem(source, i + 2, item, "is not an item of this invitation's instrument"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
		int added = ResponseImport.apply(engagement, CsvTable.of(source, null, rows, lines));
		return new Result(added, alreadyIn);
	}
}
