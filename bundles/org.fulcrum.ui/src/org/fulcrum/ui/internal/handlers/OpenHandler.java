package org.fulcrum.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.fulcrum.ui.internal.navigator.NavigatorPart;

/** Opens what is selected in the navigator: a closed engagement file, or the editor of an object. */
public final class OpenHandler {

	public static final String NAVIGATOR = "org.fulcrum.ui.part.navigator";

	@CanExecute
	boolean canExecute(@Optional IStructuredSelection selection) {
		return selection != null && !selection.isEmpty();
	}

	@Execute
	void execute(IStructuredSelection selection, EPartService parts) {
		MPart navigator = parts.findPart(NAVIGATOR);
		if (navigator != null && navigator.getObject() instanceof NavigatorPart part) {
			part.activate(selection.getFirstElement());
		}
	}
}
