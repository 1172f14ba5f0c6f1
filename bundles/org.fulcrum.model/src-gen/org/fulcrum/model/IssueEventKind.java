/**
 */
package org.fulcrum.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Issue Event Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.fulcrum.model.FulcrumPackage#getIssueEventKind()
 * @model
 * @generated
 */
public enum IssueEventKind implements Enumerator {
	/**
	 * The '<em><b>Note</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTE_VALUE
	 * @generated
	 * @ordered
	 */
	NOTE(0, "note", "note"),

	/**
	 * The '<em><b>Update</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPDATE_VALUE
	 * @generated
	 * @ordered
	 */
	UPDATE(1, "update", "update"),

	/**
	 * The '<em><b>Status Change</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATUS_CHANGE_VALUE
	 * @generated
	 * @ordered
	 */
	STATUS_CHANGE(2, "statusChange", "statusChange"),

	/**
	 * The '<em><b>Escalation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESCALATION_VALUE
	 * @generated
	 * @ordered
	 */
	ESCALATION(3, "escalation", "escalation"),

	/**
	 * The '<em><b>Commitment</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMITMENT_VALUE
	 * @generated
	 * @ordered
	 */
	COMMITMENT(4, "commitment", "commitment"),

	/**
	 * The '<em><b>Recurrence</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECURRENCE_VALUE
	 * @generated
	 * @ordered
	 */
	RECURRENCE(5, "recurrence", "recurrence"), /**
	 * The '<em><b>Assignment</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSIGNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ASSIGNMENT(6, "assignment", "assignment"), /**
	 * The '<em><b>Confirmation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIRMATION_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIRMATION(7, "confirmation", "confirmation"), /**
	 * The '<em><b>Notice</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTICE_VALUE
	 * @generated
	 * @ordered
	 */
	NOTICE(8, "notice", "notice");

	/**
	 * The '<em><b>Note</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTE
	 * @model name="note"
	 * @generated
	 * @ordered
	 */
	public static final int NOTE_VALUE = 0;

	/**
	 * The '<em><b>Update</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPDATE
	 * @model name="update"
	 * @generated
	 * @ordered
	 */
	public static final int UPDATE_VALUE = 1;

	/**
	 * The '<em><b>Status Change</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATUS_CHANGE
	 * @model name="statusChange"
	 * @generated
	 * @ordered
	 */
	public static final int STATUS_CHANGE_VALUE = 2;

	/**
	 * The '<em><b>Escalation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESCALATION
	 * @model name="escalation"
	 * @generated
	 * @ordered
	 */
	public static final int ESCALATION_VALUE = 3;

	/**
	 * The '<em><b>Commitment</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMITMENT
	 * @model name="commitment"
	 * @generated
	 * @ordered
	 */
	public static final int COMMITMENT_VALUE = 4;

	/**
	 * The '<em><b>Recurrence</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECURRENCE
	 * @model name="recurrence"
	 * @generated
	 * @ordered
	 */
	public static final int RECURRENCE_VALUE = 5;

	/**
	 * The '<em><b>Assignment</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSIGNMENT
	 * @model name="assignment"
	 * @generated
	 * @ordered
	 */
	public static final int ASSIGNMENT_VALUE = 6;

	/**
	 * The '<em><b>Confirmation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIRMATION
	 * @model name="confirmation"
	 * @generated
	 * @ordered
	 */
	public static final int CONFIRMATION_VALUE = 7;

	/**
	 * The '<em><b>Notice</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTICE
	 * @model name="notice"
	 * @generated
	 * @ordered
	 */
	public static final int NOTICE_VALUE = 8;

	/**
	 * An array of all the '<em><b>Issue Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final IssueEventKind[] VALUES_ARRAY =
		new IssueEventKind[] {
			NOTE,
			UPDATE,
			STATUS_CHANGE,
			ESCALATION,
			COMMITMENT,
			RECURRENCE,
			ASSIGNMENT,
			CONFIRMATION,
			NOTICE,
		};

	/**
	 * A public read-only list of all the '<em><b>Issue Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<IssueEventKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Issue Event Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IssueEventKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IssueEventKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Issue Event Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IssueEventKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IssueEventKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Issue Event Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IssueEventKind get(int value) {
		switch (value) {
			case NOTE_VALUE: return NOTE;
			case UPDATE_VALUE: return UPDATE;
			case STATUS_CHANGE_VALUE: return STATUS_CHANGE;
			case ESCALATION_VALUE: return ESCALATION;
			case COMMITMENT_VALUE: return COMMITMENT;
			case RECURRENCE_VALUE: return RECURRENCE;
			case ASSIGNMENT_VALUE: return ASSIGNMENT;
			case CONFIRMATION_VALUE: return CONFIRMATION;
			case NOTICE_VALUE: return NOTICE;
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
	private IssueEventKind(int value, String name, String literal) {
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
	
} //IssueEventKind
