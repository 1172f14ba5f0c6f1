package org.fulcrum.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fulcrum.core.validation.Problem;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Goal;
import org.fulcrum.model.PlanStatus;
import org.fulcrum.ui.internal.edit.FeatureCombo;
import org.fulcrum.ui.internal.edit.UiThread;
import org.fulcrum.ui.internal.forms.ActionTable;
import org.fulcrum.ui.internal.forms.Fields;
import org.fulcrum.ui.internal.forms.FormSection;

/**
 * The form of a development plan: its status and start, then a section per focus trait with the
 * rationale and the behaviours to practise, the coachee's goal in their own words (the prompt
 * until they state it) and its actions as a table with the SMART findings inline. The plan's own
 * problems (from the same validation as {@code ./fulcrum plan check}) head the form.
 */
public final class PlanEditor extends FormEditor {

	private static final FulcrumPackage MODEL = FulcrumPackage.eINSTANCE;

	private DevelopmentPlan plan;
	private final List<ActionTable> tables = new ArrayList<>();
	private Label problems;

	@Inject
	public PlanEditor(EditorSupport support) {
		super(support);
	}

	@Override
	protected void sections(Composite page) {
		plan = (DevelopmentPlan) object();
		EditingDomain domain = session().editingDomain();
		Composite header = FormSection.create(page, "Plan", "The coachee's plan: two or three focus traits, a goal in their own words "
				+ "for each, SMART actions they own.", 4);
		FeatureCombo.bind(Fields.combo(header, "Status"), domain, plan, MODEL.getDevelopmentPlan_Status(),
				e -> ((PlanStatus) e).getLiteral());
		Fields.text(header, "Start", domain, plan, MODEL.getDevelopmentPlan_Start(), 1, 1);
		problems = FormSection.hint(header, "", 4);
		problems.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		for (FocusArea area : plan.getFocusAreas()) {
			String trait = area.getTrait() == null ? "Focus area" : area.getTrait().getName();
			Composite body = FormSection.create(page, trait, area.getRationale() == null ? "" : area.getRationale(), 2);
			if (!area.getBehaviours().isEmpty()) {
				FormSection.hint(body, "Behaviours to practise: " + area.getBehaviours().stream().map(b -> b.getText())
						.collect(Collectors.joining("; ")), 2);
			}
			for (Goal goal : area.getGoals()) {
				Fields.text(body, "Goal", domain, goal, MODEL.getGoal_Statement(), 2, 1);
				if (goal.getPrompt() != null) {
					FormSection.hint(body, goal.getPrompt(), 2);
				}
				Composite table = new Composite(body, SWT.NONE);
				table.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
				table.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
				tables.add(new ActionTable(table, domain, goal, MODEL.getGoal_Actions(), () -> session().engagement().getPeople(),
						plan::getParticipant, () -> plan.getStart() == null ? null : plan.getStart().plusWeeks(4)));
			}
		}
		onRefresh(() -> {
			tables.forEach(t -> t.viewer().refresh());
			validate();
		});
		validate();
	}

	private void validate() {
		session().findings().withValue(found -> UiThread.async(problems, () -> {
			List<Problem> own = found.stream().filter(p -> p.element() == plan || p.element() instanceof Goal g && g.eContainer() != null
					&& g.eContainer().eContainer() == plan).toList();
			problems.setText(own.stream().map(Problem::message).collect(Collectors.joining("\n")));
			form.reflow();
		}));
	}

	public List<ActionTable> actionTables() {
		return tables;
	}

	public String problemsText() {
		return problems.getText();
	}
}
