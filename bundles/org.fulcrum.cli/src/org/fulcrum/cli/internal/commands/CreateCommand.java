package org.fulcrum.cli.internal.commands;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.cli.internal.UsageException;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EngagementStatus;
import org.fulcrum.model.FulcrumFactory;

/**
 * {@code ./fulcrum create ENG --instrument ID [--name NAME] [--client CLIENT]}: a new, empty
 * engagement with a copy of an installed instrument, ready for participants and raters.
 */
public final class CreateCommand implements Command {

	@Override
	public String name() {
		return "create";
	}

	@Override
	public String synopsis() {
		return "ENG --instrument ID [--name NAME] [--client CLIENT]";
	}

	@Override
	public String summary() {
		return "create an empty engagement that uses an installed instrument (see: instruments)";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of("instrument", "name", "client")).atMost(1);
		Path file = Path.of(arguments.operand(0, "the engagement file ENG"));
		String instrumentId = arguments.option("instrument", "");
		InstrumentCatalog catalog = InstrumentCatalog.installed();
		InstalledInstrument instrument = catalog.find(instrumentId).orElseThrow(() -> new UsageException("create: "
				+ (instrumentId.isEmpty() ? "--instrument is required" : "no instrument '" + instrumentId + "' is installed")
				+ "; installed: " + catalog.all().stream().map(InstalledInstrument::id).collect(Collectors.joining(", "))));
		FulcrumFactory model = FulcrumFactory.eINSTANCE;
		Engagement engagement = model.createEngagement();
		String base = file.getFileName().toString().replaceFirst("\\.fulcrum$", "");
		engagement.setId(base);
		engagement.setName(arguments.option("name", base));
		engagement.setClient(arguments.option("client", null));
		engagement.setStartDate(LocalDate.now());
		engagement.setStatus(EngagementStatus.PLANNED);
		engagement.setConfidentiality(model.createConfidentialityPolicy());
		engagement.getInstruments().add(instrument.definition());
		new EngagementStore().create(file, engagement).close();
		console.out().println("created " + file + " with " + instrument.name() + " " + instrument.version());
		return ExitCode.OK;
	}
}
