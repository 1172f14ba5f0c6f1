package org.fulcrum.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.bench.SyntheticEngagement;
import org.fulcrum.core.internal.store.EngagementResource;
import org.fulcrum.core.internal.store.StoreEngine;
import org.fulcrum.core.internal.store.SystemFileOps;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.Person;
import org.fulcrum.model.ReportRelease;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every id and every text of an engagement goes through the XMI, without the load cache, and
 * reads back equal, for a generated corpus of hostile strings: spaces and tabs, XML specials,
 * URI syntax, percent signs, right-to-left text, combining marks, emoji, 1,000 characters.
 */
class HostileIdsRoundTripTest {

	private static final String[] PIECES = { " ", "\t", "\n", "\r\n", "&", "<", ">", "\"", "'", "#", "/", "//", "%", "%20", "%zz", "?",
			"&amp;", "]]>", "<!--", "@", ":", ";", ",", "=", "\\", "|", "{", "}", "[", "]", "*", "+", "~", ".", "..", "-",
			"pm x", "mid year", "Zoë", "Łódź", "Ελλάδα", "Москва", "שלום", "مرحبا", "٤", "\u202Eevil\u202C", "\u200F", "\u200B",
			"e\u0301", "a\u0308\u0323", "中文", "日本語", "한국어", "👍", "👨‍👩‍👧", "\uD835\uDC00", "\u00A0", "\u2028", "\uFEFF",
			"xmi:id", "href", "#//@people.0" };

	@TempDir
	Path folder;

	@Test
	void everyIdAndNameReadsBackEqualFromTheXmiAlone() throws Exception {
		SplittableRandom random = new SplittableRandom(20261207L);
		StoreEngine xmiOnly = new StoreEngine(SystemFileOps.INSTANCE, false);
		for (int round = 0; round < 12; round++) {
			Engagement engagement = hostile(random, round);
			Path file = folder.resolve("hostile-" + round + ".fulcrum");
			xmiOnly.create(file, engagement).close();
			Engagement back = xmiOnly.read(file);
			assertTrue(EcoreUtil.equals(engagement, back), "round " + round + ": the engagement read back differs");
			List<String> written = strings(engagement);
			List<String> read = strings(back);
			assertEquals(written, read, "round " + round);
			PartnerManager participant = (PartnerManager) back.getAssessments().get(0).getSubject();
			assertNotNull(participant.getReportsTo(), "a reports-to reference with a hostile id resolves");
			assertEquals(2, participant.getManages().size(), "a many-valued reference to hostile ids resolves");
			assertEquals(back.getAssessments().get(0), back.getReleases().get(0).getAssessment());
			assertEquals(3, back.getReleases().get(0).getSubmissions().size());
		}
	}

	@Test
	void theCacheGivesWhatTheXmiGives() throws Exception {
		Engagement engagement = hostile(new SplittableRandom(7), 3);
		Path file = folder.resolve("cached.fulcrum");
		new StoreEngine(SystemFileOps.INSTANCE, true).create(file, engagement).close();
		Engagement fromXmi = new StoreEngine(SystemFileOps.INSTANCE, false).read(file);
		Engagement fromCache = new StoreEngine(SystemFileOps.INSTANCE, true).read(file);
		assertTrue(EcoreUtil.equals(fromXmi, fromCache));
		assertTrue(EcoreUtil.equals(engagement, fromXmi));
	}

	@Test
	void encodingIsReversibleAndOnlyPlainCharacters() {
		SplittableRandom random = new SplittableRandom(11);
		for (int i = 0; i < 2000; i++) {
			String id = text(random, 1 + random.nextInt(60));
			String encoded = EngagementResource.encode(id);
			assertTrue(encoded.matches("[A-Za-z0-9._~%-]*"), encoded);
			assertEquals(id, EngagementResource.decode(encoded));
		}
	}

	/** A small engagement whose every string attribute, ids included, is hostile; ids stay unique by a suffix. */
	static Engagement hostile(SplittableRandom random, int round) {
		Engagement engagement = SyntheticEngagement.create(3, 5, 8, round);
		PartnerOrganization[] partners = new PartnerOrganization[2];
		for (int i = 0; i < partners.length; i++) {
			partners[i] = FulcrumFactory.eINSTANCE.createPartnerOrganization();
			partners[i].setId("partner-" + i);
			partners[i].setName("Partner " + i);
			engagement.getPartners().add(partners[i]);
		}
		PartnerManager participant = (PartnerManager) engagement.getAssessments().get(0).getSubject();
		participant.getManages().add(partners[0]);
		participant.getManages().add(partners[1]);
		participant.setReportsTo((Person) engagement.getPeople().get(engagement.getPeople().size() - 1));
		Assessment assessment = engagement.getAssessments().get(0);
		ReportRelease release = FulcrumFactory.eINSTANCE.createReportRelease();
		release.setAssessment(assessment);
		release.getSubmissions().addAll(assessment.getInvitations().subList(0, 3));
		engagement.getReleases().add(release);
		int unique = 0;
		for (TreeIterator<EObject> all = EcoreUtil.getAllContents(List.of(engagement)); all.hasNext();) {
			EObject next = all.next();
			for (EAttribute attribute : next.eClass().getEAllAttributes()) {
				if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING || !attribute.isChangeable() || attribute.isMany()) {
					continue;
				}
				int length = random.nextInt(8) == 0 ? 1000 : 1 + random.nextInt(40);
				String value = text(random, length);
				next.eSet(attribute, attribute.isID() ? value + " " + unique++ : value);
			}
		}
		return engagement;
	}

	/** Exactly {@code length} characters (UTF-16 units, a surrogate pair never split) of pieces and random code points. */
	static String text(SplittableRandom random, int length) {
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			String piece = random.nextInt(3) == 0 ? Character.toString(codePoint(random)) : PIECES[random.nextInt(PIECES.length)];
			text.append(piece);
		}
		text.setLength(length);
		if (Character.isHighSurrogate(text.charAt(length - 1))) {
			text.setCharAt(length - 1, 'x');
		}
		return text.toString();
	}

	/** A code point allowed in XML 1.0 text: no controls other than tab, LF, CR, no surrogates, no U+FFFE/FFFF. */
	private static int codePoint(SplittableRandom random) {
		while (true) {
			int c = random.nextInt(3) == 0 ? 0x20 + random.nextInt(0x60) : random.nextInt(0x10FFFF);
			boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
			if (!control && (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF && Character.isDefined(c)) {
				return c;
			}
		}
	}

	private static List<String> strings(Engagement engagement) {
		List<String> values = new ArrayList<>();
		for (TreeIterator<EObject> all = EcoreUtil.getAllContents(List.of(engagement)); all.hasNext();) {
			EObject next = all.next();
			for (EAttribute attribute : next.eClass().getEAllAttributes()) {
				if (attribute.getEAttributeType() == EcorePackage.Literals.ESTRING && !attribute.isMany()) {
					values.add(String.valueOf(next.eGet(attribute)));
				}
			}
		}
		return values;
	}
}
