package org.fulcrum.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words after a command's name: {@code --name value} options and positional operands.
 * Each command declares which options it takes, so a misspelt option is an error, not ignored.
 */
public final class Arguments {

	private final String command;
	private final List<String> operands = new ArrayList<>();
	private final Map<String, String> options = new HashMap<>();

	public Arguments(String command, List<String> words) {
		this.command = command;
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (word.startsWith("--") && word.length() > 2) {
				int equals = word.indexOf('=');
				if (equals > 0) {
					options.put(word.substring(2, equals), word.substring(equals + 1));
				} else if (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
					options.put(word.substring(2), words.get(++i));
				} else {
					options.put(word.substring(2), "");
				}
			} else {
				operands.add(word);
			}
		}
	}

	/** The command's name, for messages. */
	public String command() {
		return command;
	}

	/** Fails unless every option given is one of {@code allowed}. */
	public Arguments allowOnly(Set<String> allowed) throws UsageException {
		for (String option : options.keySet()) {
			if (!allowed.contains(option)) {
				throw new UsageException(command + ": unknown option --" + option + " (see ./fulcrum --help)");
			}
		}
		return this;
	}

	/** The operand at {@code index}, or a usage error naming {@code what} is missing. */
	public String operand(int index, String what) throws UsageException {
		if (index >= operands.size()) {
			throw new UsageException(command + ": missing " + what + " (see ./fulcrum --help)");
		}
		return operands.get(index);
	}

	public String operandOr(int index, String fallback) {
		return index < operands.size() ? operands.get(index) : fallback;
	}

	/** Fails when more than {@code count} operands were given. */
	public Arguments atMost(int count) throws UsageException {
		if (operands.size() > count) {
			throw new UsageException(command + ": unexpected argument '" + operands.get(count) + "' (see ./fulcrum --help)");
		}
		return this;
	}

	/** A whole-number option of at least {@code minimum}, or a usage error saying what was wrong. */
	public int intOption(String name, int fallback, int minimum) throws UsageException {
		String value = options.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= minimum) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(command + ": --" + name + " needs a whole number of at least " + minimum + ", not '" + value + "'");
	}

	/**
	 * Whether the flag {@code --name} (an option without a value) was given. The parser cannot tell a
	 * flag from an option, so a word it took as the flag's value is an operand after all.
	 */
	public boolean flag(String name) {
		String value = options.get(name);
		if (value == null) {
			return false;
		}
		if (!value.isEmpty()) {
			operands.add(value);
			options.put(name, "");
		}
		return true;
	}

	public String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}
}
