/**
 */
package org.fulcrum.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rating Scale</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The answer scale of an instrument, e.g. 1 to 5 with anchors, plus "not observed".
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.RatingScale#getMinimum <em>Minimum</em>}</li>
 *   <li>{@link org.fulcrum.model.RatingScale#getMaximum <em>Maximum</em>}</li>
 *   <li>{@link org.fulcrum.model.RatingScale#isNotObservedAllowed <em>Not Observed Allowed</em>}</li>
 *   <li>{@link org.fulcrum.model.RatingScale#getNotObservedLabel <em>Not Observed Label</em>}</li>
 *   <li>{@link org.fulcrum.model.RatingScale#getAnchors <em>Anchors</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getRatingScale()
 * @model
 * @generated
 */
public interface RatingScale extends EObject {
	/**
	 * Returns the value of the '<em><b>Minimum</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum</em>' attribute.
	 * @see #setMinimum(int)
	 * @see org.fulcrum.model.FulcrumPackage#getRatingScale_Minimum()
	 * @model default="1"
	 * @generated
	 */
	int getMinimum();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.RatingScale#getMinimum <em>Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum</em>' attribute.
	 * @see #getMinimum()
	 * @generated
	 */
	void setMinimum(int value);

	/**
	 * Returns the value of the '<em><b>Maximum</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Maximum</em>' attribute.
	 * @see #setMaximum(int)
	 * @see org.fulcrum.model.FulcrumPackage#getRatingScale_Maximum()
	 * @model default="5"
	 * @generated
	 */
	int getMaximum();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.RatingScale#getMaximum <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum</em>' attribute.
	 * @see #getMaximum()
	 * @generated
	 */
	void setMaximum(int value);

	/**
	 * Returns the value of the '<em><b>Not Observed Allowed</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not Observed Allowed</em>' attribute.
	 * @see #setNotObservedAllowed(boolean)
	 * @see org.fulcrum.model.FulcrumPackage#getRatingScale_NotObservedAllowed()
	 * @model default="true"
	 * @generated
	 */
	boolean isNotObservedAllowed();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.RatingScale#isNotObservedAllowed <em>Not Observed Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Observed Allowed</em>' attribute.
	 * @see #isNotObservedAllowed()
	 * @generated
	 */
	void setNotObservedAllowed(boolean value);

	/**
	 * Returns the value of the '<em><b>Not Observed Label</b></em>' attribute.
	 * The default value is <code>"Not observed"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not Observed Label</em>' attribute.
	 * @see #setNotObservedLabel(String)
	 * @see org.fulcrum.model.FulcrumPackage#getRatingScale_NotObservedLabel()
	 * @model default="Not observed"
	 * @generated
	 */
	String getNotObservedLabel();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.RatingScale#getNotObservedLabel <em>Not Observed Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Observed Label</em>' attribute.
	 * @see #getNotObservedLabel()
	 * @generated
	 */
	void setNotObservedLabel(String value);

	/**
	 * Returns the value of the '<em><b>Anchors</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.ScaleAnchor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anchors</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getRatingScale_Anchors()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScaleAnchor> getAnchors();

} // RatingScale
