package org.fulcrum.server.internal.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The portal's own texts in one language, from the NLS bundles {@code nls/messages*.properties}. */
final class Messages {

	private final ResourceBundle bundle;
	private final Locale locale;

	Messages(String language) {
		this.locale = Locale.forLanguageTag(language);
		this.bundle = ResourceBundle.getBundle("org.fulcrum.server.internal.web.nls.messages", locale, Messages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	Locale locale() {
		return locale;
	}

	boolean has(String key) {
		return bundle.containsKey(key);
	}

	/** The text for {@code key} as it is (to be encoded by whoever puts it in a page). */
	String raw(String key) {
		return bundle.getString(key);
	}

	/** The text for {@code key}, HTML-encoded, with encoded {@code arguments} filled in. */
	String html(String key, Object... arguments) {
		Object[] encoded = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			encoded[i] = arguments[i] instanceof String s ? Html.escape(s) : arguments[i];
		}
		String pattern = Html.escape(bundle.getString(key)).replace("&#39;", "''");
		return new MessageFormat(pattern, locale).format(encoded);
	}
}
