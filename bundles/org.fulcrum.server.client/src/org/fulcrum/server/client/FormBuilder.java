package org.fulcrum.server.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.RatingScale;
import org.fulcrum.model.ScaleAnchor;
import org.fulcrum.server.protocol.FormDocument;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Turns an engagement's instrument into the questionnaire raters see, with its translations.
 * The instrument's own texts are the default language ({@code en}); translations are properties
 * files {@code instrument/ID_LANG.properties} in the plugin that contributes the instrument or
 * in any fragment of it (so a translation can ship on its own), with the keys of
 * {@link FormDocument#text}. A translation may leave keys out: they show in the default language.
 */
public final class FormBuilder {

	public static final String DEFAULT_LANGUAGE = "en";

	private final InstrumentCatalog catalog;

	public FormBuilder(InstrumentCatalog catalog) {
		this.catalog = catalog;
	}

	public FormDocument form(Instrument instrument) throws IOException {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("name", instrument.getName());
		if (instrument.getDescription() != null) {
			texts.put("description", instrument.getDescription());
		}
		RatingScale scale = instrument.getScale();
		for (int v = scale.getMinimum(); v <= scale.getMaximum(); v++) {
			texts.put("anchor." + v, Integer.toString(v));
		}
		for (ScaleAnchor anchor : scale.getAnchors()) {
			texts.put("anchor." + anchor.getValue(), anchor.getLabel());
		}
		texts.put("notObserved", scale.getNotObservedLabel() == null ? "Not observed" : scale.getNotObservedLabel());
		List<FormDocument.Section> sections = new ArrayList<>();
		for (Dimension dimension : instrument.getDimensions()) {
			add(dimension, sections, texts);
		}
		Map<String, Map<String, String>> languages = new LinkedHashMap<>();
		languages.put(DEFAULT_LANGUAGE, texts);
		languages.putAll(translations(instrument.getId()));
		return new FormDocument(instrument.getId(), scale.getMinimum(), scale.getMaximum(), scale.isNotObservedAllowed(), DEFAULT_LANGUAGE,
				sections, languages);
	}

	/** Depth first: a dimension with items is a section; its children follow it. */
	private static void add(Dimension dimension, List<FormDocument.Section> sections, Map<String, String> texts) {
		if (!dimension.getItems().isEmpty()) {
			sections.add(new FormDocument.Section(dimension.getId(), dimension.getItems().stream().map(BehaviourItem::getId).toList()));
			texts.put("dimension." + dimension.getId(), dimension.getName());
			if (dimension.getDescription() != null) {
				texts.put("dimension." + dimension.getId() + ".description", dimension.getDescription());
			}
			for (BehaviourItem item : dimension.getItems()) {
				texts.put("item." + item.getId(), item.getText());
			}
		}
		for (Dimension child : dimension.getChildren()) {
			add(child, sections, texts);
		}
	}

	/** The translations the instrument's plugin and its fragments carry, by language. */
	private Map<String, Map<String, String>> translations(String instrument) throws IOException {
		Map<String, Map<String, String>> languages = new TreeMap<>();
		InstalledInstrument installed = catalog.find(instrument).orElse(null);
		Bundle bundle = installed == null ? null : bundle(installed.contributor());
		if (bundle == null) {
			return languages;
		}
		Enumeration<URL> entries = bundle.findEntries("instrument", instrument + "_*.properties", false);
		while (entries != null && entries.hasMoreElements()) {
			URL url = entries.nextElement();
			String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
			String language = file.substring(instrument.length() + 1, file.length() - ".properties".length());
			if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") || language.equals(DEFAULT_LANGUAGE)) {
				continue;
			}
			Properties properties = new Properties();
			try (InputStream in = url.openStream()) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			Map<String, String> texts = new LinkedHashMap<>();
			properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
			languages.put(language, texts);
		}
		return languages;
	}

	private static Bundle bundle(String symbolicName) {
		Bundle self = FrameworkUtil.getBundle(FormBuilder.class);
		if (self == null) {
			return null;
		}
		for (Bundle b : self.getBundleContext().getBundles()) {
			if (b.getSymbolicName().equals(symbolicName) && (b.getState() & (Bundle.INSTALLED | Bundle.UNINSTALLED)) == 0) {
				return b;
			}
		}
		return null;
	}
}
