/**
 */
package org.fulcrum.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item Response</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One rater's answer to one item: a scale value, or "not observed".
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.ItemResponse#getItem <em>Item</em>}</li>
 *   <li>{@link org.fulcrum.model.ItemResponse#getValue <em>Value</em>}</li>
 *   <li>{@link org.fulcrum.model.ItemResponse#isNotObserved <em>Not Observed</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getItemResponse()
 * @model
 * @generated
 */
public interface ItemResponse extends EObject {
	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(BehaviourItem)
	 * @see org.fulcrum.model.FulcrumPackage#getItemResponse_Item()
	 * @model required="true"
	 * @generated
	 */
	BehaviourItem getItem();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ItemResponse#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(BehaviourItem value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(int)
	 * @see org.fulcrum.model.FulcrumPackage#getItemResponse_Value()
	 * @model
	 * @generated
	 */
	int getValue();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ItemResponse#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(int value);

	/**
	 * Returns the value of the '<em><b>Not Observed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not Observed</em>' attribute.
	 * @see #setNotObserved(boolean)
	 * @see org.fulcrum.model.FulcrumPackage#getItemResponse_NotObserved()
	 * @model
	 * @generated
	 */
	boolean isNotObserved();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ItemResponse#isNotObserved <em>Not Observed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Observed</em>' attribute.
	 * @see #isNotObserved()
	 * @generated
	 */
	void setNotObserved(boolean value);

} // ItemResponse
