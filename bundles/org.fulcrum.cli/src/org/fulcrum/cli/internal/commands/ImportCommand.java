package org.fulcrum.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.fulcrum.assessment.io.NominationImport;
import org.fulcrum.assessment.io.ParticipantImport;
import org.fulcrum.assessment.io.ResponseImport;
import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.core.io.ImportProblem;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.model.Engagement;

/**
 * {@code ./fulcrum import-participants|import-raters|import-responses ENG FILE}: all rows or
 * none. On any problem every one is listed and the engagement file is left exactly as it was.
 */
public final class ImportCommand implements Command {

	/** What one kind of import does to the engagement; returns how many things it added. */
	private interface Importer {
		int apply(Engagement engagement, CsvTable table, Arguments arguments) throws ImportException;
	}

	private final String name;
	private final String what;
	private final Set<String> options;
	private final Importer importer;
	/** Which sheet of a workbook to read: the first whose header this accepts. */
	private final Predicate<CsvTable> header;
	private final String expectedHeader;

	private ImportCommand(String name, String what, Set<String> options, Importer importer) {
		this(name, what, options, importer, table -> true, "a header row");
	}

	private ImportCommand(String name, String what, Set<String> options, Importer importer, Predicate<CsvTable> header,
			String expectedHeader) {
		this.name = name;
		this.what = what;
		this.options = options;
		this.importer = importer;
		this.header = header;
		this.expectedHeader = expectedHeader;
	}

	public static ImportCommand participants() {
		return new ImportCommand("import-participants", "participants", Set.of(),
				(engagement, table, arguments) -> ParticipantImport.apply(engagement, table));
	}

	public static ImportCommand raters() {
		return new ImportCommand("import-raters", "rater nominations", Set.of("round"),
				(engagement, table, arguments) -> NominationImport.apply(engagement, table, round(arguments)));
	}

	public static ImportCommand responses() {
		return new ImportCommand("import-responses", "submissions", Set.of(),
				(engagement, table, arguments) -> ResponseImport.apply(engagement, table), ResponseImport::hasExpectedHeader,
				ResponseImport.EXPECTED_HEADER);
	}

	/** The round's name: any text (it is stored escaped), but not blank and without control characters. */
	private static String round(Arguments arguments) throws ImportException {
		String round = arguments.option("round", "baseline");
		String fault = round.isBlank() ? "is blank" : CsvTable.fault(round);
		if (fault != null) {
			throw new ImportException(List.of(new ImportProblem(Path.of("--round"), 1, "round", fault)));
		}
		return round;
	}

	private CsvTable read(Path csv) throws StoreException, ImportException {
		try {
			return CsvTable.readAny(csv, header, expectedHeader);
		} catch (IOException e) {
			throw new StoreException(csv, "cannot be read: " + e.getMessage(), e);
		}
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public String synopsis() {
		return "ENG FILE.csv" + (options.contains("round") ? " [--round NAME]" : "");
	}

	@Override
	public String summary() {
		return "add " + what + " from a CSV file (docs/formats.md); all rows or none";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(options).atMost(2);
		Path engagementFile = Path.of(arguments.operand(0, "the engagement file ENG"));
		Path csv = Path.of(arguments.operand(1, "the CSV FILE to import"));
		if (!Files.isRegularFile(csv)) {
			throw new StoreException(csv, "does not exist or is not a file");
		}
		try (EngagementDocument document = new EngagementStore().open(engagementFile)) {
			int added;
			String source = csv.getFileName().toString();
			try {
				CsvTable table = read(csv);
				source += table.sheet() == null ? "" : " (sheet '" + table.sheet() + "')";
				if (table.rows().isEmpty()) {
					// A header without rows is a valid, empty import: say so, and leave the file as it is (not even rewritten).
					console.out().println(name + ": " + source + " has a header and no rows; nothing to import, "
							+ engagementFile.getFileName() + " is unchanged");
					return ExitCode.OK;
				}
				added = importer.apply(document.engagement(), table, arguments);
			} catch (ImportException e) {
				for (ImportProblem problem : e.problems()) {
					console.err().println(problem);
				}
				if (e.more() > 0) {
					console.err().println(csv.getFileName() + ": ... and " + e.more() + " more problem" + (e.more() == 1 ? "" : "s"));
				}
				console.err().println("fulcrum: " + name + ": " + e.total() + " problem" + (e.total() == 1 ? "" : "s")
						+ " in " + source + "; nothing was imported and " + engagementFile.getFileName() + " is unchanged");
				return ExitCode.FINDINGS;
			}
			document.markDirty();
			document.save();
			console.out().println(name + ": added " + added + " " + what + " from " + source + " to " + engagementFile.getFileName());
			return ExitCode.OK;
		}
	}
}
