package org.fulcrum.ui.internal.editors;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.function.Function;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
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
		IssueTables.<IssueEvent>column(viewer, "When (UTC)", 120, e -> moment(e.getAt()));
		IssueTables.<IssueEvent>column(viewer, "Kind", 140, e -> kind(e));
		IssueTables.<IssueEvent>column(viewer, "Text", -3, IssueEvent::getText);
		IssueTables.<IssueEvent>column(viewer, "Author", -1, IssueEvent::getAuthor);
		fixed(CheckColumn.add(viewer, "Visible to partner", 120, domain, MODEL.getIssueEvent_VisibleToPartner()), 120);
		viewer.setInput(issue.getTimeline());
		return viewer;
	}

	static TableViewer commitments(Composite parent, PartnerIssue issue, EditingDomain domain) {
		TableViewer viewer = table(parent);
		IssueTables.<Commitment>column(viewer, "What", -1, Commitment::getDescription);
		IssueTables.<Commitment>column(viewer, "Due", 100, c -> c.getDue() == null ? "" : c.getDue().toString());
		IssueTables.<Commitment>column(viewer, "Done", 100, c -> c.getDone() == null ? "" : c.getDone().toString());
		fixed(CheckColumn.add(viewer, "Visible to partner", 120, domain, MODEL.getCommitment_VisibleToPartner()), 120);
		viewer.setInput(issue.getCommitments());
		return viewer;
	}

	private static void fixed(TableViewerColumn column, int width) {
		layout(column).setColumnData(column.getColumn(), new ColumnPixelData(width));
	}

	private static TableColumnLayout layout(TableViewerColumn column) {
		return (TableColumnLayout) column.getColumn().getParent().getParent().getLayout();
	}

	/** The kind as the issues bundle names it, with the level or status the event records. */
	private static String kind(IssueEvent event) {
		// the literals are camel case (statusChange); a consultant reads "status change"
		String kind = event.getKind().getLiteral().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		if (event.isSetLevel()) {
			return kind + " → " + Labels.level(event.getLevel());
		}
		return event.isSetStatus() ? kind + " → " + Labels.status(event.getStatus()) : kind;
	}

	static String moment(Date at) {
		return at == null ? "" : MOMENT.format(at.toInstant());
	}

	/** A table in a holder whose column layout gives the text column what the others leave, so the check column stays in view. */
	private static TableViewer table(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new TableColumnLayout());
		TableViewer viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// a single click toggles a check cell, as in a check box table
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer), ColumnViewerEditor.DEFAULT);
		return viewer;
	}

	/**
	 * A text column {@code width} pixels wide or, when {@code width} is negative, sharing the width the
	 * fixed columns leave in proportion to {@code -width}: the narrow editor area still shows every column.
	 */
	@SuppressWarnings("unchecked")
	private static <T> void column(TableViewer viewer, String title, int width, Function<T, String> value) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		if (width > 0) {
			fixed(column, width);
		} else {
			layout(column).setColumnData(column.getColumn(), new ColumnWeightData(-width, 40 * -width + 40));
		}
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> {
			String text = value.apply((T) e);
			return text == null ? "" : text;
		}));
	}
}
