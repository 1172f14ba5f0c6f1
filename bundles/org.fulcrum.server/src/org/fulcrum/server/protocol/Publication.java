package org.fulcrum.server.protocol;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a consultant publishes: the questionnaires of an engagement's open rounds and one entry
 * per open invitation. Only what raters need travels: the participant's display name, the
 * relationship and the SHA-256 of the link's token (the token itself never leaves the
 * consultant's machine except in the rater's e-mail).
 */
public record Publication(String engagement, String name, int threshold, Map<String, FormDocument> forms, List<Invitation> invitations) {

	/** @param tokenHash SHA-256 of the link's token in lower-case hex; @param form the key of its questionnaire in {@code forms} */
	public record Invitation(String tokenHash, String form, String participant, String relationship) {
	}

	public Publication {
		forms = Map.copyOf(forms);
		invitations = List.copyOf(invitations);
	}

	public String toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("engagement", engagement);
		json.put("name", name);
		json.put("threshold", threshold);
		Map<String, Object> f = new LinkedHashMap<>();
		forms.forEach((ref, form) -> f.put(ref, Json.parse(form.toJson())));
		json.put("forms", f);
		List<Object> list = new ArrayList<>();
		for (Invitation i : invitations) {
			list.add(Map.of("tokenHash", i.tokenHash(), "form", i.form(), "participant", i.participant(), "relationship", i.relationship()));
		}
		json.put("invitations", list);
		return Json.write(json);
	}

	@SuppressWarnings("unchecked")
	public static Publication fromJson(String text) {
		Map<String, Object> json = Json.object(text);
		try {
			Map<String, FormDocument> forms = new LinkedHashMap<>();
			((Map<String, Object>) json.get("forms")).forEach((ref, form) -> forms.put(ref, FormDocument.fromJson(Json.write(form))));
			List<Invitation> invitations = new ArrayList<>();
			for (Object o : (List<Object>) json.get("invitations")) {
				Map<String, Object> i = (Map<String, Object>) o;
				Invitation invitation = new Invitation((String) i.get("tokenHash"), (String) i.get("form"), (String) i.get("participant"),
						(String) i.get("relationship"));
				if (invitation.tokenHash() == null || !invitation.tokenHash().matches("[0-9a-f]{64}") || !forms.containsKey(invitation.form())
						|| invitation.participant() == null || invitation.relationship() == null) {
					throw new IllegalArgumentException("invitation " + (invitations.size() + 1)
							+ " needs a 64-digit hex tokenHash, one of the forms, a participant and a relationship");
				}
				invitations.add(invitation);
			}
			String engagement = (String) json.get("engagement");
			String name = (String) json.get("name");
			if (engagement == null || engagement.isBlank() || name == null) {
				throw new IllegalArgumentException("a publication needs an engagement id and name");
			}
			return new Publication(engagement, name, ((BigDecimal) json.get("threshold")).intValueExact(), forms, invitations);
		} catch (ClassCastException | NullPointerException | ArithmeticException e) {
			throw new IllegalArgumentException("a publication is missing a field or has one of the wrong type", e);
		}
	}
}
