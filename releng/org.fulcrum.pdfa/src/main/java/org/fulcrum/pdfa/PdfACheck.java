package org.fulcrum.pdfa;

import java.io.File;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDF files against one PDF/A flavour with veraPDF and prints, per file, either
 * {@code FILE: compliant} or one line per failed rule ({@code FILE: FAIL clause-test (n times): what}).
 * Exit status 0 when every file complies, 1 when one does not, 2 when one cannot be read.
 * Usage: {@code PdfACheck FLAVOUR FILE...} (FLAVOUR as veraPDF names it: 2b, 2u, 3b…).
 */
public final class PdfACheck {

	private PdfACheck() {
	}

	public static void main(String[] args) {
		if (args.length < 2) {
			System.err.println("usage: PdfACheck FLAVOUR FILE...");
			System.exit(2);
		}
		VeraGreenfieldFoundryProvider.initialise();
		PDFAFlavour flavour = PDFAFlavour.fromString(args[0]);
		int status = 0;
		for (int i = 1; i < args.length; i++) {
			File file = new File(args[i]);
			try (PDFAParser parser = Foundries.defaultInstance().createParser(file, flavour);
					PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
				ValidationResult result = validator.validate(parser);
				if (result.isCompliant()) {
					System.out.println(file + ": compliant with PDF/A-" + flavour.getId());
					continue;
				}
				status = Math.max(status, 1);
				// one line per rule: a font's missing glyph fails on every character that uses it
				Map<String, int[]> counts = new TreeMap<>();
				Map<String, String> messages = new TreeMap<>();
				for (TestAssertion assertion : result.getTestAssertions()) {
					if (assertion.getStatus() == TestAssertion.Status.FAILED) {
						String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
						counts.computeIfAbsent(rule, r -> new int[1])[0]++;
						messages.putIfAbsent(rule, assertion.getMessage() + " [first at " + assertion.getLocationContext()
								+ (assertion.getErrorMessage() == null ? "" : ": " + assertion.getErrorMessage()) + "]");
					}
				}
				counts.forEach((rule, n) -> System.out.println(file + ": FAIL " + rule + " (" + n[0] + " times): " + messages.get(rule)));
			} catch (Exception e) {
				System.out.println(file + ": cannot be validated: " + e);
				status = 2;
			}
		}
		System.exit(status);
	}
}
