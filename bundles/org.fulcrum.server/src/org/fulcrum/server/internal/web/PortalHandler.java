package org.fulcrum.server.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.fulcrum.server.internal.store.PortalStore;
import org.fulcrum.server.internal.store.RaterSheet;
import org.fulcrum.server.internal.store.StoreUnavailableException;
import org.fulcrum.server.protocol.FormDocument;

/**
 * The rater's pages: {@code /r/TOKEN} trades the link's token for a session cookie and redirects
 * to {@code /q} (so the token leaves the address bar and the history), {@code /q} shows the
 * questionnaire, its review or the read-only page after submission, and takes the form's posts.
 */
final class PortalHandler extends Handler.Abstract {

	static final int MAX_COMMENT = 4000;
	private static final byte[] CSS = Replies.resource("portal.css");

	private final AccessPolicy access;
	private final PortalStore store;
	private final int maxBody;

	PortalHandler(AccessPolicy access, PortalStore store, int maxBody) {
		this.access = access;
		this.store = store;
		this.maxBody = maxBody;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		String path = Request.getPathInContext(request);
		boolean get = HttpMethod.GET.is(request.getMethod()) || HttpMethod.HEAD.is(request.getMethod());
		boolean post = HttpMethod.POST.is(request.getMethod());
		try {
			if (get && path.equals("/static/portal.css")) {
				return Replies.bytes(response, callback, "text/css; charset=utf-8", CSS);
			}
			if (get && path.startsWith("/r/")) {
				return openLink(request, response, callback, path.substring(3));
			}
			if (path.equals("/q") && (get || post)) {
				Optional<RaterSheet> sheet = access.rater(request, get ? savedVersion(request) : 0);
				if (sheet.isEmpty()) {
					return page(response, callback, 401, "en", "expired");
				}
				return get ? show(request, response, callback, sheet.get()) : change(request, response, callback, sheet.get());
			}
			return false;
		} catch (StoreUnavailableException e) {
			return Replies.unavailable(response, callback, "text/html; charset=utf-8", Pages.message("en", "busy.title", "busy.text"));
		}
	}

	private boolean openLink(Request request, Response response, Callback callback, String token) throws Exception {
		if (!access.mayLookUpLink(request)) {
			response.getHeaders().put("Retry-After", "60");
			return page(response, callback, 429, "en", "limited");
		}
		Optional<PortalStore.Opened> opened = token.matches("[A-Za-z0-9_-]{20,100}") ? store.openSession(token) : Optional.empty();
		if (opened.isEmpty()) {
			return page(response, callback, 404, "en", "badlink");
		}
		if (opened.get().withdrawn()) {
			return page(response, callback, 410, "en", "closed");
		}
		access.startSession(response, opened.get().session());
		return Replies.redirect(request, response, callback, "/q");
	}

	private boolean show(Request request, Response response, Callback callback, RaterSheet sheet) throws Exception {
		Fields query = Request.extractQueryParameters(request);
		String language = Pages.language(sheet, query.getValue("lang"));
		if (sheet.status() == RaterSheet.Status.WITHDRAWN) {
			return page(response, callback, 410, language, "closed");
		}
		if (!sheet.editable()) {
			return Replies.html(response, callback, 200, Pages.submitted(sheet, language));
		}
		if ("1".equals(query.getValue("review"))) {
			return Replies.html(response, callback, 200, Pages.review(sheet, language));
		}
		String notice = "1".equals(query.getValue("saved")) ? "saved" : "1".equals(query.getValue("stale")) ? "stale" : null;
		return Replies.html(response, callback, 200, Pages.questionnaire(sheet, language, notice));
	}

	private boolean change(Request request, Response response, Callback callback, RaterSheet sheet) throws Exception {
		Fields fields;
		try {
			fields = FormFields.getFields(request, 1_000, maxBody);
		} catch (RuntimeException e) {
			return page(response, callback, 413, "en", "invalid");
		}
		if (!access.mayChange(request, sheet, fields.getValue("csrf"))) {
			return page(response, callback, 403, Pages.language(sheet, fields.getValue("lang")), "forbidden");
		}
		String language = Pages.language(sheet, fields.getValue("lang"));
		String action = fields.getValue("action");
		int version;
		try {
			version = Integer.parseInt(String.valueOf(fields.getValue("version")));
		} catch (NumberFormatException e) {
			return page(response, callback, 400, language, "invalid");
		}
		boolean submit = "submit".equals(action);
		Map<String, String> answers = sheet.answers();
		Map<String, String> comments = sheet.comments();
		if (!submit) {
			answers = new LinkedHashMap<>();
			comments = new LinkedHashMap<>();
			if (!read(fields, sheet.form(), answers, comments)) {
				return page(response, callback, 400, language, "invalid");
			}
		}
		PortalStore.Saved saved = store.save(sheet, version, answers, comments, language, submit);
		String back = "/q?lang=" + java.net.URLEncoder.encode(language, java.nio.charset.StandardCharsets.UTF_8);
		// After a commit the next page names the version it committed: whichever server of several serves
		// that page shows this save, not an older copy it still remembers (docs/server.md, Running several servers).
		String committed = "&v=" + (version + 1);
		return switch (saved) {
		case SAVED -> Replies.redirect(request, response, callback, back + ("review".equals(action) ? "&review=1" : "&saved=1") + committed);
		case SUBMITTED -> Replies.redirect(request, response, callback, back + committed);
		case CLOSED -> Replies.redirect(request, response, callback, back);
		case STALE -> Replies.redirect(request, response, callback, back + "&stale=1");
		};
	}

	/** The {@code v} of a page after a save: the version it committed (0 when absent or not a number). */
	private static int savedVersion(Request request) {
		String v = Request.extractQueryParameters(request).getValue("v");
		if (v == null || !v.matches("[0-9]{1,9}")) {
			return 0;
		}
		return Integer.parseInt(v);
	}

	/** Reads {@code a:ITEM} and {@code c:DIMENSION} fields; false when one names no item or section of the form, or holds no valid answer. */
	static boolean read(Fields fields, FormDocument form, Map<String, String> answers, Map<String, String> comments) {
		for (Fields.Field field : fields) {
			String name = field.getName();
			String value = field.getValue();
			if (name.startsWith("a:")) {
				String item = name.substring(2);
				if (!form.hasItem(item) || !valid(form, value) || field.getValues().size() > 1) {
					return false;
				}
				answers.put(item, value);
			} else if (name.startsWith("c:")) {
				String dimension = name.substring(2);
				if (!form.hasSection(dimension) || value.length() > MAX_COMMENT) {
					return false;
				}
				if (!value.isBlank()) {
					comments.put(dimension, value.strip());
				}
			} else if (!java.util.Set.of("csrf", "version", "lang", "action").contains(name)) {
				return false;
			}
		}
		return true;
	}

	private static boolean valid(FormDocument form, String value) {
		if (Pages.NOT_OBSERVED.equals(value)) {
			return form.notObservedAllowed();
		}
		try {
			int n = Integer.parseInt(value);
			return n >= form.minimum() && n <= form.maximum() && value.equals(Integer.toString(n));
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private static boolean page(Response response, Callback callback, int status, String language, String what) {
		return Replies.html(response, callback, status, Pages.message(language, what + ".title", what + ".text"));
	}
}
