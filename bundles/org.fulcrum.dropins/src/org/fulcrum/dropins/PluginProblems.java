package org.fulcrum.dropins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.fulcrum.dropins.internal.DropinRecords;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRevision;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Why a plugin meant for Fulcrum contributes nothing, where Equinox and its extension registry
 * would only write it to a log file nobody reads: a dropin that cannot be installed (no manifest,
 * not a jar), a plugin that does not resolve (a missing required plugin), a {@code plugin.xml}
 * that is ignored (no {@code singleton:=true}), not well-formed, or extends an extension point
 * that does not exist (a typing error). One line each, {@code plugin X: plugin.xml:line:column: what}.
 * <p>
 * A plugin is "meant for Fulcrum" when it came from the dropins folder or requires one of
 * Fulcrum's plugins or packages; Fulcrum's own plugins and the platform's are not checked.
 */
public final class PluginProblems {

	private static final String FULCRUM = "org.fulcrum.";

	private PluginProblems() {
	}

	/** Every problem of the plugins meant for Fulcrum in the running framework, one line each. */
	public static List<String> of(BundleContext context, IExtensionRegistry registry) {
		List<String> problems = new ArrayList<>(DropinRecords.refused());
		if (context == null) {
			return problems;
		}
		for (Bundle bundle : context.getBundles()) {
			if (meantForFulcrum(bundle)) {
				check(bundle, registry, problems);
			}
		}
		return problems;
	}

	private static boolean meantForFulcrum(Bundle bundle) {
		if (DropinRecords.isDropin(bundle.getLocation())) {
			return true;
		}
		String name = bundle.getSymbolicName();
		if (bundle.getBundleId() == 0 || (name != null && name.startsWith(FULCRUM))) {
			return false;
		}
		String requires = bundle.getHeaders("").get(Constants.REQUIRE_BUNDLE);
		String imports = bundle.getHeaders("").get(Constants.IMPORT_PACKAGE);
		return (requires != null && requires.contains(FULCRUM)) || (imports != null && imports.contains(FULCRUM));
	}

	private static void check(Bundle bundle, IExtensionRegistry registry, List<String> problems) {
		String name = bundle.getSymbolicName();
		if (name == null) {
			problems.add("dropin " + bundle.getLocation().replaceFirst("^reference:", "")
					+ ": not a plugin Fulcrum can use: it has no META-INF/MANIFEST.MF with a Bundle-SymbolicName");
			return;
		}
		String plugin = "plugin " + name;
		if (bundle.getState() == Bundle.INSTALLED) {
			problems.add(plugin + ": cannot be resolved: " + unresolvedReason(bundle));
		}
		URL pluginXml = bundle.getEntry("plugin.xml");
		if (pluginXml == null) {
			return;
		}
		String symbolicName = bundle.getHeaders("").get(Constants.BUNDLE_SYMBOLICNAME);
		boolean singleton = symbolicName != null && symbolicName.replace(" ", "").contains("singleton:=true");
		if (!singleton) {
			problems.add(plugin + ": its plugin.xml is ignored: the manifest's Bundle-SymbolicName needs ';singleton:=true' (Bundle-SymbolicName: "
					+ name + ";singleton:=true)");
		}
		checkPluginXml(plugin, name, pluginXml, singleton && bundle.getState() != Bundle.INSTALLED ? registry : null, problems);
	}

	/** The resolver's own words: starting an unresolved bundle fails with them. */
	private static String unresolvedReason(Bundle bundle) {
		if ((bundle.adapt(BundleRevision.class) != null
				&& (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0)) {
			return "a fragment whose host is missing or does not match";
		}
		try {
			bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
			return "it resolved only now; run the command again";
		} catch (BundleException | IllegalStateException | SecurityException e) {
			String message = e.getMessage() == null ? e.toString() : e.getMessage();
			return message.replace('\n', ' ').replace('\r', ' ').replaceAll("\\s+", " ").strip();
		}
	}

	/** Parses plugin.xml, naming a fault with line and column; with a registry, also each unknown extension point. */
	private static void checkPluginXml(String plugin, String name, URL pluginXml, IExtensionRegistry registry, List<String> problems) {
		List<String> found = new ArrayList<>();
		try (InputStream in = pluginXml.openStream()) {
			newParser().parse(in, new DefaultHandler() {
				private Locator locator;

				@Override
				public void setDocumentLocator(Locator locator) {
					this.locator = locator;
				}

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					String point = attributes.getValue("point");
					if (registry == null || !"extension".equals(qName) || point == null) {
						return;
					}
					String qualified = point.contains(".") ? point : name + "." + point;
					if (registry.getExtensionPoint(qualified) == null) {
						found.add(plugin + ": plugin.xml:" + locator.getLineNumber() + ":" + locator.getColumnNumber()
								+ ": extension point '" + point + "' does not exist" + suggestion(registry, qualified));
					}
				}

				@Override
				public void fatalError(SAXParseException e) throws SAXException {
					throw e; // no "[Fatal Error]" line on the console: the exception says it
				}

				@Override
				public void error(SAXParseException e) {
					// a validity error: plugin.xml has no grammar to be valid against
				}
			});
			problems.addAll(found);
		} catch (SAXParseException e) {
			problems.add(plugin + ": plugin.xml:" + e.getLineNumber() + ":" + e.getColumnNumber() + ": not well-formed XML: "
					+ e.getMessage() + " (its extensions are ignored)");
		} catch (SAXException | IOException | ParserConfigurationException e) {
			problems.add(plugin + ": plugin.xml cannot be read: " + e.getMessage());
		}
	}

	/** " (did you mean 'x'?)" for the closest extension point of Fulcrum, when one is close. */
	private static String suggestion(IExtensionRegistry registry, String point) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (var candidate : registry.getExtensionPoints()) {
			String id = candidate.getUniqueIdentifier();
			if (!id.startsWith(FULCRUM)) {
				continue;
			}
			int distance = distance(id, point);
			if (distance < bestDistance) {
				best = id;
				bestDistance = distance;
			}
		}
		return best != null && bestDistance <= Math.max(3, point.length() / 5) ? " (did you mean '" + best + "'?)" : "";
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static SAXParser newParser() throws ParserConfigurationException, SAXException {
		SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newSAXParser();
	}
}
