package org.fulcrum.ui.internal.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The listeners of a session or workspace; safe to change while they are told. */
final class Listeners {

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	void add(Runnable listener) {
		listeners.add(listener);
	}

	void remove(Runnable listener) {
		listeners.remove(listener);
	}

	void fire() {
		listeners.forEach(Runnable::run);
	}

	void clear() {
		listeners.clear();
	}
}
