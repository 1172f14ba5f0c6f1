package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;

import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.InstrumentScore;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.ProblemReport;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.cli.internal.scores.ScoresCsv;
import org.fulcrum.cli.internal.scores.ScoresJson;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Engagement;

/** {@code ./fulcrum score ENG [--format json|csv] [--participant ID]}: the published figures of an engagement. */
public final class ScoreCommand implements Command {

	@Override
	public String name() {
		return "score";
	}

	@Override
	public String synopsis() {
		return "ENG [--format json|csv] [--participant ID]";
	}

	@Override
	public String summary() {
		return "print the 360° results, by rater group, as the confidentiality policy allows";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("format", "participant")).atMost(1);
		Path file = Path.of(arguments.operand(0, "the engagement file ENG"));
		String format = arguments.option("format", "json");
		if (!format.equals("json") && !format.equals("csv")) {
			throw new UsageException("score: --format is json or csv, not '" + format + "'");
		}
		// the scoring code warms up on the second core while this one reads and checks the file
		ScoringEngine.warmUp();
		Engagement engagement = new EngagementStore().read(file);
		if (!ProblemReport.publishable(name(), file, engagement, console.err())) {
			return ExitCode.FINDINGS;
		}
		EngagementResult result = new ScoringEngine(ScoringSettings.DEFAULT).score(engagement);
		List<ParticipantResult> participants = select(result, arguments.option("participant", null), file);
		InstrumentCatalog catalog = InstrumentCatalog.installed();
		Function<ParticipantResult, Optional<InstrumentScore>> ownScore = p -> catalog.find(p.assessment().getInstrument().getId())
				.flatMap(InstalledInstrument::scorer).map(scorer -> scorer.score(p));
		console.out().println(format.equals("json") ? ScoresJson.of(engagement, result, participants, ownScore)
				: ScoresCsv.of(participants).stripTrailing());
		return ExitCode.OK;
	}

	private static List<ParticipantResult> select(EngagementResult result, String participant, Path file) throws UsageException {
		if (participant == null) {
			return result.participants();
		}
		List<ParticipantResult> selected = result.participants().stream()
				.filter(p -> participant.equals(p.assessment().getSubject().getId()) || participant.equals(p.assessment().getId()))
				.toList();
		if (selected.isEmpty()) {
			throw new UsageException("score: " + file.getFileName() + " has no participant or assessment '" + participant + "'");
		}
		return selected;
	}
}
