package org.fulcrum.core.internal.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The XMI resource of an engagement. Ids are free text (a participant id, a round in an
 * assessment's id), but EMF writes a reference to an object as its id, unescaped: a space
 * splits a many-valued reference, {@code #} makes it a link to another document, a leading
 * {@code /} a path, {@code &} or {@code <} breaks the XML. So a reference carries the id
 * percent-encoded (UTF-8; letters, digits and {@code . _ ~ -} as they are) and is decoded when
 * read. The id attribute itself stays as typed: EMF escapes attribute values. Files written
 * before keep working: a fragment that does not decode to a known id is looked up as it is.
 */
public final class EngagementResource extends XMIResourceImpl {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	public EngagementResource(URI uri) {
		super(uri);
	}

	@Override
	public String getURIFragment(EObject eObject) {
		String id = eObject.eResource() == this ? EcoreUtil.getID(eObject) : null;
		return id != null && !id.isEmpty() ? encode(id) : super.getURIFragment(eObject);
	}

	@Override
	public EObject getEObject(String uriFragment) {
		if (uriFragment == null || uriFragment.isEmpty() || uriFragment.charAt(0) == '/') {
			return super.getEObject(uriFragment);
		}
		String id = decode(uriFragment);
		EObject found = id != null ? getEObjectByID(id) : null;
		return found != null ? found : super.getEObject(uriFragment);
	}

	/** The id as a reference writes it: only {@code [A-Za-z0-9._~-]} and {@code %XX}. */
	public static String encode(String id) {
		StringBuilder out = null;
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (plain(c)) {
				if (out != null) {
					out.append(c);
				}
				continue;
			}
			if (out == null) {
				out = new StringBuilder(id.length() + 16).append(id, 0, i);
			}
			int end = Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1)) ? i + 2 : i + 1;
			for (byte b : id.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
				out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
			}
			i = end - 1;
		}
		return out == null ? id : out.toString();
	}

	/** The id a fragment encodes, or null when it is not a well-formed encoding (e.g. an older file's raw id). */
	public static String decode(String fragment) {
		if (fragment.indexOf('%') < 0) {
			return fragment;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(fragment.length());
		for (int i = 0; i < fragment.length(); i++) {
			char c = fragment.charAt(i);
			if (c == '%') {
				int high = i + 2 < fragment.length() ? Character.digit(fragment.charAt(i + 1), 16) : -1;
				int low = high >= 0 ? Character.digit(fragment.charAt(i + 2), 16) : -1;
				if (low < 0) {
					return null;
				}
				bytes.write(high << 4 | low);
				i += 2;
			} else if (c < 0x80) {
				bytes.write(c);
			} else {
				return null;
			}
		}
		return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
	}

	private static boolean plain(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '~' || c == '-';
	}
}
