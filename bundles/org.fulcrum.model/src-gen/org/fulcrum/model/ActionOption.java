/**
 */
package org.fulcrum.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action Option</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A way forward raised in a session, and who raised it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.ActionOption#getText <em>Text</em>}</li>
 *   <li>{@link org.fulcrum.model.ActionOption#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getActionOption()
 * @model
 * @generated
 */
public interface ActionOption extends EObject {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.fulcrum.model.FulcrumPackage#getActionOption_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ActionOption#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.OptionSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.fulcrum.model.OptionSource
	 * @see #setSource(OptionSource)
	 * @see org.fulcrum.model.FulcrumPackage#getActionOption_Source()
	 * @model
	 * @generated
	 */
	OptionSource getSource();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ActionOption#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.fulcrum.model.OptionSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(OptionSource value);

} // ActionOption
