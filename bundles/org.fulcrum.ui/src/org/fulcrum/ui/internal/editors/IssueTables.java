package org.fulcrum.ui.internal.editors;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.function.Function;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.fulcrum.issues.Labels;
import org.fulcrum.model.Commitment;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.ui.internal.edit.CheckColumn;

/**
 * The partner issue editor's two tables: the timeline (when, kind, text, author, visible to the
 * partner) and the commitments, the partner's timetable (what, due, done, visible). Only the
 * visibility is edited here, with a click; the events themselves are written by the workflow,
 * so that the timeline stays a record of what happened.
 */
final class IssueTables {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
	private static final FulcrumPackage MODEL = FulcrumPackage.eINSTANCE;

	private IssueTables() {
	}

	static TableViewer timeline(Composite parent, PartnerIssue issue, EditingDomain domain) {
		TableViewer viewer = table(parent);
		IssueTables.<IssueEvent>column(viewer, "When (UTC)", 130, e -> moment(e.getAt()));
		IssueTables.<IssueEvent>column(viewer, "Kind", 100, e -> kind(e));
		IssueTables.<IssueEvent>column(viewer, "Text", 520, IssueEvent::getText);
		IssueTables.<IssueEvent>column(viewer, "Author", 140, IssueEvent::getAuthor);
		CheckColumn.add(viewer, "Visible to partner", 120, domain, MODEL.getIssueEvent_VisibleToPartner());
		viewer.setInput(issue.getTimeline());
		return viewer;
	}

	static TableViewer commitments(Composite parent, PartnerIssue issue, EditingDomain domain) {
		TableViewer viewer = table(parent);
		IssueTables.<Commitment>column(viewer, "What", 420, Commitment::getDescription);
		IssueTables.<Commitment>column(viewer, "Due", 100, c -> c.getDue() == null ? "" : c.getDue().toString());
		IssueTables.<Commitment>column(viewer, "Done", 100, c -> c.getDone() == null ? "" : c.getDone().toString());
		CheckColumn.add(viewer, "Visible to partner", 120, domain, MODEL.getCommitment_VisibleToPartner());
		viewer.setInput(issue.getCommitments());
		return viewer;
	}

	/** The kind as the issues bundle names it, with the level or status the event records. */
	private static String kind(IssueEvent event) {
		String kind = event.getKind().getLiteral();
		if (event.isSetLevel()) {
			return kind + " → " + Labels.level(event.getLevel());
		}
		return event.isSetStatus() ? kind + " → " + Labels.status(event.getStatus()) : kind;
	}

	private static String moment(Date at) {
		return at == null ? "" : MOMENT.format(at.toInstant());
	}

	private static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// a single click toggles a check cell, as in a check box table
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer), ColumnViewerEditor.DEFAULT);
		return viewer;
	}

	@SuppressWarnings("unchecked")
	private static <T> void column(TableViewer viewer, String title, int width, Function<T, String> value) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> {
			String text = value.apply((T) e);
			return text == null ? "" : text;
		}));
	}
}
