package org.fulcrum.assessment.scoring;

import java.util.Map;

/**
 * An instrument's own result for one participant: named values (in the order to show them)
 * and a sentence that says what they mean.
 *
 * @param title e.g. "Coaching stance profile"
 * @param values e.g. coach 4.1, rescuer 2.7, persecutor 2.2, victim 1.8
 * @param summary e.g. "Dominant stance: coach"
 */
public record InstrumentScore(String title, Map<String, Double> values, String summary) {

	public InstrumentScore {
		values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
	}
}
