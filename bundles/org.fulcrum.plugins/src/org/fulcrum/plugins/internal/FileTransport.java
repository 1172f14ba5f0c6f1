package org.fulcrum.plugins.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.internal.p2.repository.Transport;

/**
 * p2's transport for {@code file:} update sites (a folder or a {@code jar:file:} archive). p2's
 * own transport is built on ECF and brings an HTTP stack Fulcrum does not otherwise need; update
 * sites on a web server are downloaded first (docs/install.md).
 */
public final class FileTransport extends Transport {

	@Override
	public IStatus download(URI toDownload, OutputStream target, IProgressMonitor monitor) {
		try (InputStream in = stream(toDownload, monitor)) {
			in.transferTo(target);
			return Status.OK_STATUS;
		} catch (IOException | CoreException e) {
			return Status.error("cannot read " + toDownload + ": " + e.getMessage(), e);
		}
	}

	@Override
	public InputStream stream(URI toDownload, IProgressMonitor monitor) throws FileNotFoundException, CoreException {
		try {
			if ("jar".equals(toDownload.getScheme())) {
				return toDownload.toURL().openStream();
			}
			return Files.newInputStream(local(toDownload));
		} catch (NoSuchFileException e) {
			throw new FileNotFoundException(toDownload.toString());
		} catch (IOException e) {
			if (e instanceof FileNotFoundException missing) {
				throw missing;
			}
			throw new CoreException(Status.error("cannot read " + toDownload + ": " + e.getMessage(), e));
		}
	}

	@Override
	public long getLastModified(URI toDownload, IProgressMonitor monitor) throws CoreException, FileNotFoundException {
		if ("jar".equals(toDownload.getScheme())) {
			return 0;
		}
		Path file = local(toDownload);
		try {
			return Files.getLastModifiedTime(file).toMillis();
		} catch (NoSuchFileException e) {
			throw new FileNotFoundException(toDownload.toString());
		} catch (IOException e) {
			throw new CoreException(Status.error("cannot read " + toDownload + ": " + e.getMessage(), e));
		}
	}

	private static Path local(URI uri) throws CoreException {
		if (!"file".equals(uri.getScheme())) {
			throw new CoreException(Status.error("Fulcrum installs plugins from update sites on this machine (a folder or a zip file); "
					+ uri + " is not one: download the site first"));
		}
		return Path.of(uri);
	}
}
