package org.fulcrum.ui.internal.forms;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.fulcrum.model.ActionOption;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.OptionSource;

/**
 * The options raised in a partner session, in the order raised: who raised each (the partner, or
 * the partner manager, whose suggestion should be followed by asking the partner for more) and its text.
 */
public final class OptionList {

	private static final FulcrumPackage MODEL = FulcrumPackage.eINSTANCE;
	private final TableViewer viewer;

	public OptionList(Composite body, EditingDomain domain, EObject owner, EReference options) {
		viewer = Lists.table(body, 4);
		Cells.choice(viewer, "Raised by", 150, domain, MODEL.getActionOption_Source(), () -> OptionSource.VALUES, OptionList::label);
		Cells.text(viewer, "Option", 500, domain, MODEL.getActionOption_Text());
		Lists.show(viewer, owner, options);
		var row = Lists.buttons(body);
		Lists.button(row, "Add the partner's option", () -> Lists.add(domain, owner, options, option(OptionSource.PARTNER)));
		Lists.button(row, "Add a suggestion of mine", () -> Lists.add(domain, owner, options, option(OptionSource.COACH)));
		Lists.button(row, "Remove", () -> Lists.removeSelected(domain, owner, options, viewer));
	}

	public TableViewer viewer() {
		return viewer;
	}

	static String label(OptionSource source) {
		return source == OptionSource.COACH ? "partner manager" : "partner";
	}

	private static ActionOption option(OptionSource source) {
		ActionOption option = FulcrumFactory.eINSTANCE.createActionOption();
		option.setSource(source);
		option.setText(source == OptionSource.PARTNER ? "(the partner's idea)" : "(my suggestion)");
		return option;
	}
}
