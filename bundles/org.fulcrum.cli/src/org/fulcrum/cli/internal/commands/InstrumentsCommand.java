package org.fulcrum.cli.internal.commands;

import java.util.Set;

import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.query.Instruments;

/** {@code ./fulcrum instruments}: the instruments that plugins contribute to this Fulcrum. */
public final class InstrumentsCommand implements Command {

	@Override
	public String name() {
		return "instruments";
	}

	@Override
	public String synopsis() {
		return "";
	}

	@Override
	public String summary() {
		return "list the installed assessment instruments";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of()).atMost(0);
		InstrumentCatalog catalog = InstrumentCatalog.installed();
		for (InstalledInstrument installed : catalog.all()) {
			Instrument definition = installed.definition();
			long dimensions = countDimensions(definition);
			int items = Instruments.items(definition).size();
			console.out().printf("%-20s %s %s (%d dimensions, %d items, %d-%d scale) from %s%n", installed.id(),
					installed.name(), installed.version(), dimensions, items, definition.getScale().getMinimum(),
					definition.getScale().getMaximum(), installed.contributor());
		}
		for (String problem : catalog.problems()) {
			console.err().println("fulcrum: warning: " + problem);
		}
		return ExitCode.OK;
	}

	private static long countDimensions(Instrument definition) {
		long[] count = { 0 };
		definition.eAllContents().forEachRemaining(o -> count[0] += o instanceof Dimension ? 1 : 0);
		return count[0];
	}
}
