package org.fulcrum.report;

import java.io.OutputStream;

import org.fulcrum.report.internal.birt.BirtReports;

/**
 * Writes Fulcrum's reports with BIRT. There is one engine per process and each design is opened
 * once; rendering is thread-safe, so callers render many reports in parallel (see {@link ReportBatch}).
 */
public interface ReportRenderer {

	/** The process's renderer; the first call starts the BIRT engine (about a second). */
	static ReportRenderer shared() throws ReportException {
		return BirtReports.shared();
	}

	/** The individual 360° report, in PDF or HTML. */
	void write(IndividualReport report, ReportFormat format, OutputStream out) throws ReportException;

	/** The cohort report, in PDF, HTML or XLSX. */
	void write(CohortReport report, ReportFormat format, OutputStream out) throws ReportException;
}
