package org.fulcrum.server.tests;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.server.client.ServerClient;
import org.fulcrum.server.protocol.FormDocument;
import org.fulcrum.server.protocol.Publication;

/** A synthetic engagement published straight through the API: {@code count} invitations on a small questionnaire. */
final class Sheets {

	static final List<String> ITEMS = List.of("A.1", "A.2", "A.3", "B.1", "B.2");

	/** The tokens of the published invitations. */
	static List<String> publish(URI server, String key, String engagement, int count) throws Exception {
		FormDocument form = form();
		List<String> tokens = new ArrayList<>();
		List<Publication.Invitation> invitations = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String token = org.fulcrum.server.protocol.Secrets.fresh();
			tokens.add(token);
			invitations.add(new Publication.Invitation(org.fulcrum.server.protocol.Secrets.hash(token), "test", "Participant " + (i % 50),
					i % 3 == 0 ? "peer" : "directReport"));
		}
		new ServerClient(server, key).publish(new Publication(engagement, "Engagement " + engagement, 3, Map.of("test", form), invitations));
		return tokens;
	}

	/** The small questionnaire: two dimensions, five items. */
	static FormDocument form() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("name", "Test questionnaire");
		texts.put("dimension.A", "Alpha");
		texts.put("dimension.B", "Beta");
		ITEMS.forEach(i -> texts.put("item." + i, "Behaviour " + i));
		return new FormDocument("test", 1, 5, true, "en",
				List.of(new FormDocument.Section("A", ITEMS.subList(0, 3)), new FormDocument.Section("B", ITEMS.subList(3, 5))),
				Map.of("en", texts));
	}

	/** Opens the link and saves and submits answers; true once the server acknowledged the submission. */
	static boolean submit(URI server, String token, int seed) throws Exception {
		Rater rater = new Rater(server);
		var page = rater.open(server.resolve("/r/" + token));
		if (page.statusCode() != 200) {
			return false;
		}
		Map<String, String> form = new LinkedHashMap<>(Rater.hidden(page.body()));
		for (int i = 0; i < ITEMS.size(); i++) {
			form.put("a:" + ITEMS.get(i), Integer.toString(1 + (seed + i) % 5));
		}
		form.put("action", "review");
		if (rater.post("/q", form).statusCode() != 303) {
			return false;
		}
		Map<String, String> submit = new LinkedHashMap<>(Rater.hidden(rater.get("/q?review=1").body()));
		submit.put("action", "submit");
		var done = rater.post("/q", submit);
		return done.statusCode() == 303 && rater.get("/q").body().contains("can no longer be changed");
	}

	private Sheets() {
	}
}
