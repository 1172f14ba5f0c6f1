/**
 */
package org.fulcrum.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Stance</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.fulcrum.model.FulcrumPackage#getStance()
 * @model
 * @generated
 */
public enum Stance implements Enumerator {
	/**
	 * The '<em><b>Coach</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COACH_VALUE
	 * @generated
	 * @ordered
	 */
	COACH(0, "coach", "coach"),

	/**
	 * The '<em><b>Persecutor</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSECUTOR_VALUE
	 * @generated
	 * @ordered
	 */
	PERSECUTOR(1, "persecutor", "persecutor"),

	/**
	 * The '<em><b>Victim</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VICTIM_VALUE
	 * @generated
	 * @ordered
	 */
	VICTIM(2, "victim", "victim"),

	/**
	 * The '<em><b>Rescuer</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESCUER_VALUE
	 * @generated
	 * @ordered
	 */
	RESCUER(3, "rescuer", "rescuer");

	/**
	 * The '<em><b>Coach</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COACH
	 * @model name="coach"
	 * @generated
	 * @ordered
	 */
	public static final int COACH_VALUE = 0;

	/**
	 * The '<em><b>Persecutor</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSECUTOR
	 * @model name="persecutor"
	 * @generated
	 * @ordered
	 */
	public static final int PERSECUTOR_VALUE = 1;

	/**
	 * The '<em><b>Victim</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VICTIM
	 * @model name="victim"
	 * @generated
	 * @ordered
	 */
	public static final int VICTIM_VALUE = 2;

	/**
	 * The '<em><b>Rescuer</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESCUER
	 * @model name="rescuer"
	 * @generated
	 * @ordered
	 */
	public static final int RESCUER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Stance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Stance[] VALUES_ARRAY =
		new Stance[] {
			COACH,
			PERSECUTOR,
			VICTIM,
			RESCUER,
		};

	/**
	 * A public read-only list of all the '<em><b>Stance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Stance> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Stance</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Stance get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Stance result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stance</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Stance getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Stance result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stance</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Stance get(int value) {
		switch (value) {
			case COACH_VALUE: return COACH;
			case PERSECUTOR_VALUE: return PERSECUTOR;
			case VICTIM_VALUE: return VICTIM;
			case RESCUER_VALUE: return RESCUER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Stance(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Stance
