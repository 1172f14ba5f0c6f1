package org.fulcrum.report.internal.birt;

import java.util.Base64;

import org.eclipse.birt.report.engine.api.HTMLImageHandler;
import org.eclipse.birt.report.engine.api.IImage;
import org.eclipse.birt.report.engine.api.script.IReportContext;

/**
 * Puts every image of an HTML report into the page itself as a data URI: one self-contained file
 * to send or archive, and no folder of chart images to clean up after each render.
 */
final class InlineImages extends HTMLImageHandler {

	@Override
	public String onCustomImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onDesignImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onDocImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	private static String dataUri(IImage image) {
		byte[] data = image.getImageData();
		if (data == null) {
			return null;
		}
		String mime = image.getMimeType() == null ? "image/png" : image.getMimeType();
		return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(data);
	}
}
