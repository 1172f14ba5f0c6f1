package org.fulcrum.core.tests.store;

import java.nio.file.Path;

import org.fulcrum.core.internal.store.StoreEngine;
import org.fulcrum.core.internal.store.SystemFileOps;

/** Child process: opens an engagement for writing and holds it until killed. */
public final class HoldOpenChild {

	private HoldOpenChild() {
	}

	public static void main(String[] arguments) throws Exception {
		new StoreEngine(SystemFileOps.INSTANCE, false).open(Path.of(arguments[0]));
		System.out.println("holding");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
