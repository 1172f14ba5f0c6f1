package org.fulcrum.server.tests;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A lean HTTP/1.1 client for the load test: one kept-alive loopback socket, requests written as
 * a browser would send them (session cookie, and {@code Origin} on posts), replies read by
 * {@code Content-Length} or chunks. It shares the machine's cores with the server, so it does as
 * little as a client can; java.net.http spends more per request than the server's page does.
 */
final class LoopbackClient implements AutoCloseable {

	/** A reply: status, headers by lower-case name, body. */
	record Reply(int status, Map<String, String> headers, byte[] body) {
		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}
	}

	private final String host;
	private final int port;
	private final String cookie;
	private final String origin;
	private Socket socket;
	private InputStream in;
	private OutputStream out;

	LoopbackClient(URI server, String cookie) {
		this.host = server.getHost();
		this.port = server.getPort();
		this.cookie = cookie;
		this.origin = server.getScheme() + "://" + server.getAuthority();
	}

	Reply get(String path) throws IOException {
		return exchange(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nCookie: " + cookie + "\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1), null);
	}

	Reply post(String path, String form) throws IOException {
		byte[] body = form.getBytes(StandardCharsets.UTF_8);
		return exchange(("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nCookie: " + cookie + "\r\nOrigin: " + origin
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1), body);
	}

	private Reply exchange(byte[] head, byte[] body) throws IOException {
		if (socket == null) {
			socket = new Socket();
			socket.setTcpNoDelay(true);
			socket.setSoTimeout(20_000);
			socket.connect(new InetSocketAddress(host, port), 5_000);
			in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
			out = socket.getOutputStream();
		}
		byte[] request = head;
		if (body != null) {
			request = new byte[head.length + body.length];
			System.arraycopy(head, 0, request, 0, head.length);
			System.arraycopy(body, 0, request, head.length, body.length);
		}
		out.write(request);
		out.flush();
		String status = line();
		int code = Integer.parseInt(status.substring(9, 12));
		Map<String, String> headers = new HashMap<>();
		for (String line = line(); !line.isEmpty(); line = line()) {
			int colon = line.indexOf(':');
			headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
		}
		byte[] content;
		if (headers.containsKey("content-length")) {
			content = in.readNBytes(Integer.parseInt(headers.get("content-length")));
		} else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			ByteArrayOutputStream chunks = new ByteArrayOutputStream();
			for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0; size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
				chunks.write(in.readNBytes(size));
				line();
			}
			while (!line().isEmpty()) {
				// trailers
			}
			content = chunks.toByteArray();
		} else {
			content = new byte[0];
		}
		if ("close".equalsIgnoreCase(headers.get("connection"))) {
			close();
		}
		return new Reply(code, headers, content);
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new EOFException("the server closed the connection");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	@Override
	public void close() throws IOException {
		if (socket != null) {
			socket.close();
			socket = null;
		}
	}
}
