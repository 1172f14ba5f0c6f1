package org.fulcrum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.fulcrum.cli.internal.Cli;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./fulcrum score --format json} on the demo engagement against docs/scores.schema.json,
 * the schema that docs/formats.md publishes; and the check itself is shown to fail on documents
 * that break the schema in each way it can.
 */
class ScoresSchemaTest {

	@TempDir
	static Path folder;

	private static Map<String, Object> schema;
	private static String scores;

	@BeforeAll
	static void scoreTheDemo() throws IOException {
		schema = object(JsonParser.parse(Files.readString(schemaFile(), StandardCharsets.UTF_8)));
		Path demo = folder.resolve("demo");
		run("demo", demo.toString());
		scores = run("score", demo.resolve("demo-engagement.fulcrum").toString(), "--format", "json");
	}

	/** What ./fulcrum prints on stdout, having checked that it succeeded. */
	private static String run(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(ExitCode.OK, new Cli(console).run(arguments), err.toString(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}

	/** docs/scores.schema.json of this source tree, found from the folder the tests run in. */
	private static Path schemaFile() {
		for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
			Path schema = folder.resolve("docs/scores.schema.json");
			if (Files.isRegularFile(schema)) {
				return schema;
			}
		}
		throw new IllegalStateException("docs/scores.schema.json not found above " + Path.of("").toAbsolutePath());
	}

	@Test
	void theDemosScoresMatchTheSchema() {
		Map<String, Object> document = object(JsonParser.parse(scores));
		assertEquals(List.of(), SchemaValidator.validate(document, schema));
		// the check saw real figures, not an empty shell
		assertEquals(12, list(document.get("participants")).size());
		assertTrue(allOthers(document).containsKey("mean"));
	}

	@Test
	void aMissingMemberFails() {
		assertFails(d -> d.remove("format"), "the required member \"format\" is missing");
		assertFails(d -> firstDimension(d).remove("agreement"), "/participants/0/dimensions/0: the required member \"agreement\"");
	}

	@Test
	void aWrongConstantOrEnumValueFails() {
		assertFails(d -> d.put("format", "fulcrum-scores-2"), "/format: \"fulcrum-scores-2\" is not fulcrum-scores-1");
		assertFails(d -> firstDimension(d).put("kind", "facet"), "/participants/0/dimensions/0/kind: \"facet\" is not one of");
	}

	@Test
	void aWrongTypeFails() {
		assertFails(d -> object(list(d.get("reliability")).get(0)).put("cases", "12"), "/reliability/0/cases: \"12\" is not of type integer");
		assertFails(d -> allOthers(d).put("n", new BigDecimal("2.5")), "/groups/allOthers/n: 2.5 is not of type integer");
		assertFails(d -> d.put("participants", Map.of()), "/participants: {} is not of type array");
	}

	@Test
	void aNumberOutOfRangeFails() {
		assertFails(d -> allOthers(d).put("n", BigDecimal.ZERO), "/groups/allOthers/n: 0 is below the minimum 1");
		assertFails(d -> object(list(d.get("responseRates")).get(0)).put("rate", new BigDecimal("1.5")),
				"/responseRates/0/rate: 1.5 is above the maximum 1");
	}

	@Test
	void anUnknownGroupOrAnExtraCommentMemberFails() {
		assertFails(d -> object(firstDimension(d).get("groups")).put("peers", allOthers(d)), "/groups/peers (name): \"peers\" is not one of");
		Map<String, Object> comment = new LinkedHashMap<>();
		comment.put("dimension", null);
		comment.put("text", "Listens well.");
		comment.put("group", "peer");
		assertFails(d -> list(object(list(d.get("participants")).get(0)).get("comments")).add(comment),
				"/group: not allowed here");
	}

	@Test
	void aKeywordTheValidatorDoesNotKnowIsRefusedNotIgnored() {
		Map<String, Object> pattern = Map.of("type", "string", "pattern", "^[a-z]+$");
		assertThrows(IllegalArgumentException.class, () -> SchemaValidator.validate("abc", pattern));
	}

	/** The demo's scores changed by {@code change} must fail with an error containing {@code expected}. */
	private static void assertFails(Consumer<Map<String, Object>> change, String expected) {
		Map<String, Object> document = object(JsonParser.parse(scores));
		change.accept(document);
		List<String> errors = SchemaValidator.validate(document, schema);
		assertTrue(errors.stream().anyMatch(e -> e.contains(expected)), "expected an error with '" + expected + "', got " + errors);
	}

	private static Map<String, Object> firstDimension(Map<String, Object> document) {
		return object(list(object(list(document.get("participants")).get(0)).get("dimensions")).get(0));
	}

	/** The all-others figure of the first participant's first dimension. */
	private static Map<String, Object> allOthers(Map<String, Object> document) {
		Map<String, Object> figure = object(object(firstDimension(document).get("groups")).get("allOthers"));
		assertTrue(figure != null, "the demo publishes all others on the first participant's first dimension");
		return figure;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value) {
		return (List<Object>) value;
	}
}
