package org.fulcrum.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.fulcrum.core.internal.store.EngagementXmi;
import org.fulcrum.core.internal.store.StoreEngine;
import org.fulcrum.core.internal.store.SystemFileOps;
import org.fulcrum.model.Engagement;

/**
 * Opens one engagement file in this fresh JVM and prints {@code open-ms heap-mb elements}:
 * the first open in a new process, with cold code and no warm caches, is what a consultant
 * waits for. EMF and the model package are initialised first, as Fulcrum does at start-up.
 * Modes: {@code fulcrum} (the store, with its cache), {@code fulcrum-xmi} (the store without
 * cache), {@code emf-xmi} (EMF's XMI with default options and an id map), {@code emf-binary}.
 */
public final class OpenOnce {

	private OpenOnce() {
	}

	public static void main(String[] arguments) throws Exception {
		String mode = arguments[0];
		Path file = Path.of(arguments[1]);
		// A running Fulcrum has EMF and its model initialised before the user opens anything.
		EngagementXmi.newResourceSet();
		URI.createFileURI(file.toString());
		long started = System.nanoTime();
		Engagement engagement = switch (mode) {
		case "fulcrum" -> new StoreEngine(SystemFileOps.INSTANCE, true).read(file);
		case "fulcrum-xmi" -> new StoreEngine(SystemFileOps.INSTANCE, false).read(file);
		case "emf-xmi" -> load(xmiWithIdMap(file));
		case "emf-binary" -> load(new BinaryResourceImpl(URI.createFileURI(file.toString())));
		default -> throw new IllegalArgumentException("unknown mode " + mode);
		};
		long opened = System.nanoTime();
		int[] count = { 0 };
		engagement.eAllContents().forEachRemaining(o -> count[0]++);
		System.gc();
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		System.out.printf("%.1f %.0f %d%n", (opened - started) / 1e6, heap / 1048576.0, count[0]);
	}

	/**
	 * EMF's XMI with default load options, plus an id map: without one, every reference by id
	 * searches the whole document and a 408,000-response engagement takes minutes to load.
	 */
	private static XMIResourceImpl xmiWithIdMap(Path file) {
		XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
		resource.setIntrinsicIDToEObjectMap(new java.util.HashMap<>());
		return resource;
	}

	private static Engagement load(Resource resource) throws Exception {
		EngagementXmi.newResourceSet().getResources().add(resource);
		resource.load(Map.of());
		return (Engagement) resource.getContents().get(0);
	}
}
