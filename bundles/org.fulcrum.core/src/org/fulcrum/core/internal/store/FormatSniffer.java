package org.fulcrum.core.internal.store;

import java.io.StringReader;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.fulcrum.core.io.Utf8Text;
import org.fulcrum.core.store.EngagementFormat;
import org.fulcrum.core.store.StoreException;

/**
 * Reads just the root element of a file to tell which format version it is in, before EMF
 * parses it: a newer or foreign file must be refused by name, never half-read.
 */
public final class FormatSniffer {

	private static final XMLInputFactory FACTORY = newFactory();

	private FormatSniffer() {
	}

	/** Returns the format version of an engagement file, or throws saying what the file is instead. */
	public static int version(Path file, byte[] content) throws StoreException {
		if (content.length == 0) {
			throw new StoreException(file, "the file is empty; it is not an engagement (a backup may be in "
					+ SiblingFiles.backup(file).getFileName() + ")");
		}
		String text;
		try {
			text = Utf8Text.decode(content);
		} catch (Utf8Text.MalformedException e) {
			throw new StoreException(file, e.line(), e.column(), "is not an engagement file: " + e.getMessage(), e);
		}
		XMLStreamReader reader = null;
		try {
			reader = FACTORY.createXMLStreamReader(new StringReader(text));
			while (reader.next() != XMLStreamConstants.START_ELEMENT) {
				// skip the prolog
			}
			return versionOf(file, reader.getNamespaceURI(), reader.getPrefix(), reader.getLocalName(), reader);
		} catch (XMLStreamException e) {
			int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
			int column = e.getLocation() != null ? e.getLocation().getColumnNumber() : 0;
			throw new StoreException(file, Math.max(line, 0), Math.max(column, 0),
					"is not an engagement file: it is not well-formed XML (" + firstSentence(e) + ")", e);
		} finally {
			close(reader);
		}
	}

	private static int versionOf(Path file, String namespace, String prefix, String element, XMLStreamReader at)
			throws StoreException {
		int line = at.getLocation().getLineNumber();
		int column = at.getLocation().getColumnNumber();
		if (namespace == null || !namespace.startsWith(EngagementFormat.NAMESPACE_PREFIX)) {
			String name = prefix == null || prefix.isEmpty() ? element : prefix + ":" + element;
			throw new StoreException(file, line, column, "is not a Fulcrum engagement file: its root element is <" + name
					+ ">" + (namespace == null || namespace.isEmpty() ? "" : " of " + namespace));
		}
		int version;
		try {
			version = Integer.parseInt(namespace.substring(EngagementFormat.NAMESPACE_PREFIX.length()));
		} catch (NumberFormatException e) {
			throw new StoreException(file, line, column, "has an unknown format '" + namespace + "'");
		}
		if (!"Engagement".equals(element)) {
			throw new StoreException(file, line, column, "holds a " + element + ", not an engagement");
		}
		return version;
	}

	private static String firstSentence(XMLStreamException e) {
		String message = e.getMessage() == null ? e.toString() : e.getMessage();
		int detail = message.lastIndexOf("Message: ");
		return (detail >= 0 ? message.substring(detail + 9) : message).strip();
	}

	private static XMLInputFactory newFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

	private static void close(XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			} catch (XMLStreamException ignored) {
				// only a memory buffer behind it
			}
		}
	}
}
