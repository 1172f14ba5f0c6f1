package org.fulcrum.cli.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a JSON document (as read by {@link JsonParser}) against a JSON Schema (draft 2020-12),
 * for the keywords docs/scores.schema.json uses: type, const, enum, required, properties,
 * additionalProperties, propertyNames, items, minimum, maximum, allOf and $ref to the schema's
 * own $defs. A schema keyword outside that set is refused rather than ignored, so that a later
 * change of the schema cannot pass unchecked. The build machine has no JSON Schema library,
 * hence this one.
 */
final class SchemaValidator {

	private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description", "$comment");
	private static final Set<String> KEYWORDS = Set.of("type", "const", "enum", "required", "properties", "additionalProperties",
			"propertyNames", "items", "minimum", "maximum", "allOf", "$ref");

	private final Map<String, Object> root;
	private final List<String> errors = new ArrayList<>();

	private SchemaValidator(Map<String, Object> root) {
		this.root = root;
	}

	/** Every violation, as {@code /json/pointer: what is wrong}; empty when the document is valid. */
	static List<String> validate(Object document, Map<String, Object> schema) {
		SchemaValidator validator = new SchemaValidator(schema);
		validator.check(document, schema, "");
		return validator.errors;
	}

	@SuppressWarnings("unchecked")
	private void check(Object value, Object schemaValue, String path) {
		if (schemaValue instanceof Boolean allowed) {
			if (!allowed) {
				errors.add(path + ": not allowed here");
			}
			return;
		}
		Map<String, Object> schema = (Map<String, Object>) schemaValue;
		for (String keyword : schema.keySet()) {
			if (!KEYWORDS.contains(keyword) && !ANNOTATIONS.contains(keyword)) {
				throw new IllegalArgumentException("schema keyword '" + keyword + "' is not supported by this validator");
			}
		}
		if (schema.containsKey("$ref")) {
			check(value, resolve((String) schema.get("$ref")), path);
		}
		if (schema.containsKey("allOf")) {
			for (Object part : (List<Object>) schema.get("allOf")) {
				check(value, part, path);
			}
		}
		if (schema.containsKey("type")) {
			Object type = schema.get("type");
			List<Object> types = type instanceof List<?> list ? (List<Object>) list : List.of(type);
			if (types.stream().noneMatch(t -> hasType(value, (String) t))) {
				errors.add(path + ": " + describe(value) + " is not of type " + type);
				return;
			}
		}
		if (schema.containsKey("const") && !equal(value, schema.get("const"))) {
			errors.add(path + ": " + describe(value) + " is not " + schema.get("const"));
		}
		if (schema.containsKey("enum") && ((List<Object>) schema.get("enum")).stream().noneMatch(e -> equal(value, e))) {
			errors.add(path + ": " + describe(value) + " is not one of " + schema.get("enum"));
		}
		if (value instanceof BigDecimal number) {
			if (schema.get("minimum") instanceof BigDecimal minimum && number.compareTo(minimum) < 0) {
				errors.add(path + ": " + number + " is below the minimum " + minimum);
			}
			if (schema.get("maximum") instanceof BigDecimal maximum && number.compareTo(maximum) > 0) {
				errors.add(path + ": " + number + " is above the maximum " + maximum);
			}
		}
		if (value instanceof Map<?, ?> object) {
			checkObject((Map<String, Object>) object, schema, path);
		}
		if (value instanceof List<?> array && schema.containsKey("items")) {
			for (int i = 0; i < array.size(); i++) {
				check(array.get(i), schema.get("items"), path + "/" + i);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void checkObject(Map<String, Object> object, Map<String, Object> schema, String path) {
		if (schema.containsKey("required")) {
			for (Object name : (List<Object>) schema.get("required")) {
				if (!object.containsKey(name)) {
					errors.add(path + ": the required member \"" + name + "\" is missing");
				}
			}
		}
		Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
		for (Map.Entry<String, Object> member : object.entrySet()) {
			String memberPath = path + "/" + member.getKey();
			if (schema.containsKey("propertyNames")) {
				check(member.getKey(), schema.get("propertyNames"), memberPath + " (name)");
			}
			if (properties.containsKey(member.getKey())) {
				check(member.getValue(), properties.get(member.getKey()), memberPath);
			} else if (schema.containsKey("additionalProperties")) {
				check(member.getValue(), schema.get("additionalProperties"), memberPath);
			}
		}
	}

	/** A reference within this schema, as a JSON pointer: {@code #/$defs/figure}. */
	@SuppressWarnings("unchecked")
	private Object resolve(String reference) {
		if (!reference.startsWith("#/")) {
			throw new IllegalArgumentException("only references within the schema are supported: " + reference);
		}
		Object target = root;
		for (String token : reference.substring(2).split("/")) {
			target = ((Map<String, Object>) target).get(token.replace("~1", "/").replace("~0", "~"));
			if (target == null) {
				throw new IllegalArgumentException("unresolved reference " + reference);
			}
		}
		return target;
	}

	private static boolean hasType(Object value, String type) {
		return switch (type) {
		case "object" -> value instanceof Map;
		case "array" -> value instanceof List;
		case "string" -> value instanceof String;
		case "number" -> value instanceof BigDecimal;
		// JSON Schema: any number without a fractional part, 2.0 included
		case "integer" -> value instanceof BigDecimal number && number.stripTrailingZeros().scale() <= 0;
		case "boolean" -> value instanceof Boolean;
		case "null" -> value == null;
		default -> throw new IllegalArgumentException("unknown type " + type);
		};
	}

	/** JSON equality: numbers by value, objects and arrays member by member. */
	private static boolean equal(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		if (a instanceof List<?> x && b instanceof List<?> y) {
			if (x.size() != y.size()) {
				return false;
			}
			for (int i = 0; i < x.size(); i++) {
				if (!equal(x.get(i), y.get(i))) {
					return false;
				}
			}
			return true;
		}
		if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
			return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> equal(x.get(k), y.get(k)));
		}
		return Objects.equals(a, b);
	}

	private static String describe(Object value) {
		String text = value instanceof String s ? '"' + s + '"' : String.valueOf(value);
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}
}
