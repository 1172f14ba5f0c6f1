/**
 */
package org.fulcrum.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Focus Area</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A trait the participant works on, with the behaviours to practise.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.FocusArea#getTrait <em>Trait</em>}</li>
 *   <li>{@link org.fulcrum.model.FocusArea#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.fulcrum.model.FocusArea#getBehaviours <em>Behaviours</em>}</li>
 *   <li>{@link org.fulcrum.model.FocusArea#getGoals <em>Goals</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getFocusArea()
 * @model
 * @generated
 */
public interface FocusArea extends EObject {
	/**
	 * Returns the value of the '<em><b>Trait</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trait</em>' reference.
	 * @see #setTrait(Dimension)
	 * @see org.fulcrum.model.FulcrumPackage#getFocusArea_Trait()
	 * @model required="true"
	 * @generated
	 */
	Dimension getTrait();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.FocusArea#getTrait <em>Trait</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trait</em>' reference.
	 * @see #getTrait()
	 * @generated
	 */
	void setTrait(Dimension value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.fulcrum.model.FulcrumPackage#getFocusArea_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.FocusArea#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Behaviours</b></em>' reference list.
	 * The list contents are of type {@link org.fulcrum.model.BehaviourItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Behaviours</em>' reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getFocusArea_Behaviours()
	 * @model
	 * @generated
	 */
	EList<BehaviourItem> getBehaviours();

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getFocusArea_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

} // FocusArea
