package org.fulcrum.report.internal.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The DejaVu fonts Fulcrum ships (bundle {@code net.sf.jasperreports.fonts}, which holds nothing else), copied once into this
 * bundle's data area so that BIRT's PDF emitter, which reads fonts from a folder, embeds them. With
 * them every Latin and Central-European letter prints; BIRT's default Type 1 fonts drop such
 * letters without a word.
 */
public final class DejaVuFonts {

	static final String BUNDLE = "net.sf.jasperreports.fonts";
	static final String FOLDER_IN_BUNDLE = "net/sf/jasperreports/fonts/dejavu/";
	static final List<String> FILES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
			"DejaVuSans-BoldOblique.ttf", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansMono.ttf");

	private static volatile DejaVuFonts installed;

	private final Path folder;
	private final Font regular;
	private final Font bold;

	private DejaVuFonts(Path folder) throws IOException {
		this.folder = folder;
		this.regular = load(folder.resolve("DejaVuSans.ttf"));
		this.bold = load(folder.resolve("DejaVuSans-Bold.ttf"));
	}

	/** The fonts, copied out of their bundle on first use. */
	public static DejaVuFonts installed() throws IOException {
		DejaVuFonts fonts = installed;
		if (fonts == null) {
			synchronized (DejaVuFonts.class) {
				fonts = installed;
				if (fonts == null) {
					installed = fonts = new DejaVuFonts(copyOut());
				}
			}
		}
		return fonts;
	}

	/** The folder holding the TrueType files, for BIRT's font configuration. */
	public Path folder() {
		return folder;
	}

	/** DejaVu Sans at {@code size} points, for charts. */
	public Font sans(boolean isBold, float size) {
		return (isBold ? bold : regular).deriveFont(size);
	}

	private static Path copyOut() throws IOException {
		Bundle self = FrameworkUtil.getBundle(DejaVuFonts.class);
		Bundle fonts = null;
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (BUNDLE.equals(bundle.getSymbolicName())) {
				fonts = bundle;
			}
		}
		if (fonts == null) {
			throw new IOException("the fonts bundle " + BUNDLE + " is not installed: reports cannot embed their fonts");
		}
		Path folder = self.getDataFile("fonts").toPath();
		Files.createDirectories(folder);
		for (String name : FILES) {
			URL entry = fonts.getEntry(FOLDER_IN_BUNDLE + name);
			if (entry == null) {
				throw new IOException("the fonts bundle " + BUNDLE + " has no " + name);
			}
			Path target = folder.resolve(name);
			if (!Files.isRegularFile(target) || Files.size(target) == 0) {
				// A copy next to the target, then a rename: a concurrent reader never sees half a font.
				Path part = Files.createTempFile(folder, name, ".part");
				try (InputStream in = entry.openStream()) {
					Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
				}
				Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		return folder;
	}

	private static Font load(Path file) throws IOException {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
		} catch (FontFormatException e) {
			throw new IOException(file + " is not a TrueType font: " + e.getMessage(), e);
		}
	}
}
