package org.fulcrum.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fulcrum.ui.internal.edit.ElementNames;
import org.fulcrum.ui.internal.forms.ScrolledForm;
import org.fulcrum.ui.internal.session.Session;

/**
 * What the coaching forms share: a scrolled page of sections, a title line, and one refresh after
 * every change of the engagement (an edit here or elsewhere, undo, redo) that shows the model again,
 * with the same validation as {@code ./fulcrum validate} where the form shows problems.
 */
abstract class FormEditor {

	protected final EditorSupport support;
	private final List<Runnable> refreshers = new ArrayList<>();
	protected ScrolledForm form;

	FormEditor(EditorSupport support) {
		this.support = support;
	}

	@PostConstruct
	void create(Composite parent) {
		build(parent);
	}

	/** Builds the page; false when the editor's file or object cannot be had (the editor then says why). */
	protected final boolean build(Composite parent) {
		parent.setLayout(new FillLayout());
		if (!support.open(parent)) {
			return false;
		}
		form = new ScrolledForm(parent);
		Label title = new Label(form.content(), SWT.NONE);
		title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		ElementNames names = new ElementNames(session().adapterFactory(), parent);
		title.setText(names.getText(support.object()));
		sections(form.content());
		onRefresh(() -> title.setText(names.getText(support.object())));
		support.follow(form.control(), names, this::refresh);
		form.reflow();
		return true;
	}

	protected abstract void sections(Composite page);

	protected final void onRefresh(Runnable refresher) {
		refreshers.add(refresher);
	}

	protected final Session session() {
		return (Session) support.session();
	}

	protected final EObject object() {
		return support.object();
	}

	@Persist
	void save() {
		support.save();
	}

	@Focus
	void focus() {
		if (form != null) {
			form.control().setFocus();
		}
	}

	@PreDestroy
	void dispose() {
		support.dispose();
	}

	/** Scrolls the form so that the section holding {@code body} is at the top. */
	protected final void reveal(Composite body) {
		if (form != null && !body.isDisposed()) {
			form.reflow();
			form.control().setOrigin(0, body.getParent().getLocation().y);
		}
	}

	/** Shows the model again; forms call it after each change. */
	public final void refresh() {
		if (form == null || form.control().isDisposed()) {
			return;
		}
		refreshers.forEach(Runnable::run);
		form.reflow();
	}
}
