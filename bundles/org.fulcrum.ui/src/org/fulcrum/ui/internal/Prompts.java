package org.fulcrum.ui.internal;

/**
 * The questions the workbench asks the user. The application context holds the dialog-based
 * {@link DialogPrompts}; tests put answers of their own in its place.
 */
public interface Prompts {

	/** What to do with unsaved changes. */
	enum SaveChoice {
		SAVE, DISCARD, CANCEL
	}

	/** Asks a yes/no question; true for yes. */
	boolean confirm(String title, String question);

	/** Asks whether to save changes before something that would lose them. */
	SaveChoice askSave(String title, String question);

	/** Asks for a line of text, e.g. the reason for an override; null when cancelled. */
	String askText(String title, String question, String initial);

	/** Asks for a secret such as an API key, typed or pasted without being shown; null when cancelled. */
	String askSecret(String title, String question);

	/** Asks the user to choose one of {@code choices}; its index, or -1 when cancelled. */
	int choose(String title, String message, java.util.List<String> choices);

	/** Tells the user what a piece of work did. */
	void inform(String title, String message);

	/** Tells the user something went wrong. */
	void error(String title, String message);
}
