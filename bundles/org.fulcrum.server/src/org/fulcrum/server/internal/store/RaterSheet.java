package org.fulcrum.server.internal.store;

import java.time.Instant;
import java.util.Map;

import org.fulcrum.server.protocol.FormDocument;

/**
 * What one rater's session may see: their own sheet and the questionnaire it answers, plus the
 * engagement's name and confidentiality threshold for the promise on the first page. Nothing of
 * any other rater.
 */
public record RaterSheet(long sheetId, String csrf, String engagement, int threshold, String participant, String relationship,
		Status status, String language, Map<String, String> answers, Map<String, String> comments, int version, FormDocument form,
		Instant submitted) {

	public enum Status {
		OPEN, SUBMITTED, WITHDRAWN;

		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		public static Status of(String word) {
			return valueOf(word.toUpperCase(java.util.Locale.ROOT));
		}
	}

	public boolean editable() {
		return status == Status.OPEN;
	}
}
