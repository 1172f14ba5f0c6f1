package org.fulcrum.cli.internal;

import java.util.Collection;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The text of {@code ./fulcrum --help} and {@code --version}. */
final class Help {

	/** Usage lines longer than this are not padded to: they go on lines of their own. */
	private static final int LONGEST_HEAD = 70;

	private Help() {
	}

	static String text(Collection<Command> commands) {
		StringBuilder text = new StringBuilder();
		text.append("Fulcrum: 360-degree assessment and coaching for partner managers\n\n");
		text.append("usage: ./fulcrum [--debug] COMMAND [ARGUMENTS]\n\ncommands:\n");
		int width = commands.stream().mapToInt(c -> c.name().length() + 1 + c.synopsis().length()).filter(w -> w <= LONGEST_HEAD)
				.max().orElse(0);
		for (Command command : commands) {
			String head = command.name() + " " + command.synopsis();
			if (head.length() > width) { // commands with subcommands: usage on its own lines, so the others stay aligned
				text.append("  ").append(head.replace(" | ", "\n      | ")).append("\n").append(" ".repeat(width + 4));
			} else {
				text.append("  ").append(head).append(" ".repeat(width - head.length() + 2));
			}
			text.append(command.summary()).append('\n');
		}
		text.append("\noptions:\n");
		text.append("  --help       this text; COMMAND --help for one command\n");
		text.append("  --version    the Fulcrum version\n");
		text.append("  --debug      stack traces with errors\n");
		text.append("\nexit codes: 0 ok, 1 the data has errors, 2 wrong command line, 3 a file cannot be read or written,\n");
		text.append("            4 out of memory (the input is too large for the heap), 70 internal error\n");
		return text.toString();
	}

	static String version() {
		Bundle bundle = FrameworkUtil.getBundle(Help.class);
		String version = bundle == null ? "development" : bundle.getVersion().toString();
		return "Fulcrum " + version + " (Java " + Runtime.version() + ")";
	}
}
