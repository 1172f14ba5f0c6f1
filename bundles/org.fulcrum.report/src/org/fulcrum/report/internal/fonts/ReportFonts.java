package org.fulcrum.report.internal.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The fonts every report is set in, shipped inside Fulcrum (a machine may have no fonts at all)
 * and copied once into this bundle's data area, because BIRT's PDF emitter reads fonts from a
 * folder and embeds what it uses. The chain, in order: DejaVu Sans (Latin, Greek, Cyrillic,
 * Hebrew, Arabic, symbols; bundle {@code net.sf.jasperreports.fonts}), Noto Sans S Chinese (CJK
 * ideographs, kana, fullwidth forms) and Noto Emoji (monochrome) merged with what Noto Sans Math
 * and Noto Sans Symbols 2 have beyond it ({@link MergedFont}), all from bundle
 * {@code org.fulcrum.report.fonts}.
 * <p>
 * {@link #covers(int)} says whether a character can be printed; what cannot is shown as U+FFFD and
 * counted ({@link #replaced()}), never dropped silently. BIRT 4.22 picks a font for each UTF-16
 * unit, so a character beyond the Basic Multilingual Plane prints only from the one font that
 * claims the surrogate units ({@link SurrogateCmap}): the merged Noto Emoji. Emoji, mathematical
 * letters and the symbols of plane 1 print; other supplementary characters (historic scripts, CJK
 * extension B) do not.
 */
public final class ReportFonts {

	/** What stands for a character no font of the chain prints. */
	public static final String REPLACEMENT = "\uFFFD";

	/** What is changed in a font's copy. */
	private interface Patch {
		byte[] apply(byte[] font, Bundle self) throws IOException;
	}

	/** {@code patch}: what is changed in the copy (its name says so, so that a copy made by an earlier version is not reused). */
	private record FontFile(String bundle, String path, String name, Patch patch) {

		FontFile(String bundle, String path, String name) {
			this(bundle, path, name, (font, self) -> font);
		}
	}

	private static final String DEJAVU = "net.sf.jasperreports.fonts";
	private static final String DEJAVU_FOLDER = "net/sf/jasperreports/fonts/dejavu/";
	private static final String NOTO = "org.fulcrum.report.fonts";
	/** Noto Emoji with the glyphs of Noto Sans Math and Noto Sans Symbols 2 it lacks, claiming the surrogate units. */
	private static final String SUPPLEMENTARY = "NotoEmoji-Math-Symbols2-beyond-bmp.ttf";
	static final List<FontFile> FILES = List.of(new FontFile(DEJAVU, DEJAVU_FOLDER + "DejaVuSans.ttf", "DejaVuSans.ttf"),
			new FontFile(DEJAVU, DEJAVU_FOLDER + "DejaVuSans-Bold.ttf", "DejaVuSans-Bold.ttf"),
			new FontFile(DEJAVU, DEJAVU_FOLDER + "DejaVuSans-Oblique.ttf", "DejaVuSans-Oblique.ttf"),
			new FontFile(DEJAVU, DEJAVU_FOLDER + "DejaVuSans-BoldOblique.ttf", "DejaVuSans-BoldOblique.ttf"),
			new FontFile(DEJAVU, DEJAVU_FOLDER + "DejaVuSansMono.ttf", "DejaVuSansMono.ttf"),
			new FontFile(NOTO, "fonts/NotoSansHans-Regular.otf", "NotoSansHans-Regular-cid-is-gid.otf", (font, self) -> IdentityCharset.apply(font)),
			new FontFile(NOTO, "fonts/NotoEmoji-Regular.ttf", SUPPLEMENTARY, (font, self) -> SurrogateCmap.claim(MergedFont.merge(font,
					List.of(read(self, NOTO, "fonts/NotoSansMath-Regular.ttf"), read(self, NOTO, "fonts/NotoSansSymbols2-Regular.ttf"))))));
	/** The names earlier versions copied fonts under: removed, as BIRT reads every font of the folder. */
	private static final List<String> FORMER = List.of("NotoEmoji-Regular.ttf", "NotoSansHans-Regular.otf", "NotoEmoji-Regular-bmp-and-beyond.ttf");

	private static volatile ReportFonts installed;
	private static final LongAdder REPLACED = new LongAdder();

	private final Path folder;
	private final Font regular;
	private final Font bold;
	/** The regular face of each family of the chain, in the order BIRT tries them. */
	private final List<Font> chain;
	/** The font that claims the surrogate units. */
	private final Font supplementary;

	private ReportFonts(Path folder) throws IOException {
		this.folder = folder;
		this.regular = load(folder.resolve("DejaVuSans.ttf"));
		this.bold = load(folder.resolve("DejaVuSans-Bold.ttf"));
		this.supplementary = load(folder.resolve(SUPPLEMENTARY));
		this.chain = List.of(regular, load(folder.resolve("NotoSansHans-Regular-cid-is-gid.otf")), supplementary);
	}

	/** The fonts, copied out of their bundles on first use. */
	public static ReportFonts installed() throws IOException {
		ReportFonts fonts = installed;
		if (fonts == null) {
			synchronized (ReportFonts.class) {
				fonts = installed;
				if (fonts == null) {
					installed = fonts = new ReportFonts(copyOut());
				}
			}
		}
		return fonts;
	}

	/** The folder holding the font files, for BIRT's font configuration. */
	public Path folder() {
		return folder;
	}

	/** The family names of the chain, as the fonts name themselves, in order. */
	public List<String> families() {
		List<String> names = new ArrayList<>();
		chain.forEach(f -> names.add(f.getFamily(java.util.Locale.ROOT)));
		return names;
	}

	/** DejaVu Sans at {@code size} points, for charts. */
	public Font sans(boolean isBold, float size) {
		return (isBold ? bold : regular).deriveFont(size);
	}

	/**
	 * Whether a report prints this character: one of the BMP in a font of the chain, one beyond it
	 * in the font that claims the surrogate units; never a lone surrogate.
	 */
	public boolean covers(int codePoint) {
		if (Character.isSupplementaryCodePoint(codePoint)) {
			return supplementary.canDisplay(codePoint);
		}
		if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
			return false;
		}
		if (codePoint < 0x20 || Character.isWhitespace(codePoint)) {
			return true;
		}
		for (Font font : chain) {
			if (font.canDisplay(codePoint)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * {@code text} with every character no font prints replaced by {@link #REPLACEMENT}, counted in
	 * {@link #replaced()}; variation selectors (an emoji's "presentation" hint, nothing to print) are left out.
	 */
	public String printable(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int next = i + Character.charCount(codePoint);
			boolean selector = codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0xE0100 && codePoint <= 0xE01EF;
			if (selector || !covers(codePoint)) {
				if (out == null) {
					out = new StringBuilder(text.length()).append(text, 0, i);
				}
				if (!selector) {
					out.append(REPLACEMENT);
					REPLACED.increment();
				}
			} else if (out != null) {
				out.appendCodePoint(codePoint);
			}
			i = next;
		}
		return out == null ? text : out.toString();
	}

	/** How many characters PDFs of this process showed as {@link #REPLACEMENT}. */
	public static long replaced() {
		return REPLACED.sum();
	}

	private static Path copyOut() throws IOException {
		Bundle self = FrameworkUtil.getBundle(ReportFonts.class);
		Path folder = self.getDataFile("fonts").toPath();
		Files.createDirectories(folder);
		for (FontFile file : FILES) {
			Path target = folder.resolve(file.name());
			if (!Files.isRegularFile(target) || Files.size(target) == 0) {
				// A copy next to the target, then a rename: a concurrent reader never sees half a font.
				Path part = Files.createTempFile(folder, file.name(), ".part");
				Files.write(part, file.patch().apply(read(self, file.bundle(), file.path()), self));
				Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		for (String former : FORMER) {
			Files.deleteIfExists(folder.resolve(former));
		}
		return folder;
	}

	private static byte[] read(Bundle self, String bundle, String path) throws IOException {
		URL entry = bundle(self, bundle).getEntry(path);
		if (entry == null) {
			throw new IOException("the fonts bundle " + bundle + " has no " + path);
		}
		try (InputStream in = entry.openStream()) {
			return in.readAllBytes();
		}
	}

	private static Bundle bundle(Bundle self, String name) throws IOException {
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (name.equals(bundle.getSymbolicName())) {
				return bundle;
			}
		}
		throw new IOException("the fonts bundle " + name + " is not installed: reports cannot embed their fonts");
	}

	private static Font load(Path file) throws IOException {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
		} catch (FontFormatException e) {
			throw new IOException(file + " is not a TrueType or OpenType font: " + e.getMessage(), e);
		}
	}
}
