package org.fulcrum.core.internal.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.fulcrum.model.FulcrumPackage;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks XMI bytes a save is about to put in place, in one streaming pass and without building
 * a model: the XML is well-formed and every reference names an id of the document. A save whose
 * bytes fail is refused with the file untouched, so a save can never turn a readable engagement
 * (nor, at the next save, its backup) into one that does not read, and the load cache, which a
 * save writes only for bytes that passed, never stands in for an XMI that does not read.
 */
public final class XmiCheck {

	/** Attribute names that are a non-containment reference in the model and an attribute nowhere. */
	private static final Set<String> REFERENCES = references();
	private static final SAXParserFactory PARSERS = parsers();

	private XmiCheck() {
	}

	/** Null when the bytes read back, else what is wrong, with line and column. */
	public static String problem(byte[] content) {
		Set<String> ids = new HashSet<>();
		List<String[]> references = new ArrayList<>();
		DefaultHandler handler = new DefaultHandler() {
			private Locator locator;

			@Override
			public void setDocumentLocator(Locator locator) {
				this.locator = locator;
			}

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				for (int i = 0; i < attributes.getLength(); i++) {
					String name = attributes.getQName(i);
					if (name.equals("id")) {
						ids.add(attributes.getValue(i));
					} else if (REFERENCES.contains(name)) {
						references.add(new String[] { name, attributes.getValue(i), locator.getLineNumber() + ":" + locator.getColumnNumber() });
					}
				}
			}
		};
		try {
			SAXParser parser = PARSERS.newSAXParser();
			parser.parse(new ByteArrayInputStream(content), handler);
		} catch (SAXParseException e) {
			return e.getLineNumber() + ":" + e.getColumnNumber() + ": it is not well-formed XML (" + e.getMessage() + ")";
		} catch (SAXException | IOException | ParserConfigurationException e) {
			return "it cannot be parsed (" + e.getMessage() + ")";
		}
		for (String[] reference : references) {
			for (String fragment : reference[1].split(" ")) {
				// A reference to another document (href with '#') is not this check's business.
				if (fragment.isEmpty() || fragment.indexOf('#') >= 0) {
					continue;
				}
				String id = EngagementResource.decode(fragment);
				if ((id == null || !ids.contains(id)) && !ids.contains(fragment)) {
					return reference[2] + ": its " + reference[0] + " reference '" + fragment + "' names no object of the document";
				}
			}
		}
		return null;
	}

	private static Set<String> references() {
		Set<String> references = new HashSet<>();
		Set<String> attributes = new HashSet<>();
		for (EClassifier classifier : FulcrumPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type) {
				for (EReference reference : type.getEReferences()) {
					if (!reference.isContainment() && !reference.isTransient() && !reference.isContainer()) {
						references.add(reference.getName());
					}
				}
				for (EAttribute attribute : type.getEAttributes()) {
					attributes.add(attribute.getName());
				}
			}
		}
		references.removeAll(attributes);
		return Set.copyOf(references);
	}

	private static SAXParserFactory parsers() {
		SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
		factory.setNamespaceAware(false);
		try {
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		} catch (ParserConfigurationException | SAXException unsupported) {
			// the JDK's parser supports both; another one still parses, less guarded
		}
		return factory;
	}
}
