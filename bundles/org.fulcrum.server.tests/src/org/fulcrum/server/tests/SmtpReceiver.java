package org.fulcrum.server.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-process SMTP server on loopback (RFC 5321's plain dialogue: HELO/EHLO, MAIL, RCPT, DATA,
 * QUIT) that keeps every message it receives, so that tests read the invitations publish sent.
 * No mail leaves the machine.
 */
final class SmtpReceiver implements AutoCloseable {

	final List<String> messages = new CopyOnWriteArrayList<>();
	private final ServerSocket socket;
	private final Thread thread;

	SmtpReceiver() throws IOException {
		socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		thread = new Thread(this::serve, "smtp-receiver");
		thread.setDaemon(true);
		thread.start();
	}

	int port() {
		return socket.getLocalPort();
	}

	private void serve() {
		while (!socket.isClosed()) {
			try (Socket client = socket.accept()) {
				converse(client);
			} catch (IOException e) {
				// closed, or the client went away
			}
		}
	}

	private void converse(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
		OutputStream out = client.getOutputStream();
		reply(out, "220 localhost test SMTP");
		String line;
		while ((line = in.readLine()) != null) {
			String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
			switch (command) {
			case "EHLO", "HELO" -> reply(out, "250 localhost");
			case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
			case "DATA" -> {
				reply(out, "354 end with <CRLF>.<CRLF>");
				StringBuilder message = new StringBuilder();
				while ((line = in.readLine()) != null && !line.equals(".")) {
					message.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
				}
				messages.add(message.toString());
				reply(out, "250 OK queued");
			}
			case "QUIT" -> {
				reply(out, "221 bye");
				return;
			}
			default -> reply(out, "502 not implemented");
			}
		}
	}

	private static void reply(OutputStream out, String text) throws IOException {
		out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	/** A message's text with quoted-printable soft breaks and escapes undone. */
	static String decoded(String message) {
		if (!message.contains("quoted-printable")) {
			return message;
		}
		String joined = message.replace("=\r\n", "");
		StringBuilder out = new StringBuilder();
		byte[] bytes = new byte[joined.length()];
		int n = 0;
		for (int i = 0; i < joined.length(); i++) {
			char c = joined.charAt(i);
			if (c == '=' && i + 2 < joined.length() && joined.substring(i + 1, i + 3).matches("[0-9A-F]{2}")) {
				bytes[n++] = (byte) Integer.parseInt(joined.substring(i + 1, i + 3), 16);
				i += 2;
			} else {
				if (n > 0) {
					out.append(new String(bytes, 0, n, StandardCharsets.UTF_8));
					n = 0;
				}
				out.append(c);
			}
		}
		if (n > 0) {
			out.append(new String(bytes, 0, n, StandardCharsets.UTF_8));
		}
		return out.toString();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
