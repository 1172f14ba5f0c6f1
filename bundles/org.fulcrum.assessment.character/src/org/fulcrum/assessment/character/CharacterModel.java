package org.fulcrum.assessment.character;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Instrument;

/**
 * The built-in Partner Manager Character Model: Integrity as the base, Respect and
 * Responsibility as pillars of four traits each, 34 behaviour items on a 1–5 frequency scale.
 * The definition is the model file {@code instrument/character-model.xmi} in this bundle.
 */
public final class CharacterModel {

	/** The instrument's id, as engagements refer to it. */
	public static final String ID = "character-model";

	static final String DEFINITION = "/instrument/character-model.xmi";

	private CharacterModel() {
	}

	/** A new copy of the instrument, not contained anywhere, ready to add to an engagement. */
	public static Instrument load() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(FulcrumPackage.eNS_URI, FulcrumPackage.eINSTANCE);
		Resource resource = new XMIResourceImpl(URI.createURI("bundle:" + DEFINITION));
		resources.getResources().add(resource);
		try (InputStream in = CharacterModel.class.getResourceAsStream(DEFINITION)) {
			if (in == null) {
				throw new IllegalStateException("the Character Model definition " + DEFINITION + " is missing from its bundle");
			}
			resource.load(in, Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException("the Character Model definition " + DEFINITION + " cannot be read", e);
		}
		return EcoreUtil.copy((Instrument) resource.getContents().get(0));
	}
}
