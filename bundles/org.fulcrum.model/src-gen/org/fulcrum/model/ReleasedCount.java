/**
 */
package org.fulcrum.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Released Count</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How many raters of a group a released report counted, e.g. peer 4, all others 9.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.ReleasedCount#getGroup <em>Group</em>}</li>
 *   <li>{@link org.fulcrum.model.ReleasedCount#getRaters <em>Raters</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getReleasedCount()
 * @model
 * @generated
 */
public interface ReleasedCount extends EObject {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see org.fulcrum.model.FulcrumPackage#getReleasedCount_Group()
	 * @model
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ReleasedCount#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Raters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raters</em>' attribute.
	 * @see #setRaters(int)
	 * @see org.fulcrum.model.FulcrumPackage#getReleasedCount_Raters()
	 * @model
	 * @generated
	 */
	int getRaters();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ReleasedCount#getRaters <em>Raters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raters</em>' attribute.
	 * @see #getRaters()
	 * @generated
	 */
	void setRaters(int value);

} // ReleasedCount
