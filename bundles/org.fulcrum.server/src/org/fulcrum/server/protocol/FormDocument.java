package org.fulcrum.server.protocol;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A round's questionnaire as the server keeps and shows it: the instrument's sections (one per
 * dimension that has items), its scale, and its texts per language. Texts are looked up by key
 * ({@code name}, {@code description}, {@code dimension.ID}, {@code dimension.ID.description},
 * {@code item.ID}, {@code anchor.N}, {@code notObserved}); a language missing a text falls back
 * to the default language's.
 */
public record FormDocument(String instrument, int minimum, int maximum, boolean notObservedAllowed, String defaultLanguage,
		List<Section> sections, Map<String, Map<String, String>> texts) {

	/** The items of one dimension, in the instrument's order. */
	public record Section(String dimension, List<String> items) {
	}

	public FormDocument {
		sections = List.copyOf(sections);
		Map<String, Map<String, String>> copy = new LinkedHashMap<>();
		texts.forEach((language, byKey) -> copy.put(language, Map.copyOf(byKey)));
		texts = java.util.Collections.unmodifiableMap(copy);
		if (!texts.containsKey(defaultLanguage)) {
			throw new IllegalArgumentException("no texts in the default language " + defaultLanguage);
		}
	}

	/** The languages the questionnaire can be read in, the default first. */
	public List<String> languages() {
		return List.copyOf(texts.keySet());
	}

	/** The text for {@code key} in {@code language}, else in the default language, else the key itself. */
	public String text(String language, String key) {
		Map<String, String> in = texts.get(language);
		String text = in == null ? null : in.get(key);
		if (text == null) {
			text = texts.get(defaultLanguage).get(key);
		}
		return text == null ? key : text;
	}

	/** Whether {@code item} is one of the questionnaire's items. */
	public boolean hasItem(String item) {
		return sections.stream().anyMatch(s -> s.items().contains(item));
	}

	public boolean hasSection(String dimension) {
		return sections.stream().anyMatch(s -> s.dimension().equals(dimension));
	}

	public int itemCount() {
		return sections.stream().mapToInt(s -> s.items().size()).sum();
	}

	public String toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("instrument", instrument);
		json.put("minimum", minimum);
		json.put("maximum", maximum);
		json.put("notObservedAllowed", notObservedAllowed);
		json.put("defaultLanguage", defaultLanguage);
		List<Object> list = new ArrayList<>();
		for (Section section : sections) {
			list.add(Map.of("dimension", section.dimension(), "items", section.items()));
		}
		json.put("sections", list);
		json.put("texts", texts);
		return Json.write(json);
	}

	/** Reads what {@link #toJson} wrote; an {@link IllegalArgumentException} says what is wrong. */
	@SuppressWarnings("unchecked")
	public static FormDocument fromJson(String text) {
		Map<String, Object> json = Json.object(text);
		try {
			List<Section> sections = new ArrayList<>();
			for (Object o : (List<Object>) json.get("sections")) {
				Map<String, Object> s = (Map<String, Object>) o;
				sections.add(new Section((String) s.get("dimension"), ((List<Object>) s.get("items")).stream().map(String.class::cast).toList()));
			}
			Map<String, Map<String, String>> texts = new LinkedHashMap<>();
			((Map<String, Object>) json.get("texts")).forEach((language, byKey) -> {
				Map<String, String> map = new LinkedHashMap<>();
				((Map<String, Object>) byKey).forEach((k, v) -> map.put(k, (String) v));
				texts.put(language, map);
			});
			FormDocument form = new FormDocument((String) json.get("instrument"), ((BigDecimal) json.get("minimum")).intValueExact(),
					((BigDecimal) json.get("maximum")).intValueExact(), (Boolean) json.get("notObservedAllowed"),
					(String) json.get("defaultLanguage"), sections, texts);
			if (form.instrument() == null || form.minimum() > form.maximum() || form.itemCount() == 0) {
				throw new IllegalArgumentException("a form needs an instrument id, a scale and at least one item");
			}
			return form;
		} catch (ClassCastException | NullPointerException | ArithmeticException e) {
			throw new IllegalArgumentException("a form document is missing a field or has one of the wrong type", e);
		}
	}
}
