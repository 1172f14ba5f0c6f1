package org.fulcrum.ui.internal.forms;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.fulcrum.coaching.CoachingLabels;
import org.fulcrum.coaching.Questions;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Question;
import org.fulcrum.model.QuestionKind;

/**
 * The questions asked in a session as a list: each question's kind (open, closed, multiple choice)
 * and text, both editable in place; add one of each kind, remove the selected.
 */
public final class QuestionList {

	private static final FulcrumPackage MODEL = FulcrumPackage.eINSTANCE;
	private final TableViewer viewer;

	public QuestionList(Composite body, EditingDomain domain, EObject owner, EReference questions) {
		viewer = Lists.table(body, 5);
		Cells.column(viewer, "Kind", 130, e -> CoachingLabels.question(Questions.kind((Question) e))).setEditingSupport(
				new KindEditing(viewer, domain));
		Cells.text(viewer, "Question", 520, domain, MODEL.getQuestion_Text());
		Lists.show(viewer, owner, questions);
		var row = Lists.buttons(body);
		for (QuestionKind kind : QuestionKind.VALUES) {
			Lists.button(row, "Add " + CoachingLabels.question(kind), () -> {
				Question question = FulcrumFactory.eINSTANCE.createQuestion();
				question.setText(kind == QuestionKind.OPEN ? "What …?" : "Is …?");
				Questions.setKind(question, kind);
				Lists.add(domain, owner, questions, question);
			});
		}
		Lists.button(row, "Remove", () -> Lists.removeSelected(domain, owner, questions, viewer));
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** Sets a question's kind and its open flag together, as one command. */
	public static void setKind(EditingDomain domain, Question question, QuestionKind kind) {
		CompoundCommand both = new CompoundCommand("Set the question's kind");
		both.append(SetCommand.create(domain, question, MODEL.getQuestion_Kind(), kind));
		both.append(SetCommand.create(domain, question, MODEL.getQuestion_Open(), kind == QuestionKind.OPEN));
		Lists.execute(domain, both);
	}

	private static final class KindEditing extends org.eclipse.jface.viewers.EditingSupport {
		private final EditingDomain domain;

		KindEditing(TableViewer viewer, EditingDomain domain) {
			super(viewer);
			this.domain = domain;
		}

		@Override
		protected org.eclipse.jface.viewers.CellEditor getCellEditor(Object element) {
			return new org.eclipse.jface.viewers.ComboBoxCellEditor(((TableViewer) getViewer()).getTable(),
					QuestionKind.VALUES.stream().map(CoachingLabels::question).toArray(String[]::new), org.eclipse.swt.SWT.READ_ONLY);
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return Questions.kind((Question) element).getValue();
		}

		@Override
		protected void setValue(Object element, Object value) {
			List<QuestionKind> kinds = QuestionKind.VALUES;
			int index = (Integer) value;
			if (index >= 0 && index < kinds.size() && kinds.get(index) != Questions.kind((Question) element)) {
				setKind(domain, (Question) element, kinds.get(index));
			}
		}
	}
}
