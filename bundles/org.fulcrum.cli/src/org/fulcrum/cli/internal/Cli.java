package org.fulcrum.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.cli.internal.commands.CheckCommand;
import org.fulcrum.cli.internal.commands.PushCommand;
import org.fulcrum.cli.internal.commands.CheckoutCommand;
import org.fulcrum.cli.internal.commands.EngagementsCommand;
import org.fulcrum.cli.internal.commands.HistoryCommand;
import org.fulcrum.cli.internal.commands.CompareCommand;
import org.fulcrum.cli.internal.commands.RestoreCommand;
import org.fulcrum.cli.internal.commands.CoachingReportCommand;
import org.fulcrum.cli.internal.commands.CreateCommand;
import org.fulcrum.cli.internal.commands.DemoCommand;
import org.fulcrum.cli.internal.commands.ExportFormsCommand;
import org.fulcrum.cli.internal.commands.PolicyCommand;
import org.fulcrum.cli.internal.commands.ReportCommand;
import org.fulcrum.cli.internal.commands.StatusCommand;
import org.fulcrum.cli.internal.commands.ImportCommand;
import org.fulcrum.cli.internal.commands.InstrumentsCommand;
import org.fulcrum.cli.internal.commands.IssuesCommand;
import org.fulcrum.cli.internal.commands.NewInstrumentCommand;
import org.fulcrum.cli.internal.commands.PluginsCommand;
import org.fulcrum.cli.internal.commands.PlanCommand;
import org.fulcrum.cli.internal.commands.ProgramCommand;
import org.fulcrum.cli.internal.commands.SessionsCommand;
import org.fulcrum.cli.internal.commands.ScoreCommand;
import org.fulcrum.cli.internal.commands.ServeCommand;
import org.fulcrum.cli.internal.commands.ServerBackupCommand;
import org.fulcrum.cli.internal.commands.ServerCommand;
import org.fulcrum.cli.internal.commands.ServerKeyCommand;
import org.fulcrum.cli.internal.commands.PublishCommand;
import org.fulcrum.cli.internal.commands.PullCommand;
import org.fulcrum.cli.internal.commands.RemindCommand;
import org.fulcrum.cli.internal.commands.ValidateCommand;
import org.fulcrum.cli.internal.commands.WithdrawCommand;
import org.fulcrum.core.store.StoreException;

/**
 * Parses {@code ./fulcrum [--debug] COMMAND ...}, runs the command and turns every failure into
 * an exit code and a one-line reason on stderr; stack traces only with {@code --debug}.
 */
public final class Cli {

	/** Freed when a command fails, so that even after an OutOfMemoryError there is room to say so. */
	private static byte[] reserve = new byte[1 << 20];

	private final Console console;
	private final Map<String, Command> commands = new LinkedHashMap<>();

	public Cli(Console console) {
		this.console = console;
		register(new DemoCommand());
		register(new CreateCommand());
		register(new ValidateCommand());
		register(new InstrumentsCommand());
		register(new ScoreCommand());
		register(new ReportCommand());
		register(new CoachingReportCommand());
		register(ImportCommand.participants());
		register(ImportCommand.raters());
		register(ImportCommand.responses());
		register(new ExportFormsCommand());
		register(new CheckCommand());
		register(new StatusCommand());
		register(new PolicyCommand());
		register(new PlanCommand());
		register(new ProgramCommand());
		register(new SessionsCommand());
		register(new IssuesCommand());
		register(new NewInstrumentCommand());
		register(new PluginsCommand());
		register(new ServeCommand());
		register(new ServerCommand());
		register(new ServerKeyCommand());
		register(new PublishCommand());
		register(new PullCommand());
		register(new RemindCommand());
		register(new WithdrawCommand());
		register(new ServerBackupCommand());
		register(new PushCommand());
		register(new CheckoutCommand());
		register(new EngagementsCommand());
		register(new HistoryCommand());
		register(new CompareCommand());
		register(new RestoreCommand());
	}

	/** Fulcrum's commands and {@code more} (tests add commands that fail in ways no real one can on demand). */
	public Cli(Console console, Command... more) {
		this(console);
		for (Command command : more) {
			register(command);
		}
	}

	/** The names of the commands, in the order of the help. */
	public java.util.Set<String> commandNames() {
		return java.util.Collections.unmodifiableSet(commands.keySet());
	}

	private void register(Command command) {
		commands.put(command.name(), command);
	}

	public int run(String... arguments) {
		List<String> words = new ArrayList<>(Arrays.asList(arguments));
		boolean debug = words.remove("--debug");
		try {
			return dispatch(words);
		} catch (UsageException e) {
			console.err().println("fulcrum: " + e.getMessage());
			return ExitCode.USAGE;
		} catch (StoreException | org.fulcrum.server.client.ServerException | org.fulcrum.server.ConfigException e) {
			console.err().println("fulcrum: " + e.getMessage());
			trace(debug, e);
			return ExitCode.DATA;
		} catch (Throwable e) {
			return failed(e, debug);
		}
	}

	/**
	 * Anything else, {@link Error}s included, ends in one line and a non-zero exit: a script must
	 * never take a failure for success. Running out of memory (here or in a worker thread whose
	 * failure arrives wrapped) is named as such, as it is the input's size, not a defect.
	 */
	private int failed(Throwable e, boolean debug) {
		reserve = null;
		OutOfMemoryError memory = causeOf(e, OutOfMemoryError.class);
		if (memory != null) {
			console.err().println("fulcrum: out of memory (" + memory.getMessage() + "); the input is too large for the "
					+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap and the command stopped"
					+ " (to raise the heap see docs/cli.md, exit code 4)");
			trace(debug, e);
			return ExitCode.RESOURCES;
		}
		StoreException store = causeOf(e, StoreException.class);
		if (store != null) {
			console.err().println("fulcrum: " + store.getMessage());
			trace(debug, e);
			return ExitCode.DATA;
		}
		console.err().println("fulcrum: internal error: " + oneLine(e.toString()) + (debug ? "" : " (run with --debug for details)"));
		trace(debug, e);
		return ExitCode.INTERNAL;
	}

	private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\R", " ");
	}

	private int dispatch(List<String> words) throws Exception {
		if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("-h") || words.get(0).equals("help")) {
			console.out().print(Help.text(commands.values()));
			return ExitCode.OK;
		}
		if (words.get(0).equals("--version")) {
			console.out().println(Help.version());
			return ExitCode.OK;
		}
		Command command = commands.get(words.get(0));
		if (command == null) {
			throw new UsageException("unknown command '" + words.get(0) + "'; commands: " + String.join(", ", commands.keySet())
					+ " (see ./fulcrum --help)");
		}
		List<String> rest = words.subList(1, words.size());
		if (rest.contains("--help")) {
			console.out().println("usage: ./fulcrum " + command.name() + " " + command.synopsis());
			console.out().println("  " + command.summary());
			return ExitCode.OK;
		}
		return command.run(new Arguments(command.name(), rest), console);
	}

	private void trace(boolean debug, Throwable e) {
		if (debug) {
			try {
				e.printStackTrace(console.err());
			} catch (Throwable ignored) {
				// the one line is out already
			}
		}
	}
}
