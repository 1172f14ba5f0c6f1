package org.fulcrum.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.provider.FulcrumItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

/** The edit bundle gives the UI labels and property sheets for model objects. */
class ItemProvidersTest {

	private final ComposedAdapterFactory adapters = new ComposedAdapterFactory(
			List.of(new FulcrumItemProviderAdapterFactory()));

	@Test
	void aParticipantIsLabelledByName() {
		PartnerManager participant = FulcrumFactory.eINSTANCE.createPartnerManager();
		participant.setName("Ágnes Szőke");
		IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(participant, IItemLabelProvider.class);
		assertTrue(labels.getText(participant).contains("Ágnes Szőke"), labels.getText(participant));
	}

	@Test
	void aParticipantHasEditablePropertiesForItsFeatures() {
		PartnerManager participant = FulcrumFactory.eINSTANCE.createPartnerManager();
		IItemPropertySource properties = (IItemPropertySource) adapters.adapt(participant, IItemPropertySource.class);
		List<String> ids = properties.getPropertyDescriptors(participant).stream()
				.map(d -> d.getId(participant)).toList();
		assertTrue(ids.containsAll(List.of("id", "name", "email", "reportsTo", "manages")), ids.toString());
		IItemPropertyDescriptor name = properties.getPropertyDescriptor(participant, "name");
		name.setPropertyValue(participant, "Zoë Martin");
		assertEquals("Zoë Martin", participant.getName());
	}
}
