package org.fulcrum.server.tests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;

/** The server in a second JVM on a plain class path of the bundles it needs, so that a test can SIGKILL it. */
final class ChildServer implements AutoCloseable {

	private final Process process;
	final int port;

	private ChildServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static ChildServer start(String database) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(classPath());
		command.add(ServerMain.class.getName());
		command.add(database);
		command.add("0");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		List<String> seen = new ArrayList<>();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		String line;
		while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
			seen.add(line);
			if (line.startsWith("listening ")) {
				Thread drain = new Thread(() -> {
					try {
						out.transferTo(java.io.Writer.nullWriter());
					} catch (IOException e) {
						// the child is gone
					}
				});
				drain.setDaemon(true);
				drain.start();
				return new ChildServer(process, Integer.parseInt(line.substring(10).strip()));
			}
		}
		process.destroyForcibly();
		throw new AssertionError("the child server did not start: " + seen);
	}

	/** SIGKILL: no shutdown hook, no orderly close of anything. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

	/** The folders or jars that hold the server, Jetty, the pool, the drivers and these tests. */
	private static String classPath() throws IOException {
		Set<String> roots = new LinkedHashSet<>();
		for (Class<?> type : List.of(ServerMain.class, org.fulcrum.server.FulcrumServer.class, org.eclipse.jetty.server.Server.class,
				org.eclipse.jetty.http.HttpField.class, org.eclipse.jetty.io.EndPoint.class, org.eclipse.jetty.util.Callback.class,
				com.zaxxer.hikari.HikariDataSource.class, org.h2.jdbcx.JdbcDataSource.class, org.postgresql.ds.PGSimpleDataSource.class,
				org.slf4j.LoggerFactory.class)) {
			roots.add(rootOf(type));
		}
		return String.join(File.pathSeparator, roots);
	}

	private static String rootOf(Class<?> type) throws IOException {
		String classFile = type.getName().replace('.', '/') + ".class";
		URL resolved = FileLocator.resolve(type.getClassLoader().getResource(classFile));
		String url = resolved.toString();
		if (url.startsWith("jar:")) {
			return Path.of(java.net.URI.create(url.substring(4, url.indexOf("!/")))).toString();
		}
		return Path.of(java.net.URI.create(url.substring(0, url.length() - classFile.length()))).toString();
	}
}
