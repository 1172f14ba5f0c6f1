package org.fulcrum.core.internal.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.BinaryIO.Version;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.EObjectInputStream;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.EObjectOutputStream;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.fulcrum.core.store.EngagementFormat;
import org.fulcrum.model.Engagement;

/**
 * A disposable binary copy of an engagement beside its file ({@code .x.fulcrum.cache}) in
 * EMF's binary format, which loads several times faster than XMI. It is used only when it was
 * made from exactly the bytes now in the engagement file (SHA-256), so an edited file, a file
 * copied without its cache or a damaged cache simply means reading the XMI.
 *
 * <p>The binary streams work on the engagement's own XMI resource, so no object moves between
 * resources to write or read the cache.
 */
public final class EngagementCache {

	private static final byte[] MAGIC = ("fulcrum-cache-" + EngagementFormat.CURRENT_VERSION + "\n")
			.getBytes(StandardCharsets.US_ASCII);
	private static final int DIGEST_LENGTH = 32;
	private static final Map<Object, Object> OPTIONS = Map.of(BinaryResourceImpl.OPTION_VERSION, Version.VERSION_1_1);

	private EngagementCache() {
	}

	public static byte[] digest(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** The engagement in binary form, without header. Only reads the model. */
	public static byte[] encode(Resource resource, long expectedSize) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(EngagementXmi.bufferFor(expectedSize));
		EObjectOutputStream out = new EObjectOutputStream(bytes, OPTIONS);
		out.saveResource(resource);
		out.flush();
		return bytes.toByteArray();
	}

	/** The cached engagement made from content with this digest, or null when there is none that fits. */
	public static Engagement load(Path file, byte[] digest) {
		Path cache = SiblingFiles.cache(file);
		try {
			if (!Files.isRegularFile(cache)) {
				return null;
			}
			byte[] bytes = Files.readAllBytes(cache);
			int header = MAGIC.length + DIGEST_LENGTH;
			if (bytes.length < header || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
					|| !Arrays.equals(bytes, MAGIC.length, header, digest, 0, DIGEST_LENGTH)) {
				return null;
			}
			XMIResourceImpl resource = EngagementXmi.newResource(EngagementXmi.newResourceSet(), file);
			EObjectInputStream in = new EObjectInputStream(new ByteArrayInputStream(bytes, header, bytes.length - header), OPTIONS);
			in.loadResource(resource);
			return resource.getContents().size() == 1 && resource.getContents().get(0) instanceof Engagement e ? e : null;
		} catch (IOException | RuntimeException damaged) {
			return null;
		}
	}

	/**
	 * Writes the cache for an engagement saved with this digest. Best effort: on failure the
	 * cache is removed, since the engagement file is the truth.
	 */
	public static void write(Path file, byte[] digest, byte[] encoded) {
		Path cache = SiblingFiles.cache(file);
		Path temporary = SiblingFiles.newTemporary(cache);
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(MAGIC.length + DIGEST_LENGTH + encoded.length);
			bytes.write(MAGIC);
			bytes.write(digest);
			bytes.write(encoded);
			Files.write(temporary, bytes.toByteArray());
			// No fsync: a cache torn by a crash fails its checks and is ignored.
			Files.move(temporary, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException | RuntimeException e) {
			discard(file);
		} finally {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException ignored) {
				// stale temporaries go at the next open
			}
		}
	}

	public static void discard(Path file) {
		try {
			Files.deleteIfExists(SiblingFiles.cache(file));
		} catch (IOException ignored) {
			// a stale cache is never used: its digest no longer matches
		}
	}
}
