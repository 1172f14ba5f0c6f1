package org.fulcrum.assessment.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.fulcrum.core.io.Utf8Text;
import org.fulcrum.core.store.EngagementFormat;
import org.fulcrum.core.validation.InstrumentDefinitionRules;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Instrument;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an instrument definition from a plugin and checks it before anything uses it: the
 * format version first (a newer one is refused by name), then EMF's parse, remembering where
 * each object starts so that every fault is named as {@code path:line:column: what}.
 */
final class InstrumentFile {

	private static final XMLInputFactory FACTORY = newFactory();

	private InstrumentFile() {
	}

	/** The usable instrument in {@code entry}, or the first fault found with its place in the file. */
	static Instrument read(URL entry, String path) throws BrokenContributionException {
		byte[] content;
		try (InputStream in = entry.openStream()) {
			content = in.readAllBytes();
		} catch (IOException e) {
			throw new BrokenContributionException(path + ": cannot be read: " + e.getMessage(), e);
		}
		checkFormat(content, path);
		Map<EObject, String> places = new IdentityHashMap<>();
		Resource resource = new LocatingResource(URI.createURI(entry.toString()), places);
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(FulcrumPackage.eNS_URI, FulcrumPackage.eINSTANCE);
		resources.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(content), Map.of());
		} catch (IOException | RuntimeException e) {
			Resource.Diagnostic first = resource.getErrors().isEmpty() ? null : resource.getErrors().get(0);
			if (first != null) {
				throw new BrokenContributionException(path + ":" + first.getLine() + ":" + first.getColumn() + ": " + first.getMessage(), e);
			}
			throw new BrokenContributionException(path + ": cannot be read: " + e.getMessage(), e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new BrokenContributionException(path + ":" + first.getLine() + ":" + first.getColumn() + ": " + first.getMessage());
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Instrument instrument)) {
			throw new BrokenContributionException(path + ": does not hold exactly one fulcrum:Instrument");
		}
		List<InstrumentDefinitionRules.Fault> faults = InstrumentDefinitionRules.check(instrument);
		if (!faults.isEmpty()) {
			StringBuilder message = new StringBuilder();
			for (InstrumentDefinitionRules.Fault fault : faults) {
				message.append(message.isEmpty() ? "" : "; ").append(path).append(':')
						.append(places.getOrDefault(fault.about(), "1:1")).append(": ").append(fault.message());
			}
			throw new BrokenContributionException(message.toString());
		}
		return instrument;
	}

	/** Refuses what is not well-formed XML, and a format newer than this Fulcrum reads, with line and column. */
	private static void checkFormat(byte[] content, String path) throws BrokenContributionException {
		String text;
		try {
			text = Utf8Text.decode(content);
		} catch (Utf8Text.MalformedException e) {
			throw new BrokenContributionException(path + ":" + e.line() + ":" + e.column() + ": " + e.getMessage(), e);
		}
		XMLStreamReader reader = null;
		try {
			reader = FACTORY.createXMLStreamReader(new StringReader(text));
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getNamespaceURI() != null
						&& reader.getNamespaceURI().startsWith(EngagementFormat.NAMESPACE_PREFIX)) {
					checkVersion(reader, path);
				}
			}
		} catch (XMLStreamException e) {
			int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNumber(), 0);
			int column = e.getLocation() == null ? 0 : Math.max(e.getLocation().getColumnNumber(), 0);
			String message = e.getMessage() == null ? e.toString() : e.getMessage();
			int detail = message.lastIndexOf("Message: ");
			throw new BrokenContributionException(path + ":" + line + ":" + column + ": not well-formed XML: "
					+ (detail >= 0 ? message.substring(detail + 9) : message).strip(), e);
		} finally {
			if (reader != null) {
				try {
					reader.close();
				} catch (XMLStreamException ignored) {
					// a memory buffer behind it
				}
			}
		}
	}

	private static void checkVersion(XMLStreamReader at, String path) throws BrokenContributionException {
		String namespace = at.getNamespaceURI();
		String place = path + ":" + at.getLocation().getLineNumber() + ":" + at.getLocation().getColumnNumber() + ": ";
		int version;
		try {
			version = Integer.parseInt(namespace.substring(EngagementFormat.NAMESPACE_PREFIX.length()));
		} catch (NumberFormatException e) {
			throw new BrokenContributionException(place + "unknown format '" + namespace + "'");
		}
		if (version > EngagementFormat.CURRENT_VERSION) {
			throw new BrokenContributionException(place + "was written by a newer Fulcrum (format " + version
					+ "); this Fulcrum reads formats up to " + EngagementFormat.CURRENT_VERSION + ": please update Fulcrum");
		}
	}

	private static XMLInputFactory newFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

	/** An XMI resource whose parser notes "line:column" of each object's start tag. */
	private static final class LocatingResource extends XMIResourceImpl {

		private final Map<EObject, String> places;

		LocatingResource(URI uri, Map<EObject, String> places) {
			super(uri);
			this.places = places;
		}

		@Override
		protected XMLLoad createXMLLoad() {
			return new XMILoadImpl(createXMLHelper()) {
				@Override
				protected DefaultHandler makeDefaultHandler() {
					return new SAXXMIHandler(resource, helper, options) {
						@Override
						protected void processObject(EObject object) {
							if (object != null && locator != null) {
								places.put(object, locator.getLineNumber() + ":" + locator.getColumnNumber());
							}
							super.processObject(object);
						}
					};
				}
			};
		}
	}
}
