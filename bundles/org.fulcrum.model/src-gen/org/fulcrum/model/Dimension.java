/**
 */
package org.fulcrum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dimension</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A base, pillar or trait; its score rolls up from its items and sub-dimensions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.Dimension#getName <em>Name</em>}</li>
 *   <li>{@link org.fulcrum.model.Dimension#getKind <em>Kind</em>}</li>
 *   <li>{@link org.fulcrum.model.Dimension#getDescription <em>Description</em>}</li>
 *   <li>{@link org.fulcrum.model.Dimension#getChildren <em>Children</em>}</li>
 *   <li>{@link org.fulcrum.model.Dimension#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getDimension()
 * @model
 * @generated
 */
public interface Dimension extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.fulcrum.model.FulcrumPackage#getDimension_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Dimension#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.DimensionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.fulcrum.model.DimensionKind
	 * @see #setKind(DimensionKind)
	 * @see org.fulcrum.model.FulcrumPackage#getDimension_Kind()
	 * @model
	 * @generated
	 */
	DimensionKind getKind();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Dimension#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.fulcrum.model.DimensionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DimensionKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.fulcrum.model.FulcrumPackage#getDimension_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Dimension#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.Dimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getDimension_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dimension> getChildren();

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.BehaviourItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getDimension_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<BehaviourItem> getItems();

} // Dimension
