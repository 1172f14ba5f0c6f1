package org.fulcrum.core.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.ecore.resource.Resource;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementFormat;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.model.Engagement;

/**
 * Opens, creates and reads engagement files; the implementation behind
 * {@link org.fulcrum.core.store.EngagementStore}, with the file system calls and the use of
 * the load cache open to tests.
 */
public final class StoreEngine {

	private final FileOps files;
	private final boolean useCache;

	public StoreEngine(FileOps files, boolean useCache) {
		this.files = files;
		this.useCache = useCache;
	}

	public EngagementDocument open(Path file) throws StoreException {
		Path target = file.toAbsolutePath().normalize();
		requireFile(target);
		EngagementLock lock = EngagementLock.acquire(target);
		try {
			SiblingFiles.deleteStaleTemporaries(target);
			Engagement engagement = load(target);
			return new LockedDocument(this, target, lock, engagement, false);
		} catch (IOException | RuntimeException e) {
			lock.close();
			throw e instanceof StoreException s ? s : new StoreException(target, "cannot be opened: " + e.getMessage(), e);
		}
	}

	public EngagementDocument create(Path file, Engagement engagement) throws StoreException {
		Path target = file.toAbsolutePath().normalize();
		if (Files.exists(target)) {
			throw new StoreException(target, "already exists; open it, or choose another name");
		}
		if (!Files.isDirectory(SiblingFiles.directoryOf(target))) {
			throw new StoreException(target, "cannot be created: the folder " + SiblingFiles.directoryOf(target) + " does not exist");
		}
		EngagementLock lock = EngagementLock.acquire(target);
		LockedDocument document = new LockedDocument(this, target, lock, engagement, true);
		try {
			document.save();
		} catch (StoreException e) {
			document.close();
			throw e;
		}
		return document;
	}

	public void replace(Path file, Engagement engagement) throws StoreException {
		Path target = file.toAbsolutePath().normalize();
		requireFile(target);
		try (LockedDocument document = new LockedDocument(this, target, EngagementLock.acquire(target), engagement, true)) {
			document.save();
		}
	}

	/** Reads an engagement without locking it or tidying beside it, e.g. to validate a file. */
	public Engagement read(Path file) throws StoreException {
		Path target = file.toAbsolutePath().normalize();
		requireFile(target);
		return load(target);
	}

	private Engagement load(Path file) throws StoreException {
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new StoreException(file, "cannot be read: " + e.getMessage(), e);
		}
		int version = FormatSniffer.version(file, content);
		if (version > EngagementFormat.CURRENT_VERSION) {
			throw new StoreException(file, "was written by a newer Fulcrum (format " + version
					+ "); this Fulcrum reads formats up to " + EngagementFormat.CURRENT_VERSION + ": please update Fulcrum");
		}
		content = FormatMigrations.upgrade(file, version, content);
		byte[] digest = useCache ? EngagementCache.digest(content) : null;
		Engagement cached = useCache ? EngagementCache.load(file, digest) : null;
		if (cached != null) {
			return cached;
		}
		Engagement engagement = EngagementXmi.load(file, content);
		if (useCache && version == EngagementFormat.CURRENT_VERSION) {
			writeCache(file, digest, engagement.eResource());
		}
		return engagement;
	}

	private static void writeCache(Path file, byte[] digest, Resource resource) {
		try {
			EngagementCache.write(file, digest, EngagementCache.encode(resource, sizeOf(SiblingFiles.cache(file))));
		} catch (IOException | RuntimeException e) {
			EngagementCache.discard(file);
		}
	}

	void save(Path file, Engagement engagement) throws StoreException {
		// An engagement built in memory, or held by another kind of resource, moves into an XMI resource of its own.
		if (!(engagement.eResource() instanceof EngagementResource)) {
			EngagementXmi.newResource(EngagementXmi.newResourceSet(), file).getContents().add(engagement);
		}
		EngagementResource resource = (EngagementResource) engagement.eResource();
		// The binary cache is encoded on a second core while XMI is written on this one; both only read the model.
		EngagementResource saved = resource;
		long cacheSize = sizeOf(SiblingFiles.cache(file));
		CompletableFuture<byte[]> cache = useCache ? CompletableFuture.supplyAsync(() -> encodeQuietly(saved, cacheSize)) : null;
		byte[] content;
		try {
			content = EngagementXmi.save(resource, sizeOf(file));
		} catch (IOException | RuntimeException e) {
			join(cache);
			throw new StoreException(file, "could not be saved: the engagement cannot be written as XMI (" + e.getMessage()
					+ "); the file on disk is unchanged", e);
		}
		// The bytes are checked to read back on a second core while they are written and flushed.
		byte[] written = content;
		CompletableFuture<String> verdict = CompletableFuture.supplyAsync(() -> XmiCheck.problem(written));
		try {
			new AtomicFileWriter(files).write(file, content, SiblingFiles.backup(file), () -> {
				String problem = verdict.join();
				if (problem != null) {
					throw new UnreadableXmi(problem);
				}
			});
		} catch (UnreadableXmi e) {
			join(cache);
			throw new StoreException(file, "could not be saved: the XMI written would not read back (" + e.getMessage()
					+ "); this is a defect in Fulcrum; the file on disk is unchanged", e);
		} catch (IOException e) {
			verdict.join();
			join(cache);
			throw new StoreException(file, "could not be saved: " + describe(e) + "; the file on disk is unchanged", e);
		}
		byte[] encoded = join(cache);
		if (encoded != null) {
			EngagementCache.write(file, EngagementCache.digest(content), encoded);
		} else {
			EngagementCache.discard(file);
		}
	}

	/** The check of the XMI about to be saved failed. */
	private static final class UnreadableXmi extends IOException {
		private static final long serialVersionUID = 1L;

		UnreadableXmi(String message) {
			super(message);
		}
	}

	private static byte[] encodeQuietly(Resource resource, long expectedSize) {
		try {
			return EngagementCache.encode(resource, expectedSize);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Waits for the cache encoding, so that nobody changes the model while it still reads it. */
	private static byte[] join(CompletableFuture<byte[]> cache) {
		return cache == null ? null : cache.join();
	}

	/** The file's size, or 0 where it does not exist yet. */
	private static long sizeOf(Path file) {
		try {
			return Files.exists(file) ? Files.size(file) : 0;
		} catch (IOException e) {
			return 0;
		}
	}

	private static void requireFile(Path file) throws StoreException {
		if (!Files.exists(file)) {
			throw new StoreException(file, "does not exist");
		}
		if (!Files.isRegularFile(file)) {
			throw new StoreException(file, "is not a file");
		}
	}

	private static String describe(IOException e) {
		if (e instanceof NoSuchFileException) {
			return "the folder is gone (" + e.getMessage() + ")";
		}
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}
}
