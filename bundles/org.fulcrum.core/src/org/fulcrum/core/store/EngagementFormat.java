package org.fulcrum.core.store;

import org.fulcrum.model.FulcrumPackage;

/**
 * The engagement file format: XMI of the Fulcrum model whose namespace carries the format
 * version ({@code urn:fulcrum:engagement:<version>}). See docs/formats.md.
 */
public final class EngagementFormat {

	/** The version this Fulcrum writes. */
	public static final int CURRENT_VERSION = 1;

	/** The namespace of every version, followed by the version number. */
	public static final String NAMESPACE_PREFIX = "urn:fulcrum:engagement:";

	/** The file name extension of engagement documents. */
	public static final String FILE_EXTENSION = "fulcrum";

	static {
		if (!FulcrumPackage.eNS_URI.equals(NAMESPACE_PREFIX + CURRENT_VERSION)) {
			throw new ExceptionInInitializerError("model namespace and format version disagree: " + FulcrumPackage.eNS_URI);
		}
	}

	private EngagementFormat() {
	}

	/** The namespace of a format version. */
	public static String namespace(int version) {
		return NAMESPACE_PREFIX + version;
	}
}
