package org.fulcrum.plugins.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.internal.p2.repository.AuthenticationFailedException;
import org.eclipse.equinox.internal.p2.repository.Transport;

/**
 * p2's transport for Fulcrum's update sites: a folder or a zip file ({@code file:} and
 * {@code jar:file:}), or a web server ({@code http:} and {@code https:}) through the JDK's
 * {@link HttpClient}. p2's own transport is built on ECF and brings an HTTP stack Fulcrum does not
 * otherwise need. Redirects are followed (never from https to http), connecting times out after
 * {@link #CONNECT_TIMEOUT} and waiting for a response after {@link #RESPONSE_TIMEOUT}; a site's
 * user name and password ({@code https://user:password@host/site}) answer its server's
 * authentication challenge only and never appear in a message ({@link #redact}).
 */
public final class SiteTransport extends Transport {

	/** How long connecting to a web server may take. */
	public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
	/** How long a web server may take to start answering a request. */
	public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

	private static final int CHUNK = 64 * 1024;

	private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();
	private final Duration connectTimeout;
	private final Duration responseTimeout;

	public SiteTransport() {
		this(CONNECT_TIMEOUT, RESPONSE_TIMEOUT);
	}

	/** With other time limits (tests). */
	public SiteTransport(Duration connectTimeout, Duration responseTimeout) {
		this.connectTimeout = connectTimeout;
		this.responseTimeout = responseTimeout;
	}

	@Override
	public IStatus download(URI toDownload, OutputStream target, IProgressMonitor monitor) {
		try (InputStream in = open(toDownload, monitor)) {
			copy(in, target, toDownload, monitor);
			return Status.OK_STATUS;
		} catch (FileNotFoundException e) {
			return Status.error(redact(toDownload) + " does not exist", e);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | CoreException e) {
			return Status.error("cannot read " + redact(toDownload) + ": " + e.getMessage(), e);
		}
	}

	@Override
	public InputStream stream(URI toDownload, IProgressMonitor monitor) throws FileNotFoundException, CoreException, AuthenticationFailedException {
		try {
			return open(toDownload, monitor);
		} catch (FileNotFoundException | AuthenticationFailedException e) {
			throw e;
		} catch (IOException e) {
			throw new CoreException(Status.error("cannot read " + redact(toDownload) + ": " + e.getMessage(), e));
		}
	}

	@Override
	public long getLastModified(URI toDownload, IProgressMonitor monitor) throws CoreException, FileNotFoundException, AuthenticationFailedException {
		if (web(toDownload)) {
			HttpResponse<Void> response = send(request(toDownload).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.discarding(), toDownload);
			if (response.statusCode() == 405 || response.statusCode() == 501) { // a server without HEAD: ask for the file itself
				HttpResponse<InputStream> full = send(request(toDownload).GET().build(), HttpResponse.BodyHandlers.ofInputStream(), toDownload);
				try (InputStream ignored = body(full, toDownload)) {
					return lastModified(full);
				} catch (IOException e) {
					throw new CoreException(Status.error("cannot read " + redact(toDownload) + ": " + e.getMessage(), e));
				}
			}
			check(response, toDownload);
			return lastModified(response);
		}
		if ("jar".equals(toDownload.getScheme())) {
			return 0;
		}
		Path file = local(toDownload);
		try {
			return Files.getLastModifiedTime(file).toMillis();
		} catch (NoSuchFileException e) {
			throw new FileNotFoundException(toDownload.toString());
		} catch (IOException e) {
			throw new CoreException(Status.error("cannot read " + toDownload + ": " + e.getMessage(), e));
		}
	}

	/** Closes the web connections this transport opened. */
	public void close() {
		clients.values().forEach(HttpClient::close);
		clients.clear();
	}

	@Override
	public URI getSecureLocation(URI location) {
		return location; // the user chose the site; docs/install.md recommends https
	}

	/**
	 * {@code uri} as it may be shown or logged: without a user name and password, and without the
	 * values of its query (which may hold a token).
	 */
	public static String redact(URI uri) {
		if (uri == null) {
			return "";
		}
		if (!web(uri)) {
			return uri.toString();
		}
		String text = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
				+ (uri.getRawPath() == null ? "" : uri.getRawPath());
		return uri.getRawQuery() == null ? text : text + "?" + uri.getRawQuery().replaceAll("=[^&]*", "=…");
	}

	private InputStream open(URI uri, IProgressMonitor monitor) throws IOException, CoreException {
		if (web(uri)) {
			return body(send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofInputStream(), uri), uri);
		}
		if ("jar".equals(uri.getScheme())) {
			try {
				return uri.toURL().openStream();
			} catch (NoSuchFileException e) {
				throw new FileNotFoundException(uri.toString());
			}
		}
		try {
			return Files.newInputStream(local(uri));
		} catch (NoSuchFileException e) {
			throw new FileNotFoundException(uri.toString());
		}
	}

	private static void copy(InputStream in, OutputStream target, URI uri, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Downloading " + name(uri), IProgressMonitor.UNKNOWN);
		byte[] buffer = new byte[CHUNK];
		for (int read; (read = in.read(buffer)) >= 0;) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			target.write(buffer, 0, read);
			progress.setWorkRemaining(100).worked(1);
		}
	}

	private HttpRequest.Builder request(URI uri) {
		return HttpRequest.newBuilder(withoutUserInfo(uri)).timeout(responseTimeout).header("User-Agent", "Fulcrum p2");
	}

	/**
	 * One client for sites without a user name, one per user and server otherwise: its authenticator
	 * answers the site's own server only, so a redirect elsewhere never receives the password.
	 */
	private HttpClient client(URI uri) {
		String userInfo = uri.getUserInfo();
		String key = userInfo == null ? "" : userInfo + "@" + uri.getHost() + ":" + uri.getPort();
		return clients.computeIfAbsent(key, k -> {
			HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(connectTimeout);
			if (userInfo != null) {
				int colon = userInfo.indexOf(':');
				String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
				char[] password = colon < 0 ? new char[0] : userInfo.substring(colon + 1).toCharArray();
				String host = uri.getHost();
				builder.authenticator(new Authenticator() {
					@Override
					protected PasswordAuthentication getPasswordAuthentication() {
						return getRequestorType() == RequestorType.SERVER && host.equalsIgnoreCase(getRequestingHost())
								? new PasswordAuthentication(user, password)
								: null;
					}
				});
			}
			return builder.build();
		});
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, URI uri) throws CoreException {
		try {
			return client(uri).send(request, handler);
		} catch (HttpConnectTimeoutException e) {
			throw unreachable(uri, "no connection within " + connectTimeout.toSeconds() + " s", e);
		} catch (HttpTimeoutException e) {
			throw unreachable(uri, "no answer within " + responseTimeout.toSeconds() + " s", e);
		} catch (ConnectException e) {
			throw unreachable(uri, "the connection was refused", e);
		} catch (UnknownHostException e) {
			throw unreachable(uri, "unknown host " + uri.getHost(), e);
		} catch (IOException e) {
			throw unreachable(uri, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}

	private static InputStream body(HttpResponse<InputStream> response, URI uri) throws FileNotFoundException, CoreException,
			AuthenticationFailedException {
		try {
			check(response, uri);
		} catch (FileNotFoundException | CoreException | AuthenticationFailedException e) {
			try {
				response.body().close();
			} catch (IOException ignored) {
				// the error is what matters
			}
			throw e;
		}
		return response.body();
	}

	private static void check(HttpResponse<?> response, URI uri) throws FileNotFoundException, CoreException, AuthenticationFailedException {
		int status = response.statusCode();
		if (status == 404 || status == 410) {
			throw new FileNotFoundException(redact(uri) + " (HTTP " + status + ")");
		}
		if (status == 401 || status == 403) {
			throw new AuthenticationFailedException();
		}
		if (status >= 300) {
			throw new CoreException(Status.error("the web server answered HTTP " + status + " for " + redact(response.uri())));
		}
	}

	private static long lastModified(HttpResponse<?> response) {
		return response.headers().firstValue("Last-Modified").map(value -> {
			try {
				return java.time.ZonedDateTime.parse(value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
			} catch (java.time.format.DateTimeParseException e) {
				return 0L;
			}
		}).orElse(0L);
	}

	private static CoreException unreachable(URI uri, String why, Exception cause) {
		String server = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
		return new CoreException(Status.error("cannot reach " + server + " for " + redact(uri) + ": " + why, cause));
	}

	private static URI withoutUserInfo(URI uri) {
		if (uri.getRawUserInfo() == null) {
			return uri;
		}
		return URI.create(uri.toString().replace(uri.getRawUserInfo() + "@", ""));
	}

	private static boolean web(URI uri) {
		return "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
	}

	private static String name(URI uri) {
		String path = uri.getPath() == null ? "" : uri.getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static Path local(URI uri) throws CoreException {
		if (!"file".equals(uri.getScheme())) {
			throw new CoreException(Status.error("Fulcrum installs plugins from update sites in a folder, a zip file or on a web server "
					+ "(http or https); " + redact(uri) + " is none of them"));
		}
		return Path.of(uri);
	}
}
