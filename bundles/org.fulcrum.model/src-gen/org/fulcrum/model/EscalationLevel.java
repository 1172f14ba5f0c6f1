/**
 */
package org.fulcrum.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Escalation Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The escalation ladder, lowest first.
 * <!-- end-model-doc -->
 * @see org.fulcrum.model.FulcrumPackage#getEscalationLevel()
 * @model
 * @generated
 */
public enum EscalationLevel implements Enumerator {
	/**
	 * The '<em><b>Channel Manager</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANNEL_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	CHANNEL_MANAGER(0, "channelManager", "channelManager"),

	/**
	 * The '<em><b>Partner Support</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNER_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	PARTNER_SUPPORT(1, "partnerSupport", "partnerSupport"),

	/**
	 * The '<em><b>Channel Director</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANNEL_DIRECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	CHANNEL_DIRECTOR(2, "channelDirector", "channelDirector"),

	/**
	 * The '<em><b>Vp Of Channels</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VP_OF_CHANNELS_VALUE
	 * @generated
	 * @ordered
	 */
	VP_OF_CHANNELS(3, "vpOfChannels", "vpOfChannels");

	/**
	 * The '<em><b>Channel Manager</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANNEL_MANAGER
	 * @model name="channelManager"
	 * @generated
	 * @ordered
	 */
	public static final int CHANNEL_MANAGER_VALUE = 0;

	/**
	 * The '<em><b>Partner Support</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNER_SUPPORT
	 * @model name="partnerSupport"
	 * @generated
	 * @ordered
	 */
	public static final int PARTNER_SUPPORT_VALUE = 1;

	/**
	 * The '<em><b>Channel Director</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANNEL_DIRECTOR
	 * @model name="channelDirector"
	 * @generated
	 * @ordered
	 */
	public static final int CHANNEL_DIRECTOR_VALUE = 2;

	/**
	 * The '<em><b>Vp Of Channels</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VP_OF_CHANNELS
	 * @model name="vpOfChannels"
	 * @generated
	 * @ordered
	 */
	public static final int VP_OF_CHANNELS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Escalation Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EscalationLevel[] VALUES_ARRAY =
		new EscalationLevel[] {
			CHANNEL_MANAGER,
			PARTNER_SUPPORT,
			CHANNEL_DIRECTOR,
			VP_OF_CHANNELS,
		};

	/**
	 * A public read-only list of all the '<em><b>Escalation Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EscalationLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Escalation Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EscalationLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EscalationLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Escalation Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EscalationLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EscalationLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Escalation Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EscalationLevel get(int value) {
		switch (value) {
			case CHANNEL_MANAGER_VALUE: return CHANNEL_MANAGER;
			case PARTNER_SUPPORT_VALUE: return PARTNER_SUPPORT;
			case CHANNEL_DIRECTOR_VALUE: return CHANNEL_DIRECTOR;
			case VP_OF_CHANNELS_VALUE: return VP_OF_CHANNELS;
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
	private EscalationLevel(int value, String name, String literal) {
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
	
} //EscalationLevel
