package org.fulcrum.ui.internal.session;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.fulcrum.model.provider.FulcrumItemProviderAdapterFactory;

/** The item providers the workbench shows model objects with: Fulcrum's generated ones, reflective ones for anything else. */
public final class ItemProviders {

	private ItemProviders() {
	}

	public static ComposedAdapterFactory newFactory() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new FulcrumItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}
}
