package org.fulcrum.ui.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.fulcrum.ui.internal.Prompts;

/** Answers the workbench's questions as a test scripted them, and records every question and error. */
final class ScriptedPrompts implements Prompts {

	final Deque<Object> answers = new ArrayDeque<>();
	final List<String> asked = new ArrayList<>();
	final List<String> errors = new ArrayList<>();
	final List<String> informed = new java.util.concurrent.CopyOnWriteArrayList<>();

	void answer(Object... scripted) {
		answers.addAll(List.of(scripted));
	}

	@Override
	public boolean confirm(String title, String question) {
		asked.add(question);
		return (Boolean) next(question);
	}

	@Override
	public SaveChoice askSave(String title, String question) {
		asked.add(question);
		return (SaveChoice) next(question);
	}

	@Override
	public String askText(String title, String question, String initial) {
		asked.add(question);
		return (String) next(question);
	}

	@Override
	public String askSecret(String title, String question) {
		asked.add(question);
		return (String) next(question);
	}

	@Override
	public int choose(String title, String message, List<String> choices) {
		asked.add(message);
		return (Integer) next(message);
	}

	@Override
	public void inform(String title, String message) {
		informed.add(title + ": " + message);
	}

	@Override
	public void error(String title, String message) {
		errors.add(title + ": " + message);
	}

	void reset() {
		answers.clear();
		asked.clear();
		errors.clear();
		informed.clear();
	}

	private Object next(String question) {
		if (answers.isEmpty()) {
			throw new AssertionError("the workbench asked a question the test did not expect: " + question);
		}
		return answers.removeFirst();
	}
}
