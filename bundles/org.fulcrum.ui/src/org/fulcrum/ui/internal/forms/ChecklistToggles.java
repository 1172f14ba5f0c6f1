package org.fulcrum.ui.internal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fulcrum.coaching.Checklist;
import org.fulcrum.coaching.Reviews;
import org.fulcrum.model.ChecklistEntry;
import org.fulcrum.model.ChecklistKind;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Stance;

/**
 * The review against the do's and don'ts as toggles: for each of the text's eleven pairs, the do
 * and its don't, each in the text's words with its advice beneath, so a reviewer can mark a do and
 * its don't in the same session. Toggling sets the entry (or adds it) through a command. A do the
 * stance observed does not allow to credit (a rescuer keeping ownership) says so beside it.
 */
public final class ChecklistToggles {

	private final EditingDomain domain;
	private final EObject owner;
	private final EReference review;
	private final Supplier<Stance> stance;
	private final List<Button> dos = new ArrayList<>();
	private final List<Button> donts = new ArrayList<>();
	private final List<Label> notes = new ArrayList<>();

	public ChecklistToggles(Composite body, EditingDomain domain, EObject owner, EReference review, Supplier<Stance> stance) {
		this.domain = domain;
		this.owner = owner;
		this.review = review;
		this.stance = stance;
		if (body.getLayout() instanceof org.eclipse.swt.layout.GridLayout grid) {
			grid.makeColumnsEqualWidth = true; // a do and its don't side by side, equally wide
		}
		for (Checklist.Pair pair : Checklist.PAIRS) {
			dos.add(toggle(body, pair, ChecklistKind.DO, pair.doText(), pair.doAdvice()));
			donts.add(toggle(body, pair, ChecklistKind.DONT, pair.dontText(), pair.dontAdvice()));
			Label note = new Label(body, SWT.WRAP);
			note.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			notes.add(note);
		}
		refresh();
	}

	private Button toggle(Composite body, Checklist.Pair pair, ChecklistKind side, String text, String advice) {
		Composite cell = new Composite(body, SWT.NONE);
		GridData column = new GridData(SWT.FILL, SWT.TOP, true, false);
		column.widthHint = 300;
		cell.setLayoutData(column);
		cell.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
		Button button = new Button(cell, SWT.CHECK | SWT.WRAP);
		button.setText(text.replace("&", "&&"));
		GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false);
		wrap.widthHint = 280;
		button.setLayoutData(wrap);
		button.setToolTipText(advice.isEmpty() ? text : advice);
		button.setData(pair.id() + ":" + side.getLiteral());
		button.addListener(SWT.Selection, e -> mark(pair.id(), side, button.getSelection()));
		if (!advice.isEmpty()) {
			((GridData) FormSection.hint(cell, advice, 1).getLayoutData()).widthHint = 280;
		}
		return button;
	}

	/** Marks one side of a pair as seen or not, as one command (adding its entry where the review has none). */
	public void mark(String rule, ChecklistKind side, boolean observed) {
		@SuppressWarnings("unchecked")
		List<ChecklistEntry> entries = (List<ChecklistEntry>) owner.eGet(review);
		ChecklistEntry entry = Reviews.entry(entries, rule, side).orElse(null);
		if (entry == null) {
			Lists.add(domain, owner, review, Reviews.newEntry(rule, side, observed, null));
		} else {
			Cells.set(domain, entry, FulcrumPackage.eINSTANCE.getChecklistEntry_Observed(), observed);
		}
	}

	public void refresh() {
		@SuppressWarnings("unchecked")
		List<ChecklistEntry> entries = (List<ChecklistEntry>) owner.eGet(review);
		for (int i = 0; i < Checklist.PAIRS.size(); i++) {
			String rule = Checklist.PAIRS.get(i).id();
			if (dos.get(i).isDisposed()) {
				return;
			}
			dos.get(i).setSelection(Reviews.marked(entries, rule, ChecklistKind.DO));
			donts.get(i).setSelection(Reviews.marked(entries, rule, ChecklistKind.DONT));
			boolean notCredited = dos.get(i).getSelection() && !Reviews.creditable(rule, stance.get());
			notes.get(i).setText(notCredited ? "Not credited: the stance observed is rescuer, and a rescuer takes the problem off "
					+ "the partner." : "");
		}
	}

	/** The toggle of one side of a pair, for tests and screenshots. */
	public Button toggle(String rule, ChecklistKind side) {
		int index = Checklist.PAIRS.indexOf(Checklist.pair(rule).orElseThrow());
		return (side == ChecklistKind.DO ? dos : donts).get(index);
	}
}
