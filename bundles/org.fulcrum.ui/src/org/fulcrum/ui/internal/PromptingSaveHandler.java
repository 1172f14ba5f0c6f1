package org.fulcrum.ui.internal;

import java.util.Collection;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;

/**
 * Asks through {@link Prompts} before a dirty editor closes, and saves it through its
 * {@code @Persist} method (which saves the whole engagement). "Don't save" closes the editor
 * and leaves the changes in the open engagement, where they can still be saved or undone.
 */
final class PromptingSaveHandler implements ISaveHandler {

	private final Prompts prompts;

	PromptingSaveHandler(Prompts prompts) {
		this.prompts = prompts;
	}

	@Override
	public boolean save(MPart part, boolean confirm) {
		if (confirm) {
			switch (promptToSave(part)) {
			case CANCEL:
				return false;
			case NO:
				return true;
			default:
				break;
			}
		}
		if (part.getObject() != null && part.getContext() != null) {
			ContextInjectionFactory.invoke(part.getObject(), Persist.class, part.getContext(), null);
		}
		return !part.isDirty();
	}

	@Override
	public boolean saveParts(Collection<MPart> parts, boolean confirm) {
		for (MPart part : parts) {
			if (part.isDirty() && !save(part, confirm)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public Save promptToSave(MPart dirtyPart) {
		return switch (prompts.askSave("Unsaved changes", "The engagement of '" + dirtyPart.getLocalizedLabel()
				+ "' has unsaved changes. Save them now? If you don't, they stay in the open engagement until you save or close it.")) {
		case SAVE -> Save.YES;
		case DISCARD -> Save.NO;
		case CANCEL -> Save.CANCEL;
		};
	}

	@Override
	public Save[] promptToSave(Collection<MPart> dirtyParts) {
		return dirtyParts.stream().map(this::promptToSave).toArray(Save[]::new);
	}
}
