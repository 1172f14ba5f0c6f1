package org.fulcrum.ui.internal.navigator;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.coaching.CoachingLabels;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.edit.ElementNames;

/** The navigator's two columns: what an element is, and its state (open, unsaved, response progress, status). */
final class NavigatorLabels {

	private final EngagementWorkspace workspace;
	private final ElementNames items;
	private final Font bold;

	NavigatorLabels(EngagementWorkspace workspace, AdapterFactory adapterFactory, Control owner) {
		this.workspace = workspace;
		this.items = new ElementNames(adapterFactory, owner);
		this.bold = org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT);
	}

	ColumnLabelProvider names() {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return name(element);
			}

			@Override
			public Image getImage(Object element) {
				return element instanceof EngagementFile || element instanceof Folder ? null : items.getImage(element);
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof EngagementFile file && workspace.session(file.file()).isPresent() ? bold : null;
			}
		};
	}

	ColumnLabelProvider states() {
		return ColumnLabelProvider.createTextProvider(this::state);
	}

	String name(Object element) {
		if (element instanceof EngagementFile file) {
			String fileName = file.file().getFileName().toString();
			return workspace.session(file.file()).map(s -> (s.isDirty() ? "*" : "") + nameOf(s) + "  [" + fileName + "]").orElse(fileName);
		}
		if (element instanceof Folder folder) {
			return folder.label();
		}
		return items.getText(element);
	}

	String state(Object element) {
		if (element instanceof EngagementFile file) {
			return workspace.session(file.file()).map(s -> (s.isDirty() ? "unsaved changes" : "open")
					+ (s.engagement().getStatus() == null ? "" : " · " + s.engagement().getStatus().getLiteral())).orElse("closed");
		}
		if (element instanceof Assessment assessment) {
			return new Progress(assessment).text();
		}
		if (element instanceof PartnerManager participant) {
			return participant.getTitle() == null ? "" : participant.getTitle();
		}
		if (element instanceof Person person) {
			return person.getEmail() == null ? "" : person.getEmail();
		}
		if (element instanceof DevelopmentPlan plan) {
			return plan.getStatus() == null ? "" : plan.getStatus().getLiteral();
		}
		if (element instanceof CoachingSession session) {
			return session.getStatus() == null ? "" : session.getStatus().getLiteral();
		}
		if (element instanceof PartnerCoachingSession session) {
			return CoachingLabels.kind(session.getKind()) + " · "
					+ CoachingLabels.stance(session.isSetObservedStance() ? session.getObservedStance() : null);
		}
		if (element instanceof PartnerIssue issue) {
			return (issue.getStatus() == null ? "" : issue.getStatus().getLiteral())
					+ (issue.getPriority() == null ? "" : " · " + issue.getPriority().getLiteral());
		}
		return "";
	}

	private String nameOf(EngagementSession session) {
		return items.getText(session.engagement());
	}
}
