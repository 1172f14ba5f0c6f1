/**
 */
package org.fulcrum.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Escalation Contact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named person on the escalation path at one level.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.EscalationContact#getLevel <em>Level</em>}</li>
 *   <li>{@link org.fulcrum.model.EscalationContact#getPerson <em>Person</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getEscalationContact()
 * @model
 * @generated
 */
public interface EscalationContact extends EObject {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.EscalationLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.fulcrum.model.EscalationLevel
	 * @see #setLevel(EscalationLevel)
	 * @see org.fulcrum.model.FulcrumPackage#getEscalationContact_Level()
	 * @model
	 * @generated
	 */
	EscalationLevel getLevel();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.EscalationContact#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.fulcrum.model.EscalationLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(EscalationLevel value);

	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.fulcrum.model.FulcrumPackage#getEscalationContact_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.EscalationContact#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

} // EscalationContact
