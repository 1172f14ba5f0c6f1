package org.fulcrum.report.internal.birt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.fulcrum.report.CohortReport;
import org.fulcrum.report.IndividualReport;
import org.fulcrum.report.IssuesReport;
import org.fulcrum.report.PlanReport;
import org.fulcrum.report.ProgressReport;
import org.fulcrum.report.ReportException;
import org.fulcrum.report.ReportFormat;
import org.fulcrum.report.ReportRenderer;
import org.fulcrum.report.internal.data.CohortData;
import org.fulcrum.report.internal.data.ImageEncoding;
import org.fulcrum.report.internal.data.IndividualData;
import org.fulcrum.report.internal.data.IssuesData;
import org.fulcrum.report.internal.data.PlanData;
import org.fulcrum.report.internal.data.ProgressData;
import org.fulcrum.report.internal.data.ReportData;
import org.fulcrum.report.internal.fonts.ReportFonts;
import org.osgi.framework.FrameworkUtil;

/**
 * Fulcrum's one BIRT engine: started once per process, with Fulcrum's fonts and quiet logs; each
 * design is opened once and shared by every render, which may run on many threads at once.
 */
public final class BirtReports implements ReportRenderer {

	static final String INDIVIDUAL = "designs/individual.rptdesign";
	static final String COHORT = "designs/cohort.rptdesign";
	static final String PLAN = "designs/plan.rptdesign";
	static final String PROGRESS = "designs/progress.rptdesign";
	static final String ISSUES = "designs/issues.rptdesign";

	private static volatile BirtReports shared;
	// BIRT logs dozens of font lines per start at INFO; a strong reference keeps the level set.
	private static final Logger BIRT_LOG = Logger.getLogger("org.eclipse.birt");

	private final IReportEngine engine;
	private final Map<String, IReportRunnable> designs = new ConcurrentHashMap<>();

	private BirtReports(IReportEngine engine) {
		this.engine = engine;
	}

	public static BirtReports shared() throws ReportException {
		BirtReports reports = shared;
		if (reports == null) {
			synchronized (BirtReports.class) {
				reports = shared;
				if (reports == null) {
					shared = reports = start();
				}
			}
		}
		return reports;
	}

	/**
	 * A new engine of its own, which the caller must {@link #close()}. Only for measuring the naive way of
	 * rendering (an engine per report) against the shared one.
	 */
	public static BirtReports startPrivate() throws ReportException {
		return start();
	}

	private static BirtReports start() throws ReportException {
		BIRT_LOG.setLevel(Level.WARNING);
		// POI, under the XLSX emitter, logs through Log4j's API and SLF4J; in OSGi neither finds its
		// provider without an extender, and each would say so on stderr, in the middle of the CLI's output.
		quietly("slf4j.internal.verbosity", "ERROR");
		quietly("log4j2.statusLoggerLevel", "OFF");
		try {
			EngineConfig config = new EngineConfig();
			config.setLogConfig(null, Level.WARNING);
			config.setFontConfig(FontConfig.write(ReportFonts.installed()));
			Platform.startup(config);
			IReportEngineFactory factory = (IReportEngineFactory) Platform
					.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
			if (factory == null) {
				throw new ReportException("the BIRT report engine is not installed (bundle org.eclipse.birt.report.engine)");
			}
			return new BirtReports(factory.createReportEngine(config));
		} catch (BirtException | IOException e) {
			throw new ReportException("cannot start the BIRT report engine: " + e.getMessage(), e);
		}
	}

	private static void quietly(String property, String value) {
		if (System.getProperty(property) == null) {
			System.setProperty(property, value);
		}
	}

	@Override
	public void write(IndividualReport report, ReportFormat format, OutputStream out) throws ReportException {
		if (format == ReportFormat.XLSX) {
			throw new ReportException("the individual report is written as PDF or HTML, not " + format);
		}
		render(INDIVIDUAL, new IndividualData(report, ImageEncoding.of(format)), format, out);
	}

	@Override
	public void write(CohortReport report, ReportFormat format, OutputStream out) throws ReportException {
		render(COHORT, new CohortData(report, ImageEncoding.of(format)), format, out);
	}

	@Override
	public void write(PlanReport report, ReportFormat format, OutputStream out) throws ReportException {
		if (format == ReportFormat.XLSX) {
			throw new ReportException("a development plan is written as PDF or HTML, not " + format);
		}
		render(PLAN, new PlanData(report, ImageEncoding.of(format)), format, out);
	}

	@Override
	public void write(ProgressReport report, ReportFormat format, OutputStream out) throws ReportException {
		render(PROGRESS, new ProgressData(report, ImageEncoding.of(format)), format, out);
	}

	@Override
	public void write(IssuesReport report, ReportFormat format, OutputStream out) throws ReportException {
		render(ISSUES, new IssuesData(report, ImageEncoding.of(format)), format, out);
	}

	void render(String design, ReportData data, ReportFormat format, OutputStream out) throws ReportException {
		IRunAndRenderTask task = engine.createRunAndRenderTask(design(design));
		try {
			if (format == ReportFormat.PDF) {
				// BIRT would print '?' in an unembedded Times for what no font of the chain has.
				ReportFonts fonts = ReportFonts.installed();
				data.filterTexts(fonts::printable);
			}
			Map<String, Object> context = new HashMap<>();
			context.put(ReportData.CONTEXT_KEY, data);
			task.setAppContext(context);
			IRenderOption option = options(format);
			option.setOutputStream(out);
			task.setRenderOption(option);
			task.run();
			List<?> errors = task.getErrors();
			if (!errors.isEmpty()) {
				throw new ReportException(design + ": " + message(errors.get(0)) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
			}
		} catch (BirtException | IOException e) {
			throw new ReportException(design + ": " + message(e), e);
		} finally {
			task.close();
		}
	}

	/** The error's message and, where BIRT wraps the real fault, the innermost cause: what a consultant can report. */
	private static String message(Object error) {
		if (!(error instanceof Throwable t)) {
			return String.valueOf(error);
		}
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (" + root + ")";
	}

	private static IRenderOption options(ReportFormat format) {
		return switch (format) {
		case PDF -> {
			PDFRenderOption pdf = new PDFRenderOption();
			pdf.setOutputFormat("pdf");
			pdf.setEmbededFont(true);
			yield pdf;
		}
		case HTML -> {
			HTMLRenderOption html = new HTMLRenderOption();
			html.setOutputFormat("html");
			html.setImageHandler(new InlineImages());
			html.setEmbeddable(false);
			html.setEnableAgentStyleEngine(true);
			yield html;
		}
		case XLSX -> {
			RenderOption xlsx = new RenderOption();
			xlsx.setOutputFormat("xlsx");
			yield xlsx;
		}
		};
	}

	private IReportRunnable design(String path) throws ReportException {
		IReportRunnable design = designs.get(path);
		if (design != null) {
			return design;
		}
		synchronized (designs) {
			design = designs.get(path);
			if (design == null) {
				design = open(path);
				designs.put(path, design);
			}
			return design;
		}
	}

	private IReportRunnable open(String path) throws ReportException {
		URL entry = FrameworkUtil.getBundle(BirtReports.class).getEntry(path);
		if (entry == null) {
			throw new ReportException("the report design " + path + " is missing from bundle org.fulcrum.report");
		}
		try (InputStream in = entry.openStream()) {
			return engine.openReportDesign(entry.toExternalForm(), in);
		} catch (IOException | BirtException e) {
			throw new ReportException("cannot open the report design " + path + ": " + e.getMessage(), e);
		}
	}

	/** Shuts a private engine down; the shared one lives as long as the process. */
	public void close() {
		if (this != shared) {
			engine.destroy();
		}
	}
}
