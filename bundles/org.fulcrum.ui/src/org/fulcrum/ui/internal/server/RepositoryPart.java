package org.fulcrum.ui.internal.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fulcrum.server.client.RepositoryClient;
import org.fulcrum.server.client.RepositorySync;
import org.fulcrum.server.client.ServerLink;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;
import org.fulcrum.ui.internal.Prompts;
import org.fulcrum.ui.internal.editors.Editors;
import org.fulcrum.ui.internal.handlers.OpenHandler;
import org.fulcrum.ui.internal.navigator.NavigatorPart;
import org.fulcrum.ui.internal.session.Session;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The "Engagements on Server" view: the engagements in a Fulcrum server's repository, searched by
 * name; Open checks one out into the workspace folder (or opens the checkout there) and Save
 * stores the open checkout as the next version. The server is the one used last (or
 * {@code FULCRUM_SERVER}); Connect chooses another.
 */
public final class RepositoryPart {

	static final String SERVER_PREFERENCE = "repository.server";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

	private final EngagementWorkspace workspace;
	private final Prompts prompts;
	private final UISynchronize ui;
	private final EPartService parts;
	private final Editors editors;
	private EngagementRepository repository;
	private Label server;
	private Text search;
	private TableViewer table;

	@Inject
	public RepositoryPart(EngagementWorkspace workspace, Prompts prompts, UISynchronize ui, EPartService parts,
			org.eclipse.e4.core.contexts.IEclipseContext context) {
		this.workspace = workspace;
		this.prompts = prompts;
		this.ui = ui;
		this.parts = parts;
		this.editors = Editors.in(context);
	}

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		server = new Label(parent, SWT.NONE);
		server.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		button(parent, "&Connect...", this::connect);
		search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage("Search by name");
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		search.addListener(SWT.DefaultSelection, e -> refresh());
		button(parent, "&Refresh", this::refresh);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Engagement", 180, l -> l.name());
		column("Version", 60, l -> Integer.toString(l.latest()));
		column("Changed", 120, l -> WHEN.format(l.updated()));
		column("By", 120, l -> l.updatedBy());
		table.addDoubleClickListener(e -> open());
		button(parent, "&Open", this::open);
		button(parent, "&Save to Server", this::save);
		button(parent, "&History", this::history);
		remembered().ifPresent(this::use);
		show();
	}

	/** Lists the repository again; completes once the table shows it. */
	public CompletableFuture<List<RepositoryClient.Listed>> refresh() {
		if (repository == null) {
			return CompletableFuture.completedFuture(List.of());
		}
		return repository.list(search.getText()).whenComplete((listed, failure) -> ui.asyncExec(() -> {
			if (table.getControl().isDisposed()) {
				return;
			}
			if (failure != null) {
				prompts.error("Engagements on server", EngagementRepository.message(failure));
			} else {
				table.setInput(listed);
			}
		}));
	}

	/** Checks the selected engagement out into the workspace folder (or finds its checkout there) and opens it. */
	public CompletableFuture<EngagementSession> open() {
		Optional<RepositoryClient.Listed> selected = selected();
		if (selected.isEmpty()) {
			return CompletableFuture.completedFuture(null);
		}
		CompletableFuture<EngagementSession> opened = new CompletableFuture<>();
		repository.checkout(selected.get().name(), workspace.folder()).whenComplete((file, failure) -> ui.asyncExec(() -> {
			if (failure != null) {
				prompts.error("Open " + selected.get().name(), EngagementRepository.message(failure));
				opened.complete(null);
				return;
			}
			((org.fulcrum.ui.internal.session.Workspace) workspace).refresh();
			navigator().openInBackground(file).whenComplete((session, f) -> opened.complete(session));
		}));
		return opened;
	}

	/** Saves the selected engagement's open checkout (else the one engagement open) as its next version. */
	public CompletableFuture<String> save() {
		Optional<EngagementSession> session = selected().flatMap(l -> workspace.session(RepositorySync.fileFor(workspace.folder(), l.name())))
				.or(() -> workspace.sessions().size() == 1 ? Optional.of(workspace.sessions().get(0)) : Optional.empty());
		if (repository == null || session.isEmpty()) {
			prompts.error(SaveToServer.TITLE, "Open the engagement to save first (select it here and choose Open).");
			return CompletableFuture.completedFuture(null);
		}
		return new SaveToServer(workspace, editors, prompts, ui, file -> navigator().openInBackground(file))
				.save((Session) session.get(), repository).whenComplete((said, failure) -> refresh());
	}

	/** Shows the selected engagement's versions. */
	public CompletableFuture<String> history() {
		Optional<RepositoryClient.Listed> selected = selected();
		if (selected.isEmpty()) {
			return CompletableFuture.completedFuture(null);
		}
		CompletableFuture<String> shown = new CompletableFuture<>();
		repository.history(selected.get().name()).whenComplete((versions, failure) -> ui.asyncExec(() -> {
			if (failure != null) {
				prompts.error("History of " + selected.get().name(), EngagementRepository.message(failure));
				shown.complete(null);
				return;
			}
			StringBuilder text = new StringBuilder();
			for (RepositoryClient.VersionInfo v : versions) {
				text.append(v.number()).append("  ").append(WHEN.format(v.at())).append("  ").append(v.author()).append("  ")
						.append(v.message() == null ? "" : v.message()).append('\n');
			}
			text.append("\nTo open or restore an older version: ./fulcrum checkout ").append(selected.get().name())
					.append(" DIR --version N, ./fulcrum restore (docs/server.md).");
			prompts.inform("History of " + selected.get().name(), text.toString());
			shown.complete(text.toString());
		}));
		return shown;
	}

	/** Asks for a server (and the key for it) and lists its engagements. */
	public CompletableFuture<List<RepositoryClient.Listed>> connect() {
		try {
			Optional<ServerConnection> chosen = ServerConnection.ask(null, "open engagements from", prompts);
			if (chosen.isEmpty()) {
				return CompletableFuture.completedFuture(List.of());
			}
			use(chosen.get());
			preferences().put(SERVER_PREFERENCE, chosen.get().server().toString());
			try {
				preferences().flush();
			} catch (org.osgi.service.prefs.BackingStoreException e) {
				// remembered for this session only
			}
			show();
			return refresh();
		} catch (IOException e) {
			prompts.error("Engagements on server", e.getMessage());
			return CompletableFuture.completedFuture(List.of());
		}
	}

	public TableViewer table() {
		return table;
	}

	private void use(ServerConnection connection) {
		repository = new EngagementRepository(connection);
		refresh();
	}

	private void show() {
		server.setText(repository == null ? "No server chosen: Connect to one." : "Server: " + repository.connection().server());
	}

	private Optional<RepositoryClient.Listed> selected() {
		Object first = ((IStructuredSelection) table.getSelection()).getFirstElement();
		if (first == null && table.getTable().getItemCount() == 1) {
			first = table.getElementAt(0);
		}
		return Optional.ofNullable((RepositoryClient.Listed) first);
	}

	private NavigatorPart navigator() {
		MPart part = parts.findPart(OpenHandler.NAVIGATOR);
		parts.showPart(part, EPartService.PartState.VISIBLE);
		return (NavigatorPart) part.getObject();
	}

	/** The server used last, else {@code FULCRUM_SERVER}, with the key the user has for it. */
	private Optional<ServerConnection> remembered() {
		String last = preferences().get(SERVER_PREFERENCE, ServerLink.environment().get("FULCRUM_SERVER"));
		if (last == null || last.isBlank()) {
			return Optional.empty();
		}
		try {
			URI address = ServerLink.address(last);
			return ServerLink.key(address, ServerLink.environment()).map(key -> new ServerConnection(address, key));
		} catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode("org.fulcrum.ui");
	}

	private void column(String title, int width, java.util.function.Function<RepositoryClient.Listed, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((RepositoryClient.Listed) element);
			}
		});
	}

	private static void button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
	}
}
