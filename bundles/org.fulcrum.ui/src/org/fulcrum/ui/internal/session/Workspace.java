package org.fulcrum.ui.internal.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementFormat;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.model.Engagement;
import org.fulcrum.ui.EngagementSession;
import org.fulcrum.ui.EngagementWorkspace;

/**
 * The workspace folder and its open sessions. {@link #load} may run in a background job (it
 * reads and locks the file); everything else runs on the user interface thread.
 */
public final class Workspace implements EngagementWorkspace {

	private final EngagementStore store = new EngagementStore();
	private final Map<Path, Session> sessions = new LinkedHashMap<>();
	private final Listeners listeners = new Listeners();
	private Path folder;

	public Workspace(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	@Override
	public Path folder() {
		return folder;
	}

	@Override
	public List<Path> files() {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(p -> p.getFileName().toString().endsWith("." + EngagementFormat.FILE_EXTENSION))
					.filter(Files::isRegularFile).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	@Override
	public Optional<EngagementSession> session(Path file) {
		return Optional.ofNullable(sessions.get(file.toAbsolutePath().normalize()));
	}

	@Override
	public Optional<EngagementSession> sessionOf(Object element) {
		if (element instanceof EngagementSession session) {
			return Optional.of(session);
		}
		if (!(element instanceof EObject object)) {
			return Optional.empty();
		}
		EObject root = EcoreUtil.getRootContainer(object);
		return sessions.values().stream().filter(s -> s.engagement() == root).map(EngagementSession.class::cast).findFirst();
	}

	@Override
	public List<EngagementSession> sessions() {
		return new ArrayList<>(sessions.values());
	}

	/** Reads and locks a file; safe to call from a background job. */
	public EngagementDocument load(Path file) throws StoreException {
		return store.open(file);
	}

	/** Makes a loaded document a session of this workspace, or closes it when the file is open already. */
	public EngagementSession adopt(EngagementDocument document) {
		Session existing = sessions.get(document.file());
		if (existing != null) {
			document.close();
			return existing;
		}
		Session session = new Session(document);
		sessions.put(document.file(), session);
		fire();
		return session;
	}

	@Override
	public EngagementSession open(Path file) throws StoreException {
		Optional<EngagementSession> open = session(file);
		return open.isPresent() ? open.get() : adopt(load(file));
	}

	@Override
	public EngagementSession create(String fileName, Engagement engagement) throws StoreException {
		String name = fileName.endsWith("." + EngagementFormat.FILE_EXTENSION) ? fileName : fileName + "." + EngagementFormat.FILE_EXTENSION;
		return adopt(store.create(folder.resolve(name), engagement));
	}

	@Override
	public void close(EngagementSession session) {
		if (sessions.remove(session.file()) instanceof Session closed) {
			closed.close();
			fire();
		}
	}

	/** Closes a session if open and deletes the file with its backup and cache. */
	public void delete(Path file) throws StoreException {
		session(file).ifPresent(this::close);
		try (EngagementDocument locked = store.open(file)) {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			throw e instanceof StoreException s ? s : new StoreException(file, "cannot be deleted: " + e.getMessage(), e);
		}
		Path directory = file.toAbsolutePath().getParent();
		String name = file.getFileName().toString();
		for (Path sibling : List.of(directory.resolve(name + ".bak"), directory.resolve("." + name + ".cache"))) {
			try {
				Files.deleteIfExists(sibling);
			} catch (IOException e) {
				// a left-over backup or cache does no harm: it is no engagement file
			}
		}
		fire();
	}

	@Override
	public void switchTo(Path newFolder) {
		sessions().forEach(this::close);
		folder = newFolder.toAbsolutePath().normalize();
		fire();
	}

	/** Tells the listeners that the folder's files may have changed. */
	public void refresh() {
		fire();
	}

	@Override
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void fire() {
		listeners.fire();
	}
}
