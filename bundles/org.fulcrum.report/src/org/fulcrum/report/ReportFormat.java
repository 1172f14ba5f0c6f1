package org.fulcrum.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats Fulcrum's reports are written in. */
public enum ReportFormat {
	PDF("pdf"), HTML("html"), XLSX("xlsx");

	private final String extension;

	ReportFormat(String extension) {
		this.extension = extension;
	}

	/** The file name extension and BIRT's name of the format, e.g. {@code pdf}. */
	public String extension() {
		return extension;
	}

	/** The format named {@code name} (any case), e.g. from {@code --format pdf,html}. */
	public static ReportFormat of(String name) {
		for (ReportFormat format : values()) {
			if (format.extension.equalsIgnoreCase(name.trim())) {
				return format;
			}
		}
		throw new IllegalArgumentException("'" + name + "' is not a report format; formats: "
				+ Arrays.stream(values()).map(f -> f.extension).collect(Collectors.joining(", ")));
	}

	@Override
	public String toString() {
		return extension.toUpperCase(Locale.ROOT);
	}
}
