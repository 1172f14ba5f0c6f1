package org.fulcrum.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.server.FulcrumServer;
import org.fulcrum.server.ServerConfig;
import org.fulcrum.server.client.ServerLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real headless Chromium: publish sends the invitations by SMTP to an in-process server, the
 * browser follows a link from an e-mail, answers, saves, comes back, reviews and submits; axe-core
 * finds no WCAG 2.2 A/AA violation on any page; pull then takes the answers into the engagement.
 * A second rater uses the keyboard only.
 */
class BrowserTest {

	@TempDir
	static Path folder;
	static FulcrumServer server;
	static SmtpReceiver smtp;
	static Path engagement;
	static List<String> links;

	@BeforeAll
	static void publishByMail() throws Exception {
		System.setProperty("fulcrum.keyFile", folder.resolve("keys.properties").toString());
		engagement = DemoServer.create(folder);
		server = FulcrumServer.start(ServerConfig.embedded(folder.resolve("server"), 0));
		ServerLink.storeKey(server.publicUrl(), server.createKey("browser test"), Map.of("FULCRUM_KEY_FILE", folder.resolve("keys.properties").toString()));
		smtp = new SmtpReceiver();
		Path mail = folder.resolve("mail.properties");
		Files.writeString(mail, "mail.host = 127.0.0.1\nmail.port = " + smtp.port() + "\nmail.starttls = false\nmail.from = consultant@example.com\n");
		DemoServer.Run publish = DemoServer.cli("publish", engagement.toString(), "--server", server.publicUrl().toString(), "--mail", mail.toString());
		assertEquals(0, publish.code(), publish.err() + publish.out());
		assertTrue(publish.out().contains("invitation(s) sent through 127.0.0.1"), publish.out());
		Pattern link = Pattern.compile(Pattern.quote(server.publicUrl().toString()) + "/r/[A-Za-z0-9_-]{43}");
		links = smtp.messages.stream().map(SmtpReceiver::decoded).map(m -> {
			Matcher matcher = link.matcher(m);
			return matcher.find() ? matcher.group() : null;
		}).toList();
		assertFalse(links.isEmpty());
		assertFalse(links.contains(null), "every e-mail carries its link");
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
		smtp.close();
	}

	@Test
	void aRaterFollowsTheEmailsLinkAnswersSavesComesBackAndSubmitsAndPullScoresIt() throws Exception {
		String link = links.get(0);
		try (WebDriver browser = WebDriver.start()) {
			browser.newBrowser();
			browser.go(link);
			assertEquals(server.publicUrl() + "/q", browser.url(), "the token left the address bar");
			assertNoViolations(browser, "questionnaire");
			List<?> items = (List<?>) browser.script("return Array.from(new Set(Array.from(document.querySelectorAll('input[type=radio]')).map(r => r.name)));");
			assertEquals(34, items.size());
			for (int i = 0; i < 10; i++) {
				browser.click("label[for='a-" + ((String) items.get(i)).substring(2) + "-" + (1 + i % 5) + "']");
			}
			browser.type("#c-INT", "Always keeps her word.");
			browser.click("button[value=save]");
			assertTrue(browser.waitFor("Saved. You can close this page"), "saved");

			browser.newBrowser(); // later, another browser: only the link from the e-mail
			browser.go(link);
			assertEquals(Boolean.TRUE, browser.script("return document.querySelector(\"input[name='" + items.get(9) + "'][value='5']\").checked;"));
			for (int i = 10; i < items.size(); i++) {
				browser.click("label[for='a-" + ((String) items.get(i)).substring(2) + "-" + (i == 33 ? "no" : Integer.toString(1 + i % 5)) + "']");
			}
			browser.click("button[value=review]");
			assertTrue(browser.waitFor("Review your answers"));
			assertNoViolations(browser, "review");
			browser.click("button[value=submit]");
			assertTrue(browser.waitFor("can no longer be changed"));
			assertNoViolations(browser, "submitted");
		}
		DemoServer.Run pull = DemoServer.cli("pull", engagement.toString());
		assertEquals(0, pull.code(), pull.err());
		assertTrue(pull.out().startsWith("pull: 1 new sheet(s)"), pull.out());
		Engagement pulled = new EngagementStore().read(engagement);
		String token = link.substring(link.lastIndexOf('/') + 1);
		RaterInvitation invitation = pulled.getAssessments().stream().flatMap(a -> a.getInvitations().stream())
				.filter(i -> token.equals(i.getToken())).findFirst().orElseThrow();
		assertEquals(InvitationStatus.COMPLETED, invitation.getStatus());
		assertEquals(34, invitation.getResponses().size());
		DemoServer.Run score = DemoServer.cli("score", engagement.toString(), "--format", "json");
		assertEquals(0, score.code(), score.err());
	}

	@Test
	void theQuestionnaireWorksWithTheKeyboardAlone() throws Exception {
		try (WebDriver browser = WebDriver.start()) {
			browser.newBrowser();
			browser.go(links.get(1));
			// the first Tab must start from the top of the questionnaire: wait for it, and give the
			// document the focus a freshly started headless window does not always have
			assertTrue(browser.waitFor("class=\"skip\""), "the questionnaire is shown");
			browser.script("window.focus(); if (document.activeElement) document.activeElement.blur(); return null;");
			browser.keys(WebDriver.TAB);
			assertEquals("skip", browser.script("return document.activeElement.className;"), "the first stop skips to the questions");
			int tabs = 0;
			while (!"radio".equals(browser.script("return document.activeElement.type;")) && tabs++ < 20) {
				browser.keys(WebDriver.TAB);
			}
			browser.keys(WebDriver.SPACE);
			assertEquals(Boolean.TRUE, browser.script("return document.activeElement.checked;"), "space chooses an answer");
			String first = (String) browser.script("return document.activeElement.name + '=' + document.activeElement.value;");
			while (!"save".equals(browser.script("return document.activeElement.value;")) && tabs++ < 400) {
				browser.keys(WebDriver.TAB);
			}
			browser.keys(WebDriver.ENTER);
			assertTrue(browser.waitFor("Saved. You can close this page"), "saved by keyboard");
			String[] answer = first.split("=");
			assertEquals(Boolean.TRUE, browser.script("return document.querySelector(\"input[name='" + answer[0] + "'][value='" + answer[1] + "']\").checked;"));
		}
	}

	/** Runs axe-core on the page: WCAG 2.0/2.1/2.2 A and AA rules, zero violations. */
	private static void assertNoViolations(WebDriver browser, String page) throws Exception {
		String axe = Files.readString(Path.of(System.getenv().getOrDefault("FULCRUM_TEST_AXE", "axe.min.js")), StandardCharsets.UTF_8);
		browser.script(axe + "\nreturn true;");
		Object violations = browser.asyncScript("const done = arguments[arguments.length - 1];"
				+ "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}})"
				+ ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
				+ ".catch(e => done(['axe failed: ' + e]));");
		assertEquals(List.of(), violations, page + " page");
	}

}
