package org.fulcrum.server.internal.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Headers every response carries: no referrer (a link's token must never travel in a Referer),
 * a strict Content-Security-Policy (own stylesheet, no script, forms only to this server, no
 * framing), no MIME sniffing, and HSTS when raters come over TLS.
 */
final class SecurityHeaders extends Handler.Wrapper {

	static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'none'";

	private final boolean secure;

	SecurityHeaders(Handler next, boolean secure) {
		super(next);
		this.secure = secure;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		HttpFields.Mutable headers = response.getHeaders();
		headers.put("Referrer-Policy", "no-referrer");
		headers.put("Content-Security-Policy", CSP);
		headers.put("X-Content-Type-Options", "nosniff");
		headers.put("X-Frame-Options", "DENY");
		headers.put("Cross-Origin-Opener-Policy", "same-origin");
		headers.put("Cross-Origin-Resource-Policy", "same-origin");
		headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
		if (secure) {
			headers.put("Strict-Transport-Security", "max-age=31536000");
		}
		return super.handle(request, response, callback);
	}
}
