package org.fulcrum.ui.internal.parts;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fulcrum.assessment.InstalledInstrument;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.Instrument;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.edit.ItemContent;
import org.fulcrum.ui.internal.edit.ItemLabels;
import org.fulcrum.ui.internal.plugins.InstallPluginsDialog;
import org.fulcrum.ui.internal.plugins.PluginsDialog;
import org.fulcrum.ui.internal.plugins.RemovePluginsDialog;
import org.fulcrum.ui.internal.session.ItemProviders;

/**
 * The instruments installed from plugins (the extension point
 * {@code org.fulcrum.assessment.instruments}): each with its version and plugin, its dimensions
 * (base, pillars, traits) and their behaviour items; contributions that could not be read are listed too.
 */
public final class InstrumentsPart {

	private final MApplication application;
	private final Prompts prompts;
	private final ComposedAdapterFactory adapterFactory = ItemProviders.newFactory();
	private final Map<InstalledInstrument, Instrument> definitions = new ConcurrentHashMap<>();
	private InstrumentCatalog catalog;
	private TreeViewer viewer;
	private Label status;
	private PluginsDialog dialog;

	@Inject
	public InstrumentsPart(MApplication application, Prompts prompts) {
		this.application = application;
		this.prompts = prompts;
	}

	/** The instruments of the application context: again after plugins were installed or removed. */
	@Inject
	void catalog(InstrumentCatalog changed) {
		catalog = changed;
		definitions.clear();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh();
		}
	}

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite actions = new Composite(parent, SWT.NONE);
		actions.setLayout(new RowLayout());
		button(actions, "Install plugins…", "Install plugins from an update site with p2 (like fulcrum plugins install)",
				() -> open(new InstallPluginsDialog(parent.getShell(), this::pluginsChanged)));
		button(actions, "Remove plugins…", "Remove plugins installed from update sites (like fulcrum plugins remove)",
				() -> open(new RemovePluginsDialog(parent.getShell(), prompts, this::pluginsChanged)));
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTree().setHeaderVisible(true);
		ItemLabels items = new ItemLabels(adapterFactory, viewer.getControl());
		ItemContent contents = new ItemContent(adapterFactory);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				List<Object> roots = new java.util.ArrayList<>(catalog.all());
				roots.addAll(catalog.problems());
				return roots.toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				if (parent instanceof InstalledInstrument installed) {
					return definition(installed).getDimensions().toArray();
				}
				return parent instanceof Dimension ? contents.getChildren(parent) : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof InstalledInstrument || element instanceof Dimension;
			}
		});
		TreeViewerColumn name = new TreeViewerColumn(viewer, SWT.NONE);
		name.getColumn().setText("Instrument");
		name.getColumn().setWidth(300);
		name.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof InstalledInstrument installed) {
					return installed.name();
				}
				if (element instanceof Dimension dimension) {
					return dimension.getName();
				}
				if (element instanceof BehaviourItem item) {
					return item.getText();
				}
				return String.valueOf(element);
			}

			@Override
			public Image getImage(Object element) {
				return element instanceof Dimension || element instanceof BehaviourItem ? items.getImage(element) : null;
			}
		});
		TreeViewerColumn detail = new TreeViewerColumn(viewer, SWT.NONE);
		detail.getColumn().setText("Details");
		detail.getColumn().setWidth(260);
		detail.setLabelProvider(ColumnLabelProvider.createTextProvider(this::details));
		viewer.setInput(catalog);
	}

	private void open(PluginsDialog opened) {
		dialog = opened;
		opened.open(); // does not block: the dialog runs p2 in the background and reports back
	}

	/**
	 * Plugins were installed or removed and applied to the running framework: the application's
	 * catalog is read again from the extension registry, which every part and wizard then uses.
	 */
	private void pluginsChanged(String what) {
		status.setText(what);
		status.getParent().layout();
		application.getContext().set(InstrumentCatalog.class, InstrumentCatalog.installed());
	}

	/** The plugin dialog opened last (for tests). */
	public PluginsDialog pluginDialog() {
		return dialog;
	}

	/** The line that says what the last plugin operation did. */
	public String status() {
		return status.getText();
	}

	private static void button(Composite parent, String text, String tooltip, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tooltip);
		button.addListener(SWT.Selection, event -> action.run());
	}

	@Focus
	void focus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	void dispose() {
		adapterFactory.dispose();
	}

	public TreeViewer viewer() {
		return viewer;
	}

	private String details(Object element) {
		if (element instanceof InstalledInstrument installed) {
			Instrument definition = definition(installed);
			return installed.id() + " " + installed.version() + " · scale " + definition.getScale().getMinimum() + "–"
					+ definition.getScale().getMaximum() + " · from " + installed.contributor();
		}
		if (element instanceof Dimension dimension) {
			return dimension.getId() + " · " + (dimension.getKind() == null ? "" : dimension.getKind().getLiteral()) + " · "
					+ dimension.getItems().size() + " items";
		}
		if (element instanceof BehaviourItem item) {
			return item.getId() + (item.isReverseKeyed() ? " · reverse keyed" : "");
		}
		return "not installed";
	}

	private Instrument definition(InstalledInstrument installed) {
		return definitions.computeIfAbsent(installed, InstalledInstrument::definition);
	}
}
