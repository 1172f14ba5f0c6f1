package org.fulcrum.core.tests.store;

import java.nio.file.Path;

import org.fulcrum.core.internal.store.StoreEngine;
import org.fulcrum.core.internal.store.SystemFileOps;
import org.fulcrum.core.store.EngagementDocument;

/**
 * Child process: opens an engagement and saves it again and again, naming each version
 * {@code <round>.<n>} and announcing "saving n" before and "saved n" after each save.
 */
public final class SaveLoopChild {

	private SaveLoopChild() {
	}

	public static void main(String[] arguments) throws Exception {
		String round = arguments[1];
		EngagementDocument document = new StoreEngine(SystemFileOps.INSTANCE, true).open(Path.of(arguments[0]));
		for (int n = 1;; n++) {
			document.engagement().setName(round + "." + n);
			document.markDirty();
			System.out.println("saving " + n);
			System.out.flush();
			document.save();
			System.out.println("saved " + n);
			System.out.flush();
		}
	}
}
