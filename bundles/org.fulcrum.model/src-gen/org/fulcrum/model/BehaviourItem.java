/**
 */
package org.fulcrum.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Behaviour Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One observable behaviour that raters rate.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.BehaviourItem#getText <em>Text</em>}</li>
 *   <li>{@link org.fulcrum.model.BehaviourItem#isReverseKeyed <em>Reverse Keyed</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getBehaviourItem()
 * @model
 * @generated
 */
public interface BehaviourItem extends Identified {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.fulcrum.model.FulcrumPackage#getBehaviourItem_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.BehaviourItem#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Reverse Keyed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when a high rating means less of the dimension.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reverse Keyed</em>' attribute.
	 * @see #setReverseKeyed(boolean)
	 * @see org.fulcrum.model.FulcrumPackage#getBehaviourItem_ReverseKeyed()
	 * @model
	 * @generated
	 */
	boolean isReverseKeyed();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.BehaviourItem#isReverseKeyed <em>Reverse Keyed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reverse Keyed</em>' attribute.
	 * @see #isReverseKeyed()
	 * @generated
	 */
	void setReverseKeyed(boolean value);

} // BehaviourItem
