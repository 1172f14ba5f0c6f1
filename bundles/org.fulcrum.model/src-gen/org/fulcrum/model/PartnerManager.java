/**
 */
package org.fulcrum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partner Manager</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A participant: a channel or partner manager being assessed and coached.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.PartnerManager#getManages <em>Manages</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerManager#getReportsTo <em>Reports To</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getPartnerManager()
 * @model
 * @generated
 */
public interface PartnerManager extends Person {
	/**
	 * Returns the value of the '<em><b>Manages</b></em>' reference list.
	 * The list contents are of type {@link org.fulcrum.model.PartnerOrganization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manages</em>' reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerManager_Manages()
	 * @model
	 * @generated
	 */
	EList<PartnerOrganization> getManages();

	/**
	 * Returns the value of the '<em><b>Reports To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reports To</em>' reference.
	 * @see #setReportsTo(Person)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerManager_ReportsTo()
	 * @model
	 * @generated
	 */
	Person getReportsTo();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerManager#getReportsTo <em>Reports To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reports To</em>' reference.
	 * @see #getReportsTo()
	 * @generated
	 */
	void setReportsTo(Person value);

} // PartnerManager
