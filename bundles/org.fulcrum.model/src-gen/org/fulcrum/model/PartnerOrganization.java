/**
 */
package org.fulcrum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partner Organization</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reseller or other channel partner.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.PartnerOrganization#getName <em>Name</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerOrganization#getTier <em>Tier</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerOrganization#getRegion <em>Region</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerOrganization#getGoals <em>Goals</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getPartnerOrganization()
 * @model
 * @generated
 */
public interface PartnerOrganization extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerOrganization_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerOrganization#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Tier</b></em>' attribute.
	 * The default value is <code>"registered"</code>.
	 * The literals are from the enumeration {@link org.fulcrum.model.PartnerTier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tier</em>' attribute.
	 * @see org.fulcrum.model.PartnerTier
	 * @see #setTier(PartnerTier)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerOrganization_Tier()
	 * @model default="registered"
	 * @generated
	 */
	PartnerTier getTier();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerOrganization#getTier <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tier</em>' attribute.
	 * @see org.fulcrum.model.PartnerTier
	 * @see #getTier()
	 * @generated
	 */
	void setTier(PartnerTier value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerOrganization_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerOrganization#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partner's own business goals, in its words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goals</em>' attribute list.
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerOrganization_Goals()
	 * @model
	 * @generated
	 */
	EList<String> getGoals();

} // PartnerOrganization
