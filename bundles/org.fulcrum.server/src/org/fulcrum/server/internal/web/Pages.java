package org.fulcrum.server.internal.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.fulcrum.server.internal.store.RaterSheet;
import org.fulcrum.server.protocol.FormDocument;

/**
 * The rater's pages as plain server-side HTML: no script, one stylesheet, every text encoded.
 * Form fields are named by item ({@code a:ID}) and dimension ({@code c:ID}) of the rater's own
 * questionnaire; the sheet itself is never named in a page: the session decides which it is.
 */
final class Pages {

	static final String NOT_OBSERVED = "no";

	private Pages() {
	}

	/** The language to show: the one asked for if the questionnaire has it, else the sheet's, else the default. */
	static String language(RaterSheet sheet, String asked) {
		FormDocument form = sheet.form();
		if (asked != null && form.languages().contains(asked)) {
			return asked;
		}
		if (sheet.language() != null && form.languages().contains(sheet.language())) {
			return sheet.language();
		}
		return form.defaultLanguage();
	}

	static String questionnaire(RaterSheet sheet, String language, String notice) {
		FormDocument form = sheet.form();
		Messages m = new Messages(language);
		StringBuilder html = head(m, language, form.text(language, "name"));
		html.append("<a class=\"skip\" href=\"#questions\">").append(m.html("skip")).append("</a>\n");
		html.append("<header><p class=\"engagement\">").append(Html.escape(sheet.engagement())).append("</p><h1>")
				.append(Html.escape(form.text(language, "name"))).append("</h1></header>\n<main>\n");
		languages(html, sheet, language, m);
		if (notice != null) {
			html.append("<p class=\"notice\" role=\"status\">").append(m.html(notice)).append("</p>\n");
		}
		intro(html, sheet, language, m);
		long answered = sheet.answers().keySet().stream().filter(form::hasItem).count();
		html.append("<p>").append(m.html("progress", answered, form.itemCount())).append("</p>\n");
		html.append("<nav aria-labelledby=\"contents\"><h2 id=\"contents\">").append(m.html("contents")).append("</h2><ol>");
		for (FormDocument.Section section : form.sections()) {
			html.append("<li><a href=\"#d-").append(Html.escape(section.dimension())).append("\">")
					.append(Html.escape(form.text(language, "dimension." + section.dimension()))).append("</a></li>");
		}
		html.append("</ol></nav>\n");
		html.append("<form id=\"questions\" method=\"post\" action=\"/q\">\n");
		hidden(html, sheet, language);
		for (FormDocument.Section section : form.sections()) {
			section(html, sheet, form, section, language, m);
		}
		html.append("<div class=\"actions\"><button type=\"submit\" name=\"action\" value=\"save\">").append(m.html("save"))
				.append("</button> <button type=\"submit\" name=\"action\" value=\"review\">").append(m.html("review"))
				.append("</button></div>\n</form>\n</main>\n");
		return foot(html);
	}

	private static void section(StringBuilder html, RaterSheet sheet, FormDocument form, FormDocument.Section section, String language,
			Messages m) {
		String dimension = section.dimension();
		String name = form.text(language, "dimension." + dimension);
		html.append("<section id=\"d-").append(Html.escape(dimension)).append("\" aria-labelledby=\"h-").append(Html.escape(dimension))
				.append("\">\n<h2 id=\"h-").append(Html.escape(dimension)).append("\">").append(Html.escape(name)).append("</h2>\n");
		String description = form.text(language, "dimension." + dimension + ".description");
		if (!description.equals("dimension." + dimension + ".description")) {
			html.append("<p class=\"description\">").append(Html.escape(description)).append("</p>\n");
		}
		for (String item : section.items()) {
			String answer = sheet.answers().get(item);
			html.append("<fieldset class=\"item\"><legend>").append(Html.escape(form.text(language, "item." + item))).append("</legend>\n<div class=\"scale\">");
			for (int value = form.minimum(); value <= form.maximum(); value++) {
				option(html, item, Integer.toString(value), value + " – " + form.text(language, "anchor." + value), answer);
			}
			if (form.notObservedAllowed()) {
				option(html, item, NOT_OBSERVED, form.text(language, "notObserved"), answer);
			}
			html.append("</div></fieldset>\n");
		}
		String id = "c-" + Html.escape(dimension);
		html.append("<label for=\"").append(id).append("\">").append(m.html("comment.label", name)).append("</label>\n<textarea id=\"")
				.append(id).append("\" name=\"c:").append(Html.escape(dimension)).append("\" rows=\"3\" maxlength=\"")
				.append(PortalHandler.MAX_COMMENT).append("\">").append(Html.escape(sheet.comments().getOrDefault(dimension, "")))
				.append("</textarea>\n</section>\n");
	}

	private static void option(StringBuilder html, String item, String value, String label, String answer) {
		String id = "a-" + Html.escape(item) + "-" + value;
		html.append("<label class=\"option\" for=\"").append(id).append("\"><input type=\"radio\" id=\"").append(id).append("\" name=\"a:")
				.append(Html.escape(item)).append("\" value=\"").append(value).append('"').append(value.equals(answer) ? " checked" : "")
				.append("> ").append(Html.escape(label)).append("</label>");
	}

	static String review(RaterSheet sheet, String language) {
		FormDocument form = sheet.form();
		Messages m = new Messages(language);
		StringBuilder html = head(m, language, m.html("review.title"));
		html.append("<header><p class=\"engagement\">").append(Html.escape(sheet.engagement())).append("</p><h1>").append(m.html("review.title"))
				.append("</h1></header>\n<main>\n");
		long unanswered = form.sections().stream().flatMap(s -> s.items().stream()).filter(i -> !sheet.answers().containsKey(i)).count();
		if (unanswered > 0) {
			html.append("<p class=\"notice\">").append(m.html("review.unanswered", unanswered, form.itemCount())).append("</p>\n");
		}
		answers(html, sheet, language, m);
		html.append("<form method=\"post\" action=\"/q\">\n");
		hidden(html, sheet, language);
		html.append("<p>").append(m.html("submit.note")).append("</p>\n<div class=\"actions\"><button type=\"submit\" name=\"action\" value=\"submit\">")
				.append(m.html("submit")).append("</button> <a href=\"/q?lang=").append(Html.escape(language)).append("\">")
				.append(m.html("review.back")).append("</a></div>\n</form>\n</main>\n");
		return foot(html);
	}

	static String submitted(RaterSheet sheet, String language) {
		Messages m = new Messages(language);
		StringBuilder html = head(m, language, m.html("submitted.title"));
		String when = sheet.submitted() == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(m.locale()).withZone(ZoneOffset.UTC)
						.format(sheet.submitted()) + " (UTC)";
		html.append("<header><p class=\"engagement\">").append(Html.escape(sheet.engagement())).append("</p><h1>").append(m.html("submitted.title"))
				.append("</h1></header>\n<main>\n<p role=\"status\">").append(m.html("submitted.text", when)).append("</p>\n");
		answers(html, sheet, language, m);
		html.append("</main>\n");
		return foot(html);
	}

	/** A page that only says something: a bad link, an expired session, a busy server. */
	static String message(String language, String title, String text) {
		Messages m = new Messages(language);
		StringBuilder html = head(m, language, m.html(title));
		html.append("<main>\n<h1>").append(m.html(title)).append("</h1>\n<p>").append(m.html(text)).append("</p>\n</main>\n");
		return foot(html);
	}

	/** The answers and comments, read-only, section by section. */
	private static void answers(StringBuilder html, RaterSheet sheet, String language, Messages m) {
		FormDocument form = sheet.form();
		for (FormDocument.Section section : form.sections()) {
			String dimension = section.dimension();
			html.append("<section><h2>").append(Html.escape(form.text(language, "dimension." + dimension))).append("</h2>\n<dl>");
			for (String item : section.items()) {
				String answer = sheet.answers().get(item);
				String shown = answer == null ? m.html("review.none")
						: Html.escape(NOT_OBSERVED.equals(answer) ? form.text(language, "notObserved")
								: answer + " – " + form.text(language, "anchor." + answer));
				html.append("<dt>").append(Html.escape(form.text(language, "item." + item))).append("</dt><dd>").append(shown).append("</dd>");
			}
			html.append("</dl>\n");
			String comment = sheet.comments().get(dimension);
			if (comment != null && !comment.isBlank()) {
				html.append("<blockquote>").append(Html.escape(comment)).append("</blockquote>\n");
			}
			html.append("</section>\n");
		}
	}

	private static void intro(StringBuilder html, RaterSheet sheet, String language, Messages m) {
		FormDocument form = sheet.form();
		html.append("<section class=\"intro\" aria-labelledby=\"promise\">\n<p>").append(m.html("intro.about", sheet.participant()));
		String relationship = "relationship." + sheet.relationship();
		html.append(' ').append(m.html("intro.relationship", relationshipText(m, relationship))).append("</p>\n");
		String description = form.text(language, "description");
		if (!description.equals("description")) {
			html.append("<p>").append(Html.escape(description)).append("</p>\n");
		}
		html.append("<h2 id=\"promise\">").append(m.html("promise.title")).append("</h2>\n<p>").append(m.html("promise.text", sheet.threshold()))
				.append("</p>\n<p>").append(m.html("howto", form.text(language, "notObserved"))).append("</p>\n</section>\n");
	}

	private static String relationshipText(Messages m, String key) {
		return m.has(key) ? m.raw(key) : m.raw("relationship.other");
	}

	private static void languages(StringBuilder html, RaterSheet sheet, String language, Messages m) {
		if (sheet.form().languages().size() < 2) {
			return;
		}
		html.append("<form class=\"language\" method=\"get\" action=\"/q\"><label for=\"lang\">").append(m.html("language.label"))
				.append("</label> <select id=\"lang\" name=\"lang\">");
		for (String l : sheet.form().languages()) {
			java.util.Locale locale = java.util.Locale.forLanguageTag(l);
			html.append("<option value=\"").append(Html.escape(l)).append('"').append(l.equals(language) ? " selected" : "").append(" lang=\"")
					.append(Html.escape(l)).append("\">").append(Html.escape(locale.getDisplayLanguage(locale))).append("</option>");
		}
		html.append("</select> <button type=\"submit\">").append(m.html("language.choose")).append("</button></form>\n");
	}

	private static void hidden(StringBuilder html, RaterSheet sheet, String language) {
		html.append("<input type=\"hidden\" name=\"csrf\" value=\"").append(Html.escape(sheet.csrf())).append("\">")
				.append("<input type=\"hidden\" name=\"version\" value=\"").append(sheet.version()).append("\">")
				.append("<input type=\"hidden\" name=\"lang\" value=\"").append(Html.escape(language)).append("\">\n");
	}

	private static StringBuilder head(Messages m, String language, String titleHtml) {
		StringBuilder html = new StringBuilder(16 * 1024);
		html.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(language)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(titleHtml).append(" – ")
				.append(m.html("page.title")).append("</title>\n<link rel=\"stylesheet\" href=\"/static/portal.css\">\n</head>\n<body>\n");
		return html;
	}

	private static String foot(StringBuilder html) {
		return html.append("</body>\n</html>\n").toString();
	}
}
