package org.fulcrum.cli.internal.scores;

import java.util.List;
import java.util.Locale;

import org.fulcrum.assessment.scoring.Figures;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.core.io.CsvCells;

/**
 * Scores as CSV, one row per published figure: participant, assessment, level (dimension or
 * item), id, group, n, mean, sd, min, max, notCounted. Withheld groups have no row.
 */
public final class ScoresCsv {

	static final String HEADER = "participant,assessment,round,level,id,group,n,mean,sd,min,max,notCounted";

	private ScoresCsv() {
	}

	public static String of(List<ParticipantResult> participants) {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (ParticipantResult result : participants) {
			String prefix = cell(result.assessment().getSubject().getId()) + "," + cell(result.assessment().getId()) + ","
					+ cell(result.assessment().getRound()) + ",";
			result.dimensions().forEach(d -> rows(csv, prefix + "dimension," + cell(d.dimension().getId()) + ",", d.figures()));
			result.items().forEach(i -> rows(csv, prefix + "item," + cell(i.item().getId()) + ",", i.figures()));
		}
		return csv.toString();
	}

	private static void rows(StringBuilder csv, String prefix, Figures figures) {
		figures.shown().forEach((group, f) -> csv.append(prefix).append(GroupNames.of(group)).append(',')
				.append(String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f,%.4f,%d\n", f.n(), f.mean(), f.sd(), f.min(), f.max(),
						f.notObserved())));
	}

	/** RFC 4180, and neutralised where a spreadsheet would run the cell (docs/formats.md). */
	public static String cell(String value) {
		return CsvCells.cell(value);
	}
}
