package org.fulcrum.report.internal.birt;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.fulcrum.report.internal.fonts.DejaVuFonts;

/**
 * BIRT's font configuration for Fulcrum: the generic families and the fallback for every
 * character map to DejaVu, read only from Fulcrum's own font folder, so a PDF looks the same on
 * every machine and embeds every letter it prints.
 */
final class FontConfig {

	private FontConfig() {
	}

	static URL write(DejaVuFonts fonts) throws IOException {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<font>
				  <font-aliases>
				    <mapping name="serif" font-family="DejaVu Sans"/>
				    <mapping name="sans-serif" font-family="DejaVu Sans"/>
				    <mapping name="monospace" font-family="DejaVu Sans Mono"/>
				    <mapping name="cursive" font-family="DejaVu Sans"/>
				    <mapping name="fantasy" font-family="DejaVu Sans"/>
				    <mapping name="Times-Roman" font-family="DejaVu Sans"/>
				    <mapping name="Helvetica" font-family="DejaVu Sans"/>
				  </font-aliases>
				  <composite-font name="all-fonts" font-family="DejaVu Sans">
				  </composite-font>
				  <font-paths>
				    <path path="%s"/>
				  </font-paths>
				</font>
				""".formatted(xmlEscaped(fonts.folder().toAbsolutePath().toString()));
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
