package org.fulcrum.ui.internal.editors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.fulcrum.assessment.policy.PolicyChange;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.PolicyOverride;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.edit.RecordedChange;

/**
 * The confidentiality policy: the minimum raters per group and for comments, the exemptions,
 * and the log of overrides. Before collection starts the thresholds are plain edits; once the
 * policy is frozen a change asks for a reason and goes through {@link PolicyChange}, which logs
 * the override, exactly as {@code ./fulcrum policy} does, and the whole change can be undone.
 */
public final class PolicyForm {

	private static final FulcrumPackage MODEL = FulcrumPackage.eINSTANCE;

	private final Engagement engagement;
	private final EditingDomain domain;
	private final Prompts prompts;
	private final Composite form;
	private final Spinner minimumRaters;
	private final Spinner minimumCommenters;
	private final Button selfExempt;
	private final Button managerExempt;
	private final Label frozen;
	private final TableViewer overrides;

	PolicyForm(Composite parent, Engagement engagement, EditingDomain domain, Prompts prompts) {
		this.engagement = engagement;
		this.domain = domain;
		this.prompts = prompts;
		form = new Composite(parent, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		frozen = new Label(form, SWT.WRAP);
		frozen.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		minimumRaters = spinner("Minimum raters per group");
		minimumCommenters = spinner("Minimum raters for comments");
		selfExempt = check("Self ratings shown whatever their number");
		managerExempt = check("Manager ratings shown whatever their number");
		minimumRaters.addListener(SWT.Selection, e -> setMinimum(MODEL.getConfidentialityPolicy_MinimumRaters(), minimumRaters.getSelection()));
		minimumCommenters.addListener(SWT.Selection,
				e -> setMinimum(MODEL.getConfidentialityPolicy_MinimumCommenters(), minimumCommenters.getSelection()));
		selfExempt.addListener(SWT.Selection, e -> set(MODEL.getConfidentialityPolicy_SelfExempt(), selfExempt.getSelection()));
		managerExempt.addListener(SWT.Selection, e -> set(MODEL.getConfidentialityPolicy_ManagerExempt(), managerExempt.getSelection()));
		Label log = new Label(form, SWT.NONE);
		log.setText("Overrides since collection started");
		log.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		overrides = new TableViewer(form, SWT.BORDER | SWT.FULL_SELECTION);
		overrides.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		overrides.getTable().setHeaderVisible(true);
		overrides.setContentProvider(ArrayContentProvider.getInstance());
		column("When", 160, o -> String.valueOf(o.getAt()));
		column("By", 120, PolicyOverride::getBy);
		column("Reason", 260, PolicyOverride::getReason);
		column("Change", 300, PolicyOverride::getChange);
		refresh();
	}

	Composite control() {
		return form;
	}

	public Spinner minimumRaters() {
		return minimumRaters;
	}

	void refresh() {
		if (form.isDisposed()) {
			return;
		}
		ConfidentialityPolicy policy = engagement.getConfidentiality() != null ? engagement.getConfidentiality()
				: FulcrumFactory.eINSTANCE.createConfidentialityPolicy();
		minimumRaters.setSelection(policy.getMinimumRaters());
		minimumCommenters.setSelection(policy.getMinimumCommenters());
		minimumCommenters.setEnabled(!policy.isFrozen());
		selfExempt.setSelection(policy.isSelfExempt());
		managerExempt.setSelection(policy.isManagerExempt());
		frozen.setText(policy.isFrozen()
				? "Frozen: collection has started. Changing the minimum asks for a reason, which is logged below; it sets the minimum for groups and comments together."
				: "Not frozen yet: the thresholds freeze when the first answers are imported.");
		overrides.setInput(policy.getOverrides());
		form.layout();
	}

	private void setMinimum(EAttribute attribute, int minimum) {
		ConfidentialityPolicy policy = policy();
		if (!policy.isFrozen()) {
			set(attribute, minimum);
			return;
		}
		String reason = prompts.askText("Override the frozen policy",
				"Collection has started: raters were promised a minimum of " + policy.getMinimumRaters()
						+ ". Why change it to " + minimum + "? (The reason is kept in the engagement.)", "");
		if (reason == null) {
			refresh();
			return;
		}
		RecordedChange change = RecordedChange.record(engagement, "Override the confidentiality policy",
				() -> PolicyChange.setMinimum(engagement, minimum, new PolicyChange.Override(System.getProperty("user.name"), reason)));
		domain.getCommandStack().execute(change);
	}

	private void set(EAttribute attribute, Object value) {
		if (!value.equals(policy().eGet(attribute))) {
			domain.getCommandStack().execute(SetCommand.create(domain, policy(), attribute, value));
		}
	}

	private ConfidentialityPolicy policy() {
		if (engagement.getConfidentiality() == null) {
			domain.getCommandStack().execute(SetCommand.create(domain, engagement, MODEL.getEngagement_Confidentiality(),
					FulcrumFactory.eINSTANCE.createConfidentialityPolicy()));
		}
		return engagement.getConfidentiality();
	}

	private Spinner spinner(String label) {
		new Label(form, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(form, SWT.BORDER);
		spinner.setMinimum(1);
		spinner.setMaximum(50);
		return spinner;
	}

	private Button check(String label) {
		Button button = new Button(form, SWT.CHECK);
		button.setText(label);
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		return button;
	}

	private void column(String title, int width, java.util.function.Function<PolicyOverride, String> text) {
		TableViewerColumn column = new TableViewerColumn(overrides, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> {
			String value = text.apply((PolicyOverride) o);
			return value == null ? "" : value;
		}));
	}
}
