package org.fulcrum.core.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An engagement file could not be opened or saved. The message always names the file and,
 * where the parser gave one, the line and column, so that a consultant can find the fault.
 */
public class StoreException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String reason;

	public StoreException(Path file, String reason) {
		this(file, 0, 0, reason, null);
	}

	public StoreException(Path file, String reason, Throwable cause) {
		this(file, 0, 0, reason, cause);
	}

	public StoreException(Path file, int line, int column, String reason) {
		this(file, line, column, reason, null);
	}

	public StoreException(Path file, int line, int column, String reason, Throwable cause) {
		super(format(file, line, column, reason), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	/** The file concerned. */
	public Path file() {
		return file;
	}

	/** The 1-based line of the fault, or 0 when unknown. */
	public int line() {
		return line;
	}

	/** The 1-based column of the fault, or 0 when unknown. */
	public int column() {
		return column;
	}

	/** What is wrong, without the location. */
	public String reason() {
		return reason;
	}

	private static String format(Path file, int line, int column, String reason) {
		StringBuilder text = new StringBuilder(String.valueOf(file));
		if (line > 0) {
			text.append(':').append(line);
			if (column > 0) {
				text.append(':').append(column);
			}
		}
		return text.append(": ").append(reason).toString();
	}
}
