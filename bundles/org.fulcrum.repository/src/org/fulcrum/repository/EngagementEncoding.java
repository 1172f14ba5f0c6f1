package org.fulcrum.repository;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.BinaryIO.Version;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.EObjectInputStream;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.EObjectOutputStream;
import org.fulcrum.core.internal.store.EngagementResource;
import org.fulcrum.core.internal.store.EngagementXmi;
import org.fulcrum.core.store.EngagementFormat;
import org.fulcrum.model.Engagement;

/**
 * How the repository keeps an engagement's content (docs/server.md): one header line in ASCII,
 * {@code fulcrum-engagement-binary/1 format/F\n} (encoding version 1; F the engagement format
 * version of {@link EngagementFormat}), then a zlib stream (RFC 1950, DEFLATE) of EMF's binary
 * resource format (version 1.1) of the engagement's resource. It reads back to an engagement equal
 * to the one written, ids and references included, several times faster than XMI.
 */
public final class EngagementEncoding {

	/** The encoding's name as the repository records it with each version. */
	public static final String NAME = "fulcrum-engagement-binary/1";

	private static final java.util.Map<Object, Object> OPTIONS = java.util.Map.of(BinaryResourceImpl.OPTION_VERSION, Version.VERSION_1_1);
	private static final byte[] HEADER = (NAME + " format/" + EngagementFormat.CURRENT_VERSION + "\n").getBytes(StandardCharsets.US_ASCII);
	private static final int MAX_HEADER = 80;

	/** Encoded content and the size of the binary form before compression. */
	public record Encoded(byte[] content, long size) {
	}

	private EngagementEncoding() {
	}

	/** Encodes an engagement. Only reads the model (an engagement outside an engagement resource is put in one first). */
	public static Encoded encode(Engagement engagement) throws IOException {
		Resource resource = engagement.eResource();
		if (!(resource instanceof EngagementResource)) {
			resource = EngagementXmi.newResource(EngagementXmi.newResourceSet(), Path.of("repository.fulcrum"));
			resource.getContents().add(engagement);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
		bytes.write(HEADER);
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		Counting counting;
		try (DeflaterOutputStream deflated = new DeflaterOutputStream(bytes, deflater, 1 << 16)) {
			counting = new Counting(deflated);
			java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(counting, 1 << 16);
			EObjectOutputStream out = new EObjectOutputStream(buffered, OPTIONS);
			out.saveResource(resource);
			out.flush();
			buffered.flush();
		} finally {
			deflater.end();
		}
		return new Encoded(bytes.toByteArray(), counting.count);
	}

	/**
	 * Reads content written by {@link #encode}; {@code file} is where the engagement will live (its
	 * resource's address). Content in another encoding, of a newer format, or damaged is refused
	 * with an {@link IOException} that says which.
	 */
	public static Engagement decode(byte[] content, Path file) throws IOException {
		int format = format(content);
		if (format > EngagementFormat.CURRENT_VERSION) {
			throw new IOException("the engagement was stored by a newer Fulcrum (format " + format + "); please update Fulcrum");
		}
		int start = headerLength(content);
		EngagementResource resource = EngagementXmi.newResource(EngagementXmi.newResourceSet(), file);
		Inflater inflater = new Inflater();
		try (InputStream in = new java.io.BufferedInputStream(
				new InflaterInputStream(new ByteArrayInputStream(content, start, content.length - start), inflater, 1 << 16), 1 << 16)) {
			EObjectInputStream objects = new EObjectInputStream(in, OPTIONS);
			objects.loadResource(resource);
		} catch (IOException | RuntimeException e) {
			throw new IOException("the stored engagement is damaged (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
					+ ")", e);
		} finally {
			inflater.end();
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Engagement engagement)) {
			throw new IOException("the stored content is not one engagement");
		}
		return engagement;
	}

	/** The engagement format version the header names; an {@link IOException} when the content is not in this encoding. */
	public static int format(byte[] content) throws IOException {
		int end = headerLength(content);
		String header = new String(content, 0, end - 1, StandardCharsets.US_ASCII);
		String prefix = NAME + " format/";
		if (!header.startsWith(prefix) || !header.substring(prefix.length()).matches("[1-9][0-9]{0,5}")) {
			throw new IOException("the content is not in the encoding " + NAME + " (it starts with '" + printable(header) + "')");
		}
		return Integer.parseInt(header.substring(prefix.length()));
	}

	private static int headerLength(byte[] content) throws IOException {
		for (int i = 0; i < Math.min(content.length, MAX_HEADER); i++) {
			if (content[i] == '\n') {
				return i + 1;
			}
		}
		throw new IOException("the content is not in the encoding " + NAME + " (no header line)");
	}

	private static String printable(String text) {
		return text.replaceAll("[^\\x20-\\x7e]", "?");
	}

	/** Counts the bytes of the binary form on their way into the compressor. */
	private static final class Counting extends java.io.FilterOutputStream {
		long count;

		Counting(java.io.OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
			count += len;
		}
	}
}
