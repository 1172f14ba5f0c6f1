package org.fulcrum.report.internal.birt;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.fulcrum.report.internal.fonts.ReportFonts;

/**
 * BIRT's font configuration for Fulcrum: every generic family, BIRT's Type 1 names and the
 * fallback for every character map to Fulcrum's own chain (DejaVu Sans, then Noto Sans S Chinese,
 * then Noto Emoji), read only from Fulcrum's font folder, so a PDF looks the same on every machine
 * and embeds every font it uses. It is loaded after BIRT's own configurations (fontsConfig_pdf.xml
 * maps the generic families to the unembedded Times and Helvetica and CJK to STSong-Light): the
 * last loaded wins. Kerning and ligatures stay off: BIRT shapes Arabic itself (ICU's ArabicShaping
 * gives the joined presentation forms, which DejaVu Sans has); OpenPDF's own layout on top of that
 * gave glyphs whose ToUnicode map no longer named their letters.
 */
final class FontConfig {

	private FontConfig() {
	}

	static URL write(ReportFonts fonts) throws IOException {
		List<String> families = fonts.families();
		String sans = xmlEscaped(families.get(0));
		StringBuilder aliases = new StringBuilder();
		for (String generic : List.of("serif", "sans-serif", "cursive", "fantasy", "Times-Roman", "Times", "Helvetica", "Arial",
				"STSong-Light", "MSung-Light", "HeiseiKakuGo-W5", "HYGoThic-Medium")) {
			aliases.append("    <mapping name=\"").append(generic).append("\" font-family=\"").append(sans).append("\"/>\n");
		}
		StringBuilder chain = new StringBuilder();
		for (String family : families) {
			chain.append("    <font font-family=\"").append(xmlEscaped(family)).append("\" catalog=\"Western\"/>\n");
		}
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<font>
				  <font-aliases>
				%s    <mapping name="monospace" font-family="DejaVu Sans Mono"/>
				    <mapping name="Courier" font-family="DejaVu Sans Mono"/>
				  </font-aliases>
				  <composite-font name="all-fonts" font-family="%s">
				%s  </composite-font>
				  <font-paths>
				    <path path="%s"/>
				  </font-paths>
				</font>
				""".formatted(aliases, sans, chain, xmlEscaped(fonts.folder().toAbsolutePath().toString()));
		Path file = fonts.folder().resolve("fontsConfig.xml");
		Path part = Files.createTempFile(fonts.folder(), "fontsConfig", ".part");
		Files.writeString(part, xml, StandardCharsets.UTF_8);
		Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return file.toUri().toURL();
	}

	private static String xmlEscaped(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
	}
}
