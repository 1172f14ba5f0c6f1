/**
 */
package org.fulcrum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A goal the coachee states in their own words.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.Goal#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.fulcrum.model.Goal#getPrompt <em>Prompt</em>}</li>
 *   <li>{@link org.fulcrum.model.Goal#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getGoal()
 * @model
 * @generated
 */
public interface Goal extends Identified {
	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.fulcrum.model.FulcrumPackage#getGoal_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Goal#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set by a drafted plan while the coachee has not stated the goal: the question the coachee answers in their own words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prompt</em>' attribute.
	 * @see #setPrompt(String)
	 * @see org.fulcrum.model.FulcrumPackage#getGoal_Prompt()
	 * @model
	 * @generated
	 */
	String getPrompt();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Goal#getPrompt <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prompt</em>' attribute.
	 * @see #getPrompt()
	 * @generated
	 */
	void setPrompt(String value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getGoal_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Action> getActions();

} // Goal
