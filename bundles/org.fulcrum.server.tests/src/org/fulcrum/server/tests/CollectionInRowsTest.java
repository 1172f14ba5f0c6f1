package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.repository.EngagementEncoding;
import org.fulcrum.server.client.Publisher;
import org.fulcrum.server.client.RepositoryClient;
import org.fulcrum.server.client.ServerLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Collection stays in rows": a rater submits on the portal, {@code pull} takes the sheet into an
 * engagement that lives in the repository, and the next {@code push} makes it part of the new
 * version, which {@code compare} counts (never shows) per participant.
 */
class CollectionInRowsTest {

	@TempDir
	Path folder;

	@Test
	void aPulledSheetBecomesPartOfTheNextVersion() throws Exception {
		try (DemoServer server = new DemoServer(folder)) {
			String base = server.demo.server().publicUrl().toString();
			String eng = server.engagement.toString();
			DemoServer.Run first = DemoServer.cli("push", eng, "--name", "collected", "--message", "before the sheet");
			assertEquals(0, first.code(), first.err());

			Publisher.Link link = server.demo.published().links().get(0);
			Rater rater = new Rater(server.demo.server().publicUrl());
			String page = rater.open(link.url()).body();
			List<String> items = Rater.items(page);
			Map<String, String> form = new LinkedHashMap<>(Rater.hidden(page));
			for (int i = 0; i < items.size(); i++) {
				form.put("a:" + items.get(i), Integer.toString(1 + i % 5));
			}
			form.put("action", "review");
			String review = rater.get(rater.post("/q", form).headers().firstValue("Location").orElseThrow()).body();
			Map<String, String> submit = new LinkedHashMap<>(Rater.hidden(review));
			submit.put("action", "submit");
			assertEquals(303, rater.post("/q", submit).statusCode());

			DemoServer.Run pull = DemoServer.cli("pull", eng);
			assertEquals(0, pull.code(), pull.err());
			assertTrue(pull.out().startsWith("pull: 1 new sheet(s)"), pull.out());
			DemoServer.Run push = DemoServer.cli("push", eng, "--message", "with the sheet");
			assertEquals(0, push.code(), push.err());
			assertTrue(push.out().contains("version 2 of 'collected'"), push.out());

			String participant = ((Assessment) link.invitation().eContainer()).getSubject().getId();
			DemoServer.Run compare = DemoServer.cli("compare", eng, "1", "2");
			assertEquals(0, compare.code(), compare.err());
			assertTrue(compare.out().contains(participant + ": ") && compare.out().contains("(+" + items.size() + ")"), compare.out());

			String key = ServerLink.key(URI.create(base), ServerLink.environment()).orElseThrow();
			Engagement two = EngagementEncoding.decode(new RepositoryClient(URI.create(base), key).version("collected", 2).content(), Path.of("two.fulcrum"));
			assertEquals(items.size(), PortalTest.invitation(two, link.invitation().getId()).getResponses().size(), "the sheet is in version 2");
		}
	}
}
