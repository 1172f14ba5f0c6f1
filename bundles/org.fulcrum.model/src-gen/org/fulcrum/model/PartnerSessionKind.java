/**
 */
package org.fulcrum.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Partner Session Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.fulcrum.model.FulcrumPackage#getPartnerSessionKind()
 * @model
 * @generated
 */
public enum PartnerSessionKind implements Enumerator {
	/**
	 * The '<em><b>Opportunity Review</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPORTUNITY_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	OPPORTUNITY_REVIEW(0, "opportunityReview", "opportunityReview"),

	/**
	 * The '<em><b>Opportunity Coaching</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPORTUNITY_COACHING_VALUE
	 * @generated
	 * @ordered
	 */
	OPPORTUNITY_COACHING(1, "opportunityCoaching", "opportunityCoaching"),

	/**
	 * The '<em><b>Meeting Preparation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEETING_PREPARATION_VALUE
	 * @generated
	 * @ordered
	 */
	MEETING_PREPARATION(2, "meetingPreparation", "meetingPreparation"),

	/**
	 * The '<em><b>Performance Situation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERFORMANCE_SITUATION_VALUE
	 * @generated
	 * @ordered
	 */
	PERFORMANCE_SITUATION(3, "performanceSituation", "performanceSituation"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(4, "other", "other");

	/**
	 * The '<em><b>Opportunity Review</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPORTUNITY_REVIEW
	 * @model name="opportunityReview"
	 * @generated
	 * @ordered
	 */
	public static final int OPPORTUNITY_REVIEW_VALUE = 0;

	/**
	 * The '<em><b>Opportunity Coaching</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPORTUNITY_COACHING
	 * @model name="opportunityCoaching"
	 * @generated
	 * @ordered
	 */
	public static final int OPPORTUNITY_COACHING_VALUE = 1;

	/**
	 * The '<em><b>Meeting Preparation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEETING_PREPARATION
	 * @model name="meetingPreparation"
	 * @generated
	 * @ordered
	 */
	public static final int MEETING_PREPARATION_VALUE = 2;

	/**
	 * The '<em><b>Performance Situation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERFORMANCE_SITUATION
	 * @model name="performanceSituation"
	 * @generated
	 * @ordered
	 */
	public static final int PERFORMANCE_SITUATION_VALUE = 3;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Partner Session Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PartnerSessionKind[] VALUES_ARRAY =
		new PartnerSessionKind[] {
			OPPORTUNITY_REVIEW,
			OPPORTUNITY_COACHING,
			MEETING_PREPARATION,
			PERFORMANCE_SITUATION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Partner Session Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PartnerSessionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Partner Session Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnerSessionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartnerSessionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partner Session Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnerSessionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartnerSessionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partner Session Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnerSessionKind get(int value) {
		switch (value) {
			case OPPORTUNITY_REVIEW_VALUE: return OPPORTUNITY_REVIEW;
			case OPPORTUNITY_COACHING_VALUE: return OPPORTUNITY_COACHING;
			case MEETING_PREPARATION_VALUE: return MEETING_PREPARATION;
			case PERFORMANCE_SITUATION_VALUE: return PERFORMANCE_SITUATION;
			case OTHER_VALUE: return OTHER;
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
	private PartnerSessionKind(int value, String name, String literal) {
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
	
} //PartnerSessionKind
