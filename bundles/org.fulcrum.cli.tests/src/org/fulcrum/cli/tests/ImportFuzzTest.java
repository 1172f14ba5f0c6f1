package org.fulcrum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.fulcrum.cli.internal.Cli;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.core.io.XlsxWriter;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.core.validation.EngagementValidation;
import org.fulcrum.core.validation.Problem;
import org.fulcrum.core.validation.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the three importers random bytes and mutations of valid files (CSV and XLSX) through the
 * command line, {@code -Dfulcrum.fuzzCases} of them (3,000 in the normal build). For every case:
 * no stack trace and no internal error; a refusal leaves the engagement byte for byte unchanged;
 * random bytes are never accepted; whatever is accepted leaves an engagement that validates.
 * A failure names the seed and the case, so it can be replayed.
 */
class ImportFuzzTest {

	private static final long SEED = Long.getLong("fulcrum.fuzzSeed", 20261207L);
	private static final String[] SPICE = { "\"", ",", "\n", "\r", "\r\n", "\u001B", "\u0000", "\uFFFE", "\u202E", "=", "+", "-",
			"@", " ", "\t", "04", "+4", "\u0664", "9", "NO", "<", "&", "#", "%", "'", "\"\"", "PK\u0003\u0004" };

	@TempDir
	Path folder;

	private int run(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Cli(new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
				.run(arguments);
		lastErr = err.toString(StandardCharsets.UTF_8);
		return code;
	}

	private String lastErr = "";

	@Test
	void hostileFilesNeverCrashNeverHalfImportAndNeverPassAsValid() throws Exception {
		int cases = Integer.getInteger("fulcrum.fuzzCases", 3000);
		Path engagement = folder.resolve("fuzz.fulcrum");
		assertEquals(ExitCode.OK, run("create", engagement.toString(), "--instrument", "character-model"), lastErr);
		Files.writeString(folder.resolve("p0.csv"), "id,name,email\npm-1,Ana Novák,ana@x.example\n");
		assertEquals(ExitCode.OK, run("import-participants", engagement.toString(), folder.resolve("p0.csv").toString()), lastErr);
		Files.writeString(folder.resolve("r0.csv"), "participant,rater_name,email,relationship\npm-1,Ana Novák,ana@x.example,self\n"
				+ "pm-1,Jan,jan@x.example,peer\npm-1,Eva,eva@x.example,peer\npm-1,Olga,olga@x.example,manager\n");
		assertEquals(ExitCode.OK, run("import-raters", engagement.toString(), folder.resolve("r0.csv").toString()), lastErr);
		Path forms = folder.resolve("forms");
		assertEquals(ExitCode.OK, run("export-forms", engagement.toString(), forms.toString()), lastErr);

		Map<String, byte[]> valid = new LinkedHashMap<>();
		valid.put("import-participants:csv", "id,name,email,title,reports_to\npm-2,Ben Berg,ben@x.example,Partner Manager,pm-1\npm-3,\"Cleo, C\",cleo@x.example,,pm-2\n"
				.getBytes(StandardCharsets.UTF_8));
		valid.put("import-raters:csv", "participant,rater_name,email,relationship\npm-1,Karl,karl@x.example,direct report\npm-1,Lea,lea@x.example,partner\n"
				.getBytes(StandardCharsets.UTF_8));
		SplittableRandom filler = new SplittableRandom(1);
		List<List<String>> answers = CliRun.answeredTemplate(forms, column -> 1 + filler.nextInt(5), "Fine work");
		valid.put("import-responses:csv", CliRun.csv(answers).getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream workbook = new ByteArrayOutputStream();
		XlsxWriter.write("Answers", answers, workbook);
		valid.put("import-responses:xlsx", workbook.toByteArray());

		byte[] original = Files.readAllBytes(engagement);
		List<String> kinds = new ArrayList<>(valid.keySet());
		SplittableRandom random = new SplittableRandom(SEED);
		int accepted = 0;
		int refused = 0;
		long started = System.nanoTime();
		for (int n = 0; n < cases; n++) {
			String kind = kinds.get(random.nextInt(kinds.size()));
			boolean junk = random.nextInt(4) == 0;
			byte[] input = junk ? junk(random) : mutate(random, valid.get(kind));
			String command = kind.substring(0, kind.indexOf(':'));
			Path file = folder.resolve("case." + kind.substring(kind.indexOf(':') + 1));
			Files.write(file, input);
			int code = run(command, engagement.toString(), file.toString());
			String where = "seed " + SEED + ", case " + n + " (" + kind + (junk ? ", random bytes" : ", mutated") + "): exit " + code + "\n" + lastErr;
			assertTrue(code == ExitCode.OK || code == ExitCode.FINDINGS || code == ExitCode.DATA, where);
			assertTrue(!lastErr.contains("\tat ") && !lastErr.contains("internal error") && !lastErr.contains("Exception"), where);
			assertTrue(lastErr.chars().noneMatch(c -> c == 0x1B || c == 0 || c == 0x07), "no raw control character printed: " + where);
			if (code == ExitCode.OK) {
				assertTrue(!junk, "random bytes accepted: " + where);
				List<Problem> errors = Problems.of(EngagementValidation.validate(new EngagementStore().readFromXmi(engagement))).stream()
						.filter(Problem::isError).toList();
				assertEquals(List.of(), errors, "accepted, and the engagement fails validation: " + where);
				accepted++;
				Files.write(engagement, original);
				Files.deleteIfExists(folder.resolve(".fuzz.fulcrum.cache"));
			} else {
				assertTrue(Arrays.equals(original, Files.readAllBytes(engagement)), "refused, and the engagement changed: " + where);
				refused++;
			}
		}
		System.out.printf("import fuzz: %d cases (seed %d): %d refused, %d accepted (valid after mutation), %.1f s%n", cases, SEED,
				refused, accepted, (System.nanoTime() - started) / 1e9);
		assertTrue(refused > cases / 2, "most hostile files are refused");
	}

	private static byte[] junk(SplittableRandom random) {
		byte[] bytes = new byte[random.nextInt(3000)];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) random.nextInt(256);
		}
		return bytes;
	}

	/** One to four mutations: a byte flipped, a spicy string inserted, a range deleted or duplicated, the end cut. */
	private static byte[] mutate(SplittableRandom random, byte[] valid) {
		byte[] bytes = valid.clone();
		int mutations = 1 + random.nextInt(4);
		for (int m = 0; m < mutations && bytes.length > 0; m++) {
			int at = random.nextInt(bytes.length);
			switch (random.nextInt(5)) {
			case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
			case 1 -> bytes = insert(bytes, at, SPICE[random.nextInt(SPICE.length)].getBytes(StandardCharsets.UTF_8));
			case 2 -> {
				int end = Math.min(bytes.length, at + 1 + random.nextInt(40));
				bytes = concat(Arrays.copyOfRange(bytes, 0, at), Arrays.copyOfRange(bytes, end, bytes.length));
			}
			case 3 -> {
				int end = Math.min(bytes.length, at + 1 + random.nextInt(200));
				bytes = insert(bytes, at, Arrays.copyOfRange(bytes, at, end));
			}
			default -> bytes = Arrays.copyOf(bytes, at);
			}
		}
		return bytes;
	}

	private static byte[] insert(byte[] bytes, int at, byte[] piece) {
		return concat(concat(Arrays.copyOfRange(bytes, 0, at), piece), Arrays.copyOfRange(bytes, at, bytes.length));
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] joined = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}
}
