package org.fulcrum.ui.internal.navigator;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.WorkbenchGuard;
import org.fulcrum.ui.internal.edit.UiThread;
import org.fulcrum.ui.internal.editors.Editors;
import org.fulcrum.ui.internal.session.ItemProviders;
import org.fulcrum.ui.internal.session.SessionWatcher;
import org.fulcrum.ui.internal.session.Workspace;

/**
 * The engagement navigator: the workspace folder's engagement files and, for the open ones,
 * their participants, raters, assessments (with response progress per group), plans, coaching
 * programs and sessions, and partner issues. A double-click opens a file (in a background job)
 * or an editor; the selection drives the results view and the handlers.
 */
public final class NavigatorPart {

	private final Workspace workspace;
	private final ESelectionService selectionService;
	private final Editors editors;
	private final Prompts prompts;
	private final MPart part;
	private final ComposedAdapterFactory adapterFactory = ItemProviders.newFactory();
	private final SessionWatcher sessions;
	private final Runnable workspaceChanged = this::workspaceChanged;
	private TreeViewer viewer;
	private boolean refreshPending;

	@Inject
	public NavigatorPart(EngagementWorkspace workspace, ESelectionService selectionService, Editors editors, Prompts prompts, MPart part) {
		this.workspace = (Workspace) workspace;
		this.selectionService = selectionService;
		this.editors = editors;
		this.prompts = prompts;
		this.part = part;
		this.sessions = new SessionWatcher(workspace, this::sessionChanged, closed -> {
		});
	}

	@PostConstruct
	void create(Composite parent, MWindow window) {
		WorkbenchGuard.guard(window, workspace, prompts);
		parent.setLayout(new FillLayout());
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.setUseHashlookup(true);
		NavigatorLabels labels = new NavigatorLabels(workspace, adapterFactory, viewer.getControl());
		TreeViewerColumn name = new TreeViewerColumn(viewer, SWT.NONE);
		name.getColumn().setText("Engagement");
		name.getColumn().setWidth(300);
		name.setLabelProvider(labels.names());
		TreeViewerColumn state = new TreeViewerColumn(viewer, SWT.NONE);
		state.getColumn().setText("State");
		state.getColumn().setWidth(260);
		state.setLabelProvider(labels.states());
		viewer.setContentProvider(new NavigatorContent());
		viewer.setInput(workspace);
		viewer.addSelectionChangedListener(e -> selected((IStructuredSelection) e.getSelection()));
		viewer.addDoubleClickListener(e -> activate(((IStructuredSelection) e.getSelection()).getFirstElement()));
		new NavigatorMenu(viewer, part).install();
		workspace.addListener(workspaceChanged);
		sessions.update();
	}

	@Focus
	void focus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	void dispose() {
		workspace.removeListener(workspaceChanged);
		sessions.dispose();
		adapterFactory.dispose();
	}

	public TreeViewer viewer() {
		return viewer;
	}

	/** What a double-click does: open a closed file, open an open one's editor, open an object's editor. */
	public void activate(Object element) {
		if (element instanceof EngagementFile file) {
			Optional<EngagementSession> session = workspace.session(file.file());
			if (session.isPresent()) {
				editors.open(session.get(), session.get().engagement());
			} else {
				openInBackground(file.file());
			}
		} else if (element instanceof Folder folder) {
			viewer.setExpandedState(folder, !viewer.getExpandedState(folder));
		} else if (element != null) {
			workspace.sessionOf(element).ifPresent(s -> editors.open(s, (org.eclipse.emf.ecore.EObject) element));
		}
	}

	/**
	 * Reads and locks the file in a background job, then shows it expanded and selected. The
	 * future completes on the user interface thread, with the session or the failure (also shown to the user).
	 */
	public CompletableFuture<EngagementSession> openInBackground(Path file) {
		CompletableFuture<EngagementSession> result = new CompletableFuture<>();
		Job job = Job.create("Opening " + file.getFileName(), (IProgressMonitor monitor) -> {
			monitor.beginTask("Opening " + file.getFileName(), IProgressMonitor.UNKNOWN);
			try {
				EngagementDocument document = workspace.load(file);
				UiThread.async(viewer.getControl(), () -> result.complete(shown(workspace.adopt(document))));
			} catch (Exception e) {
				UiThread.async(viewer.getControl(), () -> {
					prompts.error("Cannot open " + file.getFileName(), e.getMessage());
					result.completeExceptionally(e);
				});
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return result;
	}

	private EngagementSession shown(EngagementSession session) {
		EngagementFile node = new EngagementFile(session.file());
		viewer.refresh();
		viewer.setExpandedState(node, true);
		viewer.setSelection(new StructuredSelection(node), true);
		return session;
	}

	/** Shows an object of an open engagement in the tree. */
	public void reveal(Object element) {
		viewer.setSelection(new StructuredSelection(element), true);
	}

	private void selected(IStructuredSelection selection) {
		Object first = selection.getFirstElement();
		selectionService.setSelection(first);
		EngagementSession session = first instanceof EngagementFile file ? workspace.session(file.file()).orElse(null)
				: first instanceof Folder folder ? folder.session() : workspace.sessionOf(first).orElse(null);
		part.getContext().set(EngagementSession.class, session);
		part.getContext().set(IStructuredSelection.class, selection);
	}

	private void workspaceChanged() {
		UiThread.async(viewer.getControl(), () -> {
			sessions.update();
			Object[] expanded = viewer.getExpandedElements();
			viewer.refresh();
			viewer.setExpandedElements(expanded);
			selected(viewer.getStructuredSelection());
		});
	}

	/** Model changes come one command at a time; the tree refreshes once per burst. */
	private void sessionChanged() {
		if (refreshPending || viewer.getControl().isDisposed()) {
			return;
		}
		refreshPending = true;
		viewer.getControl().getDisplay().asyncExec(() -> {
			refreshPending = false;
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh();
			}
		});
	}
}
