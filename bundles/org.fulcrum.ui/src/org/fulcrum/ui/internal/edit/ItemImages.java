package org.fulcrum.ui.internal.edit;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Turns the image objects EMF.Edit item providers return (a URL, or a composed image of URLs)
 * into SWT images, one per URL, disposed with the control that shows them.
 */
public final class ItemImages {

	private final Map<URL, Image> images = new HashMap<>();

	public ItemImages(Control owner) {
		owner.addDisposeListener(e -> dispose());
	}

	public Image get(Object itemImage) {
		if (itemImage instanceof URL url) {
			return images.computeIfAbsent(url, u -> ImageDescriptor.createFromURL(u).createImage(false));
		}
		if (itemImage instanceof ComposedImage composed) {
			List<Object> parts = composed.getImages();
			return parts.isEmpty() ? null : get(parts.get(0));
		}
		return null;
	}

	private void dispose() {
		images.values().forEach(image -> {
			if (image != null) {
				image.dispose();
			}
		});
		images.clear();
	}
}
