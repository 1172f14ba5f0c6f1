package org.fulcrum.plugins;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.core.runtime.IStatus;

/** p2's status trees as one line for the user: the messages of its problems, without repeats. */
final class Problems {

	private Problems() {
	}

	static String describe(IStatus status) {
		LinkedHashSet<String> messages = new LinkedHashSet<>();
		collect(status, messages);
		List<String> lines = new ArrayList<>(messages);
		return lines.isEmpty() ? status.getMessage() : String.join("; ", lines);
	}

	private static void collect(IStatus status, LinkedHashSet<String> messages) {
		if (status.isOK()) {
			return;
		}
		if (status.getChildren().length == 0) {
			String message = status.getMessage().replaceAll("\\s+", " ").strip();
			if (status.getException() != null && status.getException().getMessage() != null) {
				message += " (" + status.getException().getMessage().replaceAll("\\s+", " ").strip() + ")";
			}
			messages.add(message);
		}
		for (IStatus child : status.getChildren()) {
			collect(child, messages);
		}
	}
}
