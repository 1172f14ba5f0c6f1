package org.fulcrum.ui.internal.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.fulcrum.assessment.scoring.DimensionResult;
import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.Figure;
import org.fulcrum.assessment.scoring.Figures;
import org.fulcrum.assessment.scoring.ParticipantResult;
import org.fulcrum.assessment.scoring.RaterGroup;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.DimensionKind;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.RatingScale;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.edit.UiThread;
import org.fulcrum.ui.internal.session.Session;

/**
 * Results of the selected participant (or assessment): the balance picture, the trait profile
 * self vs others, the dimension table by rater group, blind spots and hidden strengths. It
 * shows only what the {@code ScoringEngine} publishes, so a group the confidentiality policy
 * withholds appears as a dash, like a group that did not answer, and a group published on no
 * dimension has no column at all.
 */
public final class ResultsPart {

	private static final RaterGroup[] COLUMNS = { RaterGroup.SELF, RaterGroup.MANAGER, RaterGroup.PEER, RaterGroup.DIRECT_REPORT,
			RaterGroup.PARTNER, RaterGroup.OTHER, RaterGroup.ALL_OTHERS };

	private final EngagementWorkspace workspace;
	private Label title;
	private BalanceChart balance;
	private TraitProfileChart profile;
	private TableViewer table;
	private Label gaps;
	private Assessment shown;
	private EngagementSession watched;
	private final Runnable modelChanged = this::refresh;

	@Inject
	public ResultsPart(EngagementWorkspace workspace) {
		this.workspace = workspace;
	}

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		title = new Label(parent, SWT.WRAP);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		title.setText("Select a participant or an assessment in the navigator.");
		SashForm vertical = new SashForm(parent, SWT.VERTICAL);
		vertical.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		SashForm charts = new SashForm(vertical, SWT.HORIZONTAL);
		balance = new BalanceChart(charts);
		profile = new TraitProfileChart(charts);
		charts.setWeights(45, 55);
		Composite lower = new Composite(vertical, SWT.NONE);
		lower.setLayout(new GridLayout(1, false));
		table = new TableViewer(lower, SWT.BORDER | SWT.FULL_SELECTION);
		table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn name = new TableViewerColumn(table, SWT.NONE);
		name.getColumn().setText("Dimension");
		name.getColumn().setWidth(170);
		name.setLabelProvider(ColumnLabelProvider.createTextProvider(d -> {
			DimensionResult result = (DimensionResult) d;
			return (result.dimension().getKind() == DimensionKind.TRAIT ? "    " : "") + result.dimension().getName();
		}));
		for (RaterGroup group : COLUMNS) {
			TableViewerColumn column = new TableViewerColumn(table, SWT.RIGHT);
			column.getColumn().setText(groupName(group));
			column.getColumn().setWidth(group == RaterGroup.ALL_OTHERS ? 90 : 80);
			column.setLabelProvider(ColumnLabelProvider.createTextProvider(d -> cell(((DimensionResult) d).figures(), group)));
		}
		gaps = new Label(lower, SWT.WRAP);
		gaps.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		vertical.setWeights(45, 55);
	}

	@Inject
	void selected(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		Assessment assessment = assessmentOf(selection);
		if (assessment == null || table == null || table.getControl().isDisposed()) {
			return;
		}
		shown = assessment;
		EngagementSession session = workspace.sessionOf(assessment).orElse(null);
		if (session != watched) {
			if (watched != null) {
				watched.removeListener(modelChanged);
			}
			watched = session;
			if (session != null) {
				session.addListener(modelChanged);
			}
		}
		refresh();
	}

	@Focus
	void focus() {
		table.getControl().setFocus();
	}

	@PreDestroy
	void dispose() {
		if (watched != null) {
			watched.removeListener(modelChanged);
		}
	}

	public TableViewer table() {
		return table;
	}

	public BalanceChart balance() {
		return balance;
	}

	public TraitProfileChart profile() {
		return profile;
	}

	public Label gaps() {
		return gaps;
	}

	public Label title() {
		return title;
	}

	/** The assessment whose results are shown (once scored), or null. */
	public Assessment shown() {
		return shown;
	}

	/**
	 * How the table writes a group's figure: the mean to two places, or a dash, whether the group
	 * was withheld or did not answer, so that the screen never tells a small group exists.
	 */
	public static String cell(Figures figures, RaterGroup group) {
		java.util.Optional<Figure> figure = figures.of(group);
		return figure.isPresent() ? String.format(Locale.ROOT, "%.2f", figure.get().mean()) : NOT_SHOWN;
	}

	/** Shows the column of every group published on some dimension and hides the others, names included. */
	private void showColumnsOf(List<DimensionResult> dimensions) {
		for (int c = 0; c < COLUMNS.length; c++) {
			RaterGroup group = COLUMNS[c];
			boolean published = dimensions.stream().anyMatch(d -> d.figures().of(group).isPresent());
			TableColumn column = table.getTable().getColumn(c + 1);
			column.setText(published ? groupName(group) : "");
			column.setWidth(published ? (group == RaterGroup.ALL_OTHERS ? 90 : 80) : 0);
			column.setResizable(published);
		}
	}

	private void refresh() {
		Assessment assessment = shown;
		if (watched == null || assessment == null) {
			return;
		}
		((Session) watched).results().withValue(result -> UiThread.async(table.getControl(), () -> {
			if (assessment == shown) {
				show(assessment, result);
			}
		}));
	}

	private void show(Assessment assessment, EngagementResult result) {
		java.util.Optional<ParticipantResult> participant = result.of(assessment);
		String who = assessment.getSubject() == null ? "?" : assessment.getSubject().getName();
		if (participant.isEmpty()) {
			title.setText(who + " · " + assessment.getRound() + ": no results yet");
			table.setInput(List.of());
			return;
		}
		ParticipantResult results = participant.get();
		title.setText(who + " · " + assessment.getRound() + " · " + (assessment.getInstrument() == null ? "" : assessment.getInstrument().getName())
				+ " · raters: " + results.raters().entrySet().stream().map(e -> groupName(e.getKey()).toLowerCase(Locale.ROOT) + " " + e.getValue())
						.collect(Collectors.joining(", "))
				// figures that keep to an earlier release say so, as every other output of the participant does
				+ result.release(assessment).statement().map(s -> "\n" + s).orElse(""));
		RatingScale scale = assessment.getInstrument() == null ? null : assessment.getInstrument().getScale();
		int min = scale == null ? 1 : scale.getMinimum();
		int max = scale == null ? 5 : scale.getMaximum();
		List<DimensionResult> ordered = ordered(results.dimensions());
		balance.show(ordered.stream().filter(d -> d.dimension().getKind() == DimensionKind.BASE).findFirst().map(ProfileRow::of),
				ordered.stream().filter(d -> d.dimension().getKind() == DimensionKind.PILLAR).map(ProfileRow::of).toList(), min, max);
		profile.show(ordered.stream().filter(d -> d.dimension().getKind() == DimensionKind.TRAIT).map(ProfileRow::of).toList(), min, max);
		showColumnsOf(ordered);
		table.setInput(ordered);
		gaps.setText("Blind spots (self above others): " + gapText(results.blindSpots()) + "\nHidden strengths (others above self): "
				+ gapText(results.hiddenStrengths()));
		gaps.getParent().layout();
		title.getParent().layout();
	}

	/** What a cell shows for a figure that is not published. */
	public static final String NOT_SHOWN = "\u2013";

	/** Base first, then each pillar followed by its traits, as the instrument nests them. */
	private static List<DimensionResult> ordered(List<DimensionResult> dimensions) {
		List<DimensionResult> result = new ArrayList<>();
		dimensions.stream().filter(d -> d.dimension().getKind() == DimensionKind.BASE).forEach(result::add);
		dimensions.stream().filter(d -> d.dimension().getKind() != DimensionKind.BASE).forEach(result::add);
		return result;
	}

	/** e.g. {@code Empathy (self 4.50, others 3.20)}, or "none". */
	public static String gapText(List<DimensionResult> dimensions) {
		if (dimensions.isEmpty()) {
			return "none";
		}
		return dimensions.stream().map(d -> d.dimension().getName() + " (self " + cell(d.figures(), RaterGroup.SELF) + ", others "
				+ cell(d.figures(), RaterGroup.ALL_OTHERS) + ")").collect(Collectors.joining(", "));
	}

	/** The assessment a selection stands for: itself, or a participant's latest. */
	public static Assessment assessmentOf(Object selection) {
		if (selection instanceof Assessment assessment) {
			return assessment;
		}
		if (selection instanceof PartnerManager participant && participant.eContainer() instanceof org.fulcrum.model.Engagement engagement) {
			Assessment latest = null;
			for (Assessment a : engagement.getAssessments()) {
				if (a.getSubject() == participant) {
					latest = a;
				}
			}
			return latest;
		}
		return null;
	}

	private static String groupName(RaterGroup group) {
		return switch (group) {
		case SELF -> "Self";
		case MANAGER -> "Manager";
		case PEER -> "Peers";
		case DIRECT_REPORT -> "Reports";
		case PARTNER -> "Partners";
		case OTHER -> "Other";
		case ALL_OTHERS -> "All others";
		};
	}
}
