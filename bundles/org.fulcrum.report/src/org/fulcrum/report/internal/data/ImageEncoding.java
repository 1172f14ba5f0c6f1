package org.fulcrum.report.internal.data;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.fulcrum.report.ReportFormat;

/**
 * How a report's drawn images are handed to BIRT. PDF gets JPEG: its PDF library embeds JPEG
 * data as it is, but decodes a PNG and reads it back pixel by pixel, which made a chart cost more
 * than the rest of the report. HTML and XLSX get PNG, sharper for lines and text on screen.
 */
public enum ImageEncoding {
	PNG, JPEG;

	/** High enough that text and thin lines in charts stay clean at print size. */
	private static final float JPEG_QUALITY = 0.92f;

	public static ImageEncoding of(ReportFormat format) {
		return format == ReportFormat.PDF ? JPEG : PNG;
	}

	byte[] encode(BufferedImage image) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		try {
			if (this == PNG) {
				ImageIO.write(image, "png", bytes);
			} else {
				ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
				ImageWriteParam parameters = writer.getDefaultWriteParam();
				parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				parameters.setCompressionQuality(JPEG_QUALITY);
				try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
					writer.setOutput(out);
					writer.write(null, new IIOImage(image, null, null), parameters);
				} finally {
					writer.dispose();
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}
}
