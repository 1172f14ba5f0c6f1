package org.fulcrum.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.internal.p2.repository.AuthenticationFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * p2's transport against a real web server on the loopback address (the JDK's HttpServer): files,
 * redirects, 404, an unreachable port, a server that does not answer, basic authentication, and no
 * user name or password in any message.
 */
class SiteTransportTest {

	private static final byte[] CONTENT = "<repository/>".getBytes(StandardCharsets.UTF_8);

	private HttpServer server;
	private String base;
	private final List<String> authorizations = new CopyOnWriteArrayList<>();
	private final CountDownLatch release = new CountDownLatch(1);
	private final SiteTransport transport = new SiteTransport(Duration.ofSeconds(5), Duration.ofSeconds(1));

	@BeforeEach
	void serve() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/site/", exchange -> {
			authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
			if (exchange.getRequestURI().getPath().equals("/site/content.xml")) {
				exchange.getResponseHeaders().add("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT");
				send(exchange, 200, CONTENT);
			} else {
				send(exchange, 404, new byte[0]);
			}
		});
		server.createContext("/moved/", exchange -> {
			exchange.getResponseHeaders().add("Location", "/site/" + exchange.getRequestURI().getPath().substring("/moved/".length()));
			send(exchange, 301, new byte[0]);
		});
		server.createContext("/private/", exchange -> {
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			authorizations.add(String.valueOf(authorization));
			if (authorization == null) {
				exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"sites\"");
				send(exchange, 401, new byte[0]);
			} else if (authorization.equals("Basic " + java.util.Base64.getEncoder().encodeToString("reader:s3cret".getBytes(StandardCharsets.UTF_8)))) {
				send(exchange, 200, CONTENT);
			} else {
				send(exchange, 403, new byte[0]);
			}
		});
		server.createContext("/slow/", exchange -> {
			try {
				release.await(10, TimeUnit.SECONDS); // longer than the transport waits
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			send(exchange, 200, CONTENT);
		});
		server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		server.start();
		base = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@AfterEach
	void stop() {
		release.countDown();
		transport.close();
		server.stop(0);
	}

	@Test
	void downloadsAFileAndItsDate() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		IStatus status = transport.download(URI.create(base + "/site/content.xml"), out, new NullProgressMonitor());
		assertTrue(status.isOK(), status.toString());
		assertArrayEquals(CONTENT, out.toByteArray());
		assertEquals(1796119200000L, transport.getLastModified(URI.create(base + "/site/content.xml"), new NullProgressMonitor()));
	}

	@Test
	void followsRedirects() throws Exception {
		try (InputStream in = transport.stream(URI.create(base + "/moved/content.xml"), new NullProgressMonitor())) {
			assertArrayEquals(CONTENT, in.readAllBytes());
		}
	}

	@Test
	void aMissingFileIsNotFoundAsP2ExpectsWhileProbing() throws Exception {
		URI missing = URI.create(base + "/site/content.jar");
		assertThrows(FileNotFoundException.class, () -> transport.stream(missing, new NullProgressMonitor()));
		assertThrows(FileNotFoundException.class, () -> transport.getLastModified(missing, new NullProgressMonitor()));
		IStatus status = transport.download(missing, new ByteArrayOutputStream(), new NullProgressMonitor());
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertTrue(status.getMessage().contains(missing + " does not exist"), status.getMessage());
	}

	@Test
	void anUnreachableServerIsNamed() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = socket.getLocalPort();
		}
		CoreException e = assertThrows(CoreException.class,
				() -> transport.stream(URI.create("http://127.0.0.1:" + closed + "/site/content.xml"), new NullProgressMonitor()));
		assertTrue(e.getMessage().startsWith("cannot reach http://127.0.0.1:" + closed + " for "), e.getMessage());
		assertTrue(e.getMessage().contains("refused"), e.getMessage());
	}

	@Test
	void aServerThatDoesNotAnswerTimesOut() {
		long start = System.nanoTime();
		CoreException e = assertThrows(CoreException.class, () -> transport.stream(URI.create(base + "/slow/content.xml"), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("no answer within 1 s"), e.getMessage());
		assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(8), "gave up after the response time limit");
	}

	@Test
	void credentialsAnswerTheServersChallengeAndAreNeverShown() throws Exception {
		URI secured = URI.create("http://reader:s3cret@127.0.0.1:" + server.getAddress().getPort() + "/private/content.xml");
		try (InputStream in = transport.stream(secured, new NullProgressMonitor())) {
			assertArrayEquals(CONTENT, in.readAllBytes());
		}
		assertThrows(AuthenticationFailedException.class,
				() -> transport.stream(URI.create(base + "/private/content.xml"), new NullProgressMonitor()));
		URI wrong = URI.create("http://reader:wrong@127.0.0.1:" + server.getAddress().getPort() + "/private/content.xml?token=abc");
		IStatus status = transport.download(wrong, new ByteArrayOutputStream(), new NullProgressMonitor());
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertFalse(status.getMessage().contains("wrong") || status.getMessage().contains("reader") || status.getMessage().contains("abc"),
				status.getMessage());
		assertEquals(base + "/private/content.xml?token=…", SiteTransport.redact(wrong));
	}

	@Test
	void noPasswordIsSentWithoutAChallenge() throws Exception {
		URI site = URI.create("http://reader:s3cret@127.0.0.1:" + server.getAddress().getPort() + "/site/content.xml");
		try (InputStream in = transport.stream(site, new NullProgressMonitor())) {
			assertArrayEquals(CONTENT, in.readAllBytes());
		}
		assertEquals(List.of("null"), authorizations, "a public file gets no Authorization header");
	}

	@Test
	void somethingElseThanASiteIsNamed() {
		CoreException e = assertThrows(CoreException.class,
				() -> transport.stream(URI.create("ftp://example.com/site/content.xml"), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("a folder, a zip file or on a web server"), e.getMessage());
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		boolean head = "HEAD".equals(exchange.getRequestMethod());
		exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
		if (!head && body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		exchange.close();
	}
}
