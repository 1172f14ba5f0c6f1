package org.fulcrum.server.internal.web;

import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes whole responses: pages, JSON, redirects, and 503 with a retry hint. */
final class Replies {

	/** Seconds a client should wait before trying again while the database is away. */
	static final int RETRY_AFTER = 5;

	private Replies() {
	}

	static boolean html(Response response, Callback callback, int status, String page) {
		return write(response, callback, status, "text/html; charset=utf-8", page);
	}

	static boolean json(Response response, Callback callback, int status, String json) {
		return write(response, callback, status, "application/json; charset=utf-8", json);
	}

	static boolean write(Response response, Callback callback, int status, String type, String body) {
		response.setStatus(status);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
		response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
		Content.Sink.write(response, true, body, callback);
		return true;
	}

	static boolean bytes(Response response, Callback callback, String type, byte[] body) {
		response.setStatus(200);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
		response.getHeaders().put(HttpHeader.CACHE_CONTROL, "public, max-age=3600");
		response.write(true, java.nio.ByteBuffer.wrap(body), callback);
		return true;
	}

	/** 303 See Other: after a POST the browser GETs the new address, and a reload never posts twice. */
	static boolean redirect(Request request, Response response, Callback callback, String location) {
		Response.sendRedirect(request, response, callback, 303, location, true);
		return true;
	}

	static boolean unavailable(Response response, Callback callback, String type, String body) {
		response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(RETRY_AFTER));
		return write(response, callback, 503, type, body);
	}

	static byte[] resource(String name) {
		try (var in = Replies.class.getResourceAsStream(name)) {
			return in.readAllBytes();
		} catch (java.io.IOException | NullPointerException e) {
			throw new IllegalStateException(name + " is missing from the bundle", e);
		}
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
