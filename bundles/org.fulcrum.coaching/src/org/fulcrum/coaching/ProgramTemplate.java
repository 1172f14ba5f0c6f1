package org.fulcrum.coaching;

import java.util.List;
import java.util.OptionalInt;

import org.fulcrum.model.SessionFormat;

/**
 * A coaching program as a plugin contributes it (extension point {@code org.fulcrum.coaching.programs}):
 * its sessions in order and the spacing used when the consultant does not choose one.
 *
 * @param contributor the symbolic name of the contributing plugin
 */
public record ProgramTemplate(String id, String name, String description, int intervalDays, List<Step> steps,
		String contributor) {

	public ProgramTemplate {
		steps = List.copyOf(steps);
	}

	/**
	 * One session of the template; {@code daysAfter} is its own distance from the session before,
	 * where it does not follow the consultant's spacing.
	 */
	public record Step(SessionFormat format, String topic, int minutes, OptionalInt daysAfter) {
	}
}
