package org.fulcrum.ui.internal.edit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** How attribute values are written in text fields and read back. */
public final class Values {

	private Values() {
	}

	public static String format(EAttribute attribute, Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> many) {
			return many.stream().map(v -> format(attribute, v)).collect(Collectors.joining(", "));
		}
		if (value instanceof LocalDate || value instanceof Enum<?> || value instanceof EEnumLiteral) {
			return value.toString();
		}
		return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
	}

	/**
	 * The value {@code text} stands for; blank is null (or the type's default for a primitive).
	 *
	 * @throws IllegalArgumentException when the text is no value of the attribute's type
	 */
	public static Object parse(EAttribute attribute, String text) {
		if (attribute.isMany()) {
			return FeatureText.valueOf(attribute, text);
		}
		if (text.isBlank()) {
			return attribute.getEAttributeType().getInstanceClass() != null && attribute.getEAttributeType().getInstanceClass().isPrimitive()
					? attribute.getDefaultValue()
					: null;
		}
		try {
			Object value = FeatureText.valueOf(attribute, text);
			if (value == null) {
				throw new IllegalArgumentException("'" + text + "' is not a " + attribute.getEAttributeType().getName());
			}
			return value;
		} catch (RuntimeException e) {
			throw new IllegalArgumentException("'" + text + "' is not a " + attribute.getEAttributeType().getName(), e);
		}
	}
}
