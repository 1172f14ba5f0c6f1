package org.fulcrum.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.fulcrum.core.internal.store.StoreEngine;
import org.fulcrum.core.internal.store.SystemFileOps;
import org.fulcrum.core.internal.store.XmiCheck;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save puts XMI in place only after a streaming check that it reads back (well-formed, every
 * reference resolving): what EMF's plain XMI made of an id with a space, the defect of issue 11,
 * is caught.
 */
class SaveCheckTest {

	@TempDir
	Path folder;

	@Test
	void whatASaveWritesPassesTheCheck() throws Exception {
		Engagement engagement = HostileIdsRoundTripTest.hostile(new java.util.SplittableRandom(3), 1);
		Path file = folder.resolve("checked.fulcrum");
		new StoreEngine(SystemFileOps.INSTANCE, false).create(file, engagement).close();
		assertNull(XmiCheck.problem(Files.readAllBytes(file)));
	}

	@Test
	void plainXmiOfAnIdWithASpaceFailsTheCheck() throws Exception {
		Engagement engagement = StoreFixtures.small();
		PartnerManager participant = (PartnerManager) engagement.getAssessments().get(0).getSubject();
		participant.setId("pm x");
		XMIResourceImpl plain = new XMIResourceImpl(URI.createURI("plain.fulcrum"));
		plain.getContents().add(engagement);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		plain.save(bytes, Map.of());
		String problem = XmiCheck.problem(bytes.toByteArray());
		assertTrue(problem != null && problem.contains("reference 'pm' names no object of the document"), problem);
		String broken = new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(XmiCheck.problem(broken.substring(0, broken.length() / 2).getBytes(java.nio.charset.StandardCharsets.UTF_8))
				.contains("not well-formed"));
	}
}
