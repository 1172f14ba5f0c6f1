package org.fulcrum.ui.internal.editors;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fulcrum.issues.EscalationPath;
import org.fulcrum.issues.Labels;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.Person;
import org.fulcrum.ui.internal.edit.RecordedChange;

/**
 * The escalation path: the people named at each level, as ids separated by commas (what
 * {@code ./fulcrum issues path --level L --people ID,…} takes). Enter applies a level through
 * {@link EscalationPath#set}, recorded as one undoable command; an id the engagement does not
 * know is refused with its name and changes nothing, so a path never names nobody by mistake.
 */
public final class EscalationPathForm {

	private final Engagement engagement;
	private final EditingDomain domain;
	private final Composite form;
	private final Map<EscalationLevel, Text> fields = new EnumMap<>(EscalationLevel.class);
	private final Map<EscalationLevel, Label> names = new EnumMap<>(EscalationLevel.class);
	private final Label feedback;

	EscalationPathForm(Composite parent, Engagement engagement, EditingDomain domain) {
		this.engagement = engagement;
		this.domain = domain;
		form = new Composite(parent, SWT.NONE);
		form.setLayout(new GridLayout(3, false));
		Label intro = new Label(form, SWT.WRAP);
		intro.setText("Who takes an issue at each level: person ids separated by commas, Enter to apply. "
				+ "Nobody named at the channel manager level means the issue's partner manager.");
		intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		for (EscalationLevel level : EscalationLevel.VALUES) {
			new Label(form, SWT.NONE).setText(Labels.level(level));
			Text field = new Text(form, SWT.BORDER | SWT.SINGLE);
			field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			field.addListener(SWT.DefaultSelection, e -> apply(level, field.getText()));
			fields.put(level, field);
			Label named = new Label(form, SWT.NONE);
			named.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			names.put(level, named);
		}
		feedback = new Label(form, SWT.WRAP);
		feedback.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		refresh();
	}

	Composite control() {
		return form;
	}

	/** The ids field of one level. */
	public Text field(EscalationLevel level) {
		return fields.get(level);
	}

	/** The last refusal, empty when the last change was applied. */
	public String feedback() {
		return feedback.getText();
	}

	void refresh() {
		if (form.isDisposed()) {
			return;
		}
		for (EscalationLevel level : EscalationLevel.VALUES) {
			List<Person> people = EscalationPath.people(engagement, level);
			fields.get(level).setText(people.stream().map(Person::getId).collect(Collectors.joining(", ")));
			names.get(level).setText(people.isEmpty()
					? (level == EscalationLevel.CHANNEL_MANAGER ? "(the issue's partner manager)" : "(nobody named)")
					: people.stream().map(Person::getName).collect(Collectors.joining(", ")));
		}
		form.layout(true, true);
	}

	private void apply(EscalationLevel level, String ids) {
		List<Person> people = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String id : ids.split(",")) {
			String wanted = id.strip();
			if (wanted.isEmpty()) {
				continue;
			}
			engagement.getPeople().stream().filter(p -> wanted.equals(p.getId())).findFirst()
					.ifPresentOrElse(p -> { if (!people.contains(p)) { people.add(p); } }, () -> unknown.add(wanted));
		}
		if (!unknown.isEmpty()) {
			feedback.setText(Labels.level(level) + ": the engagement has no person " + unknown.stream().map(u -> "'" + u + "'")
					.collect(Collectors.joining(", ")) + "; nothing changed");
			form.layout(true, true);
			return;
		}
		feedback.setText("");
		if (people.equals(EscalationPath.people(engagement, level))) {
			refresh();
			return;
		}
		domain.getCommandStack().execute(RecordedChange.record(engagement, "Name the " + Labels.level(level) + " level",
				() -> EscalationPath.set(engagement, level, people)));
	}
}
