package org.fulcrum.core.io;

/**
 * The bounds every imported file is held to before and while it is read (docs/formats.md), so
 * that a hostile or broken file costs bounded time and memory and ends in a clear problem.
 * The sheet bounds are a spreadsheet's own (Excel's 1,048,576 rows, 16,384 columns, 32,767
 * characters a cell); the others keep the whole table comfortably in a default heap.
 */
public final class ImportLimits {

	/** The largest CSV file read, and the largest uncompressed part of a workbook. */
	public static final long FILE_BYTES = 100L * 1024 * 1024;
	/** The largest .xlsx file read. */
	public static final long WORKBOOK_BYTES = 50L * 1024 * 1024;
	/** A workbook part may inflate at most this many times its compressed size (a zip bomb inflates thousands of times). */
	public static final int INFLATE_RATIO = 100;
	/** Parts smaller than this uncompressed are never refused for their ratio. */
	public static final long RATIO_FLOOR_BYTES = 1024 * 1024;
	public static final int ROWS = 1_048_576;
	public static final int COLUMNS = 16_384;
	public static final int CELL_CHARS = 32_767;
	/** Cells in a table (rows × columns as read). */
	public static final long CELLS = 10_000_000;
	/** Problems kept and printed; the rest are counted ("and N more"). */
	public static final int PROBLEMS = 200;

	private ImportLimits() {
	}
}
