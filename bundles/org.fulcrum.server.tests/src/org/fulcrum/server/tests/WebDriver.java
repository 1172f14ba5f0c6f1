package org.fulcrum.server.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.fulcrum.server.protocol.Json;

/**
 * A real headless Chromium driven through Debian's chromedriver by the W3C WebDriver protocol
 * (plain HTTP and JSON, so no driver library has to run inside OSGi). Loopback only.
 */
final class WebDriver implements AutoCloseable {

	static final String TAB = "\uE004";
	static final String ENTER = "\uE007";
	static final String SPACE = "\uE00D";
	private static final String ELEMENT = "element-6066-11e4-a52e-4f735d1b5b6f";

	private final Process driver;
	private final URI base;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private String session;

	private WebDriver(Process driver, URI base) {
		this.driver = driver;
		this.base = base;
	}

	/** Starts chromedriver on a free loopback port; FULCRUM_TEST_CHROMEDRIVER names it (./mvnw sets it up). */
	static WebDriver start() throws Exception {
		String executable = System.getenv("FULCRUM_TEST_CHROMEDRIVER");
		if (executable == null) {
			throw new AssertionError("no chromedriver: run the build with ./mvnw (releng/scripts/browser.sh installs Debian's chromium-driver)");
		}
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		Process process = new ProcessBuilder(executable, "--port=" + port, "--allowed-ips=127.0.0.1").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		WebDriver driver = new WebDriver(process, URI.create("http://127.0.0.1:" + port));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (true) {
			try {
				driver.call("GET", "/status", null);
				break;
			} catch (IOException e) {
				if (System.nanoTime() > deadline) {
					process.destroyForcibly();
					throw new AssertionError("chromedriver did not start", e);
				}
				Thread.sleep(100);
			}
		}
		return driver;
	}

	/** A new browser (fresh profile: no cookies), phone-sized. */
	void newBrowser() throws Exception {
		quitBrowser();
		String chromium = System.getenv().getOrDefault("FULCRUM_TEST_CHROMIUM", "/usr/bin/chromium");
		Map<String, Object> options = Map.of("binary", chromium, "args",
				List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=412,915", "--no-first-run"));
		Object value = call("POST", "/session", Map.of("capabilities", Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", options))));
		session = (String) ((Map<?, ?>) value).get("sessionId");
	}

	void go(String url) throws Exception {
		call("POST", path("/url"), Map.of("url", url));
	}

	String url() throws Exception {
		return (String) call("GET", path("/url"), null);
	}

	String source() throws Exception {
		return (String) call("GET", path("/source"), null);
	}

	String find(String css) throws Exception {
		Map<?, ?> element = (Map<?, ?>) call("POST", path("/element"), Map.of("using", "css selector", "value", css));
		Object id = element.containsKey(ELEMENT) ? element.get(ELEMENT) : element.values().iterator().next();
		return (String) id;
	}

	/** Waits up to ten seconds for the page to contain {@code text} (a keyboard action does not wait for the page it loads). */
	boolean waitFor(String text) throws Exception {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (source().contains(text)) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

	void click(String css) throws Exception {
		call("POST", path("/element/" + find(css) + "/click"), Map.of());
	}

	void type(String css, String text) throws Exception {
		call("POST", path("/element/" + find(css) + "/value"), Map.of("text", text));
	}

	Object script(String script) throws Exception {
		return call("POST", path("/execute/sync"), Map.of("script", script, "args", List.of()));
	}

	Object asyncScript(String script) throws Exception {
		return call("POST", path("/execute/async"), Map.of("script", script, "args", List.of()));
	}

	/** Presses and releases keys, as a keyboard does (no mouse anywhere). */
	void keys(String... keys) throws Exception {
		List<Object> actions = new java.util.ArrayList<>();
		for (String key : keys) {
			actions.add(Map.of("type", "keyDown", "value", key));
			actions.add(Map.of("type", "keyUp", "value", key));
		}
		call("POST", path("/actions"), Map.of("actions", List.of(Map.of("type", "key", "id", "keyboard", "actions", actions))));
	}

	private String path(String rest) {
		return "/session/" + session + rest;
	}

	private Object call(String method, String path, Object body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		} else {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		Object value = Json.object(response.body()).get("value");
		if (response.statusCode() != 200) {
			throw new AssertionError("WebDriver " + method + " " + path + ": " + response.statusCode() + " " + value);
		}
		return value;
	}

	private void quitBrowser() {
		if (session != null) {
			try {
				call("DELETE", "/session/" + session, null);
			} catch (Exception e) {
				// the browser is gone already
			}
			session = null;
		}
	}

	@Override
	public void close() {
		quitBrowser();
		driver.destroy();
	}
}
