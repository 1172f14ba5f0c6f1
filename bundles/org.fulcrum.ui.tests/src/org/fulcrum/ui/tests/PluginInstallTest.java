package org.fulcrum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.fulcrum.assessment.InstrumentCatalog;
import org.fulcrum.plugins.UserPlugins;
import org.fulcrum.ui.internal.parts.InstrumentsPart;
import org.fulcrum.ui.internal.plugins.InstallPluginsDialog;
import org.fulcrum.ui.internal.plugins.PluginsDialog;
import org.fulcrum.ui.internal.plugins.RemovePluginsDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The Instruments view's Install plugins… and Remove plugins… as a user meets them: a plugin is
 * installed with p2 from an update site into a profile in a temporary data folder, its instrument
 * appears in the view without a restart, and removing it (confirmed) takes it away again. The test
 * runtime has no p2 profile of the product, so the running framework's bundles stand in for the
 * product ({@code fulcrum.plugins.product=framework}, docs/install.md).
 */
class PluginInstallTest {

	private static final String INSTRUMENTS = "org.fulcrum.ui.part.instruments";

	@TempDir
	Path folder;

	@BeforeEach
	void userData() {
		System.setProperty("fulcrum.data", folder.resolve("data").toString());
		System.setProperty(UserPlugins.PRODUCT_PROPERTY, "framework");
	}

	@AfterEach
	void forgetUserData() {
		System.clearProperty("fulcrum.data");
		System.clearProperty(UserPlugins.PRODUCT_PROPERTY);
	}

	@Test
	void installFromSiteShowsTheInstrumentAndRemoveTakesItAway() throws Exception {
		Path site = PluginSite.write(folder.resolve("site"));
		TestWorkbench bench = TestWorkbench.showing(Files.createDirectories(folder.resolve("workspace")));
		InstrumentsPart part = bench.part(INSTRUMENTS, InstrumentsPart.class);
		assertFalse(instruments(part).contains(PluginSite.INSTRUMENT_NAME), "not installed yet");

		// Install: a site that does not exist is named, then the real site's feature is listed by name and version
		click(button(part, "Install plugins…"));
		InstallPluginsDialog install = (InstallPluginsDialog) part.pluginDialog();
		install.location().setText(folder.resolve("nowhere").toString());
		click(install.readButton());
		assertTrue(install.error().contains("does not exist"), install.error());
		install.location().setText(site.toString());
		click(install.readButton());
		bench.waitFor("the site's features", () -> !install.busy());
		assertNull(install.error());
		TableItem[] offered = install.features().getTable().getItems();
		assertEquals(1, offered.length);
		assertEquals(List.of(PluginSite.FEATURE_NAME, PluginSite.VERSION.toString(), PluginSite.FEATURE), row(offered[0]));
		assertTrue(install.okButton().isEnabled(), "the only feature is checked, Install is on");

		click(install.okButton());
		assertFalse(install.okButton().isEnabled(), "Install is off while p2 works");
		bench.waitFor("the installation", () -> closed(install) || (!install.busy() && install.error() != null));
		assertTrue(closed(install), () -> "installation failed: " + install.error());
		assertTrue(part.status().startsWith("Installed " + PluginSite.FEATURE_NAME), part.status());

		// the instrument is in the view and the application's catalog, with its two dimensions
		InstrumentCatalog catalog = bench.application.getContext().get(InstrumentCatalog.class);
		assertTrue(catalog.find(PluginSite.INSTRUMENT).isPresent(), () -> "not in the catalog; problems: " + catalog.problems());
		assertTrue(instruments(part).contains(PluginSite.INSTRUMENT_NAME), instruments(part).toString());
		TreeItem item = Arrays.stream(part.viewer().getTree().getItems()).filter(i -> i.getText(0).equals(PluginSite.INSTRUMENT_NAME))
				.findFirst().orElseThrow();
		assertTrue(item.getText(1).startsWith(PluginSite.INSTRUMENT + " 2.3 · scale 1–4 · from " + PluginSite.BUNDLE), item.getText(1));
		part.viewer().expandToLevel(catalog.find(PluginSite.INSTRUMENT).get(), 1);
		bench.spin();
		assertEquals(List.of("Attention", "Reflection"), Arrays.stream(item.getItems()).map(i -> i.getText(0)).toList());
		Path pool = folder.resolve("data/p2/fulcrum/plugins");
		assertEquals(1, jars(pool, PluginSite.BUNDLE), "p2 put the plugin into the user's bundle pool");
		assertEquals(0, jars(pool, "org.fulcrum.assessment"), "the product's bundles stay where they are");
		assertNotNull(running(PluginSite.BUNDLE), "the plugin runs in this Fulcrum");

		// Remove: the installed feature is listed; the user confirms; the instrument goes
		click(button(part, "Remove plugins…"));
		RemovePluginsDialog remove = (RemovePluginsDialog) part.pluginDialog();
		bench.waitFor("the installed plugins", () -> !remove.busy());
		TableItem[] installed = remove.features().getTable().getItems();
		assertEquals(1, installed.length);
		assertEquals(PluginSite.FEATURE_NAME, installed[0].getText(0));
		bench.prompts.answer(true);
		click(remove.okButton());
		assertTrue(bench.prompts.asked.getLast().startsWith("Remove " + PluginSite.FEATURE_NAME + "?"), bench.prompts.asked.toString());
		bench.waitFor("the removal", () -> closed(remove) || (!remove.busy() && remove.error() != null));
		assertTrue(closed(remove), () -> "removal failed: " + remove.error());
		assertFalse(instruments(part).contains(PluginSite.INSTRUMENT_NAME), instruments(part).toString());
		assertTrue(bench.application.getContext().get(InstrumentCatalog.class).find(PluginSite.INSTRUMENT).isEmpty());
		assertEquals(0, jars(pool, PluginSite.BUNDLE), "the plugin left the user's bundle pool");
		assertNull(running(PluginSite.BUNDLE), "the plugin no longer runs");
		assertTrue(part.status().startsWith("Removed " + PluginSite.FEATURE_NAME), part.status());
	}

	@Test
	void removingWhenNothingIsInstalledSaysSoAndAnUnreachableSiteIsAnError() throws Exception {
		TestWorkbench bench = TestWorkbench.showing(Files.createDirectories(folder.resolve("workspace")));
		InstrumentsPart part = bench.part(INSTRUMENTS, InstrumentsPart.class);
		click(button(part, "Remove plugins…"));
		RemovePluginsDialog remove = (RemovePluginsDialog) part.pluginDialog();
		bench.waitFor("the installed plugins", () -> !remove.busy());
		assertEquals(0, remove.features().getTable().getItemCount());
		assertFalse(remove.okButton().isEnabled());
		remove.close();

		click(button(part, "Install plugins…"));
		InstallPluginsDialog install = (InstallPluginsDialog) part.pluginDialog();
		install.location().setText("http://reader:s3cret@127.0.0.1:9/site"); // the discard port: nothing listens
		click(install.readButton());
		bench.waitFor("the site", () -> !install.busy());
		assertNotNull(install.error());
		assertTrue(install.error().contains("http://127.0.0.1:9/site") && install.error().contains("cannot reach"), install.error());
		assertFalse(install.error().contains("s3cret") || install.error().contains("reader"), "no credentials shown: " + install.error());
		assertEquals(0, install.features().getTable().getItemCount());
		install.close();
	}

	private static boolean closed(PluginsDialog dialog) {
		return dialog.getShell() == null || dialog.getShell().isDisposed();
	}

	private static List<String> instruments(InstrumentsPart part) {
		return Arrays.stream(part.viewer().getTree().getItems()).map(i -> i.getText(0)).toList();
	}

	private static List<String> row(TableItem item) {
		return List.of(item.getText(0), item.getText(1), item.getText(2));
	}

	private static long jars(Path pool, String bundle) throws Exception {
		if (!Files.isDirectory(pool)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(pool)) {
			return files.filter(f -> f.getFileName().toString().startsWith(bundle + "_")).count();
		}
	}

	private static Bundle running(String symbolicName) {
		return Arrays.stream(FrameworkUtil.getBundle(PluginInstallTest.class).getBundleContext().getBundles())
				.filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst().orElse(null);
	}

	private static void click(Button button) {
		assertTrue(button.isEnabled(), button.getText() + " is enabled");
		button.notifyListeners(SWT.Selection, null);
	}

	private static Button button(InstrumentsPart part, String text) {
		return find(part.viewer().getControl().getParent(), text);
	}

	private static Button find(Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && text.equals(button.getText())) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = find(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
