package org.fulcrum.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fulcrum.core.validation.Problem;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.edit.UiThread;
import org.fulcrum.ui.internal.editors.Editors;
import org.fulcrum.ui.internal.session.Session;
import org.fulcrum.ui.internal.session.SessionWatcher;

/**
 * The problems of every open engagement, from the same validation as {@code ./fulcrum validate}
 * (EMF constraints, data problems, SMART actions), errors first. A double-click opens the
 * editor of the element a problem is about and shows the element.
 */
public final class ProblemsPart {

	/** A problem and the engagement it was found in. */
	public record Row(EngagementSession session, Problem problem) {
	}

	private final EngagementWorkspace workspace;
	private final Editors editors;
	private final Map<EngagementSession, List<Problem>> problems = new ConcurrentHashMap<>();
	private final SessionWatcher sessions;
	private final Runnable workspaceChanged = this::watch;
	private TableViewer viewer;

	@Inject
	public ProblemsPart(EngagementWorkspace workspace, Editors editors) {
		this.workspace = workspace;
		this.editors = editors;
		this.sessions = new SessionWatcher(workspace, this::validateAll, problems::remove);
	}

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Severity", 80, r -> r.problem().severityLabel());
		column("Problem", 560, r -> r.problem().message());
		column("Where", 260, r -> r.problem().location() == null ? "" : r.problem().location());
		column("Engagement", 200, r -> r.session().file().getFileName().toString());
		viewer.addDoubleClickListener(e -> open((Row) ((IStructuredSelection) e.getSelection()).getFirstElement()));
		workspace.addListener(workspaceChanged);
		watch();
	}

	@Focus
	void focus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	void dispose() {
		workspace.removeListener(workspaceChanged);
		sessions.dispose();
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** Opens the editor of the problem's element and shows the element there. */
	public void open(Row row) {
		if (row != null && row.problem().element() != null && workspace.sessions().contains(row.session())) {
			editors.open(row.session(), row.problem().element());
		}
	}

	private void watch() {
		sessions.update();
		validateAll();
	}

	private void validateAll() {
		for (EngagementSession session : workspace.sessions()) {
			((Session) session).findings().withValue(found -> UiThread.async(viewer.getControl(), () -> {
				if (workspace.sessions().contains(session)) {
					problems.put(session, found);
					show();
				}
			}));
		}
		show();
	}

	private void show() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<Row> rows = new ArrayList<>();
		for (EngagementSession session : workspace.sessions()) {
			problems.getOrDefault(session, List.of()).forEach(p -> rows.add(new Row(session, p)));
		}
		rows.sort(java.util.Comparator.comparing((Row r) -> r.problem().severity()));
		viewer.setInput(rows);
	}

	private void column(String title, int width, Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}

			@Override
			public Color getForeground(Object element) {
				return ((Row) element).problem().isError() ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
			}
		});
	}
}
