package org.fulcrum.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Starts from the shipped application model when it changed since the user's layout was saved.
 * e4 restores the persisted model as it was, so after an update the menus, commands and add-ons
 * the new version brings would silently be missing; the layout is the smaller loss. The model's
 * digest is kept beside the persisted one; a layout saved by another model (or by a version
 * that kept no digest) is set aside as {@code workbench.xmi.old}, never deleted.
 */
final class ModelUpgrade {

	/** Where e4 keeps the persisted model under the instance location. */
	static final String STATE_FOLDER = ".metadata/.plugins/org.eclipse.e4.workbench";
	static final String PERSISTED = "workbench.xmi";
	static final String DIGEST = "fulcrum-model.sha256";

	private ModelUpgrade() {
	}

	/** @return true when a persisted layout of another model was set aside */
	static boolean apply(Path instanceLocation, byte[] shippedModel) throws IOException {
		Path folder = instanceLocation.resolve(STATE_FOLDER);
		Path persisted = folder.resolve(PERSISTED);
		Path digestFile = folder.resolve(DIGEST);
		String digest = digest(shippedModel);
		boolean setAside = false;
		if (Files.isRegularFile(persisted)
				&& !(Files.isRegularFile(digestFile) && Files.readString(digestFile, StandardCharsets.US_ASCII).strip().equals(digest))) {
			Files.move(persisted, persisted.resolveSibling(PERSISTED + ".old"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			setAside = true;
		}
		Files.createDirectories(folder);
		Files.writeString(digestFile, digest + "\n", StandardCharsets.US_ASCII);
		return setAside;
	}

	/** The application model this bundle ships. */
	static byte[] shippedModel() throws IOException {
		try (InputStream in = ModelUpgrade.class.getResourceAsStream("/Application.e4xmi")) {
			if (in == null) {
				throw new IOException("Application.e4xmi is missing from org.fulcrum.ui");
			}
			return in.readAllBytes();
		}
	}

	private static String digest(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
