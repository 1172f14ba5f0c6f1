package org.fulcrum.core.tests.store;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.fulcrum.bench.SyntheticEngagement;
import org.fulcrum.core.internal.store.StoreEngine;
import org.fulcrum.model.FulcrumPackage;

/**
 * A second JVM running one of the test's main classes on a plain class path made of the
 * bundles the store needs, so tests can kill a writer or hold a lock from another process.
 */
final class ChildJvm implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final Process process;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private final List<String> seen = new ArrayList<>();

	private ChildJvm(Process process) {
		this.process = process;
		Thread reader = new Thread(this::readLines, "child-jvm-output");
		reader.setDaemon(true);
		reader.start();
	}

	static ChildJvm start(Class<?> main, String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-Xmx1g");
		command.add("-cp");
		command.add(classPath());
		command.add(main.getName());
		command.addAll(List.of(arguments));
		return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	long pid() {
		return process.pid();
	}

	/** Waits for the next output line starting with {@code prefix} and returns it. */
	String awaitLine(String prefix) throws InterruptedException {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			String line = lines.poll(100, TimeUnit.MILLISECONDS);
			if (line != null) {
				seen.add(line);
				if (line.startsWith(prefix)) {
					return line;
				}
			} else if (!process.isAlive() && lines.isEmpty()) {
				break;
			}
		}
		throw new AssertionError("child never printed '" + prefix + "'; it printed " + seen);
	}

	/** Kills the child at once (SIGKILL: no shutdown hooks, no flushing) and returns every line it printed. */
	List<String> kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		Thread.sleep(50);
		lines.drainTo(seen);
		return seen;
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

	private void readLines() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lines.add(line);
			}
		} catch (IOException ended) {
			// the child is gone
		}
	}

	/** The folders or jars that hold EMF, the model, the store, the generator and these tests. */
	private static String classPath() throws IOException {
		Set<String> roots = new LinkedHashSet<>();
		for (Class<?> type : List.of(URI.class, EObject.class, XMIResourceImpl.class, FulcrumPackage.class,
				StoreEngine.class, SyntheticEngagement.class, ChildJvm.class)) {
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
