/**
 */
package org.fulcrum.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Commitment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A date promised to the partner: part of the shared timetable.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.Commitment#getDescription <em>Description</em>}</li>
 *   <li>{@link org.fulcrum.model.Commitment#getDue <em>Due</em>}</li>
 *   <li>{@link org.fulcrum.model.Commitment#getDone <em>Done</em>}</li>
 *   <li>{@link org.fulcrum.model.Commitment#isVisibleToPartner <em>Visible To Partner</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getCommitment()
 * @model
 * @generated
 */
public interface Commitment extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.fulcrum.model.FulcrumPackage#getCommitment_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Commitment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due</em>' attribute.
	 * @see #setDue(LocalDate)
	 * @see org.fulcrum.model.FulcrumPackage#getCommitment_Due()
	 * @model dataType="org.fulcrum.model.LocalDate"
	 * @generated
	 */
	LocalDate getDue();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Commitment#getDue <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due</em>' attribute.
	 * @see #getDue()
	 * @generated
	 */
	void setDue(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Done</em>' attribute.
	 * @see #setDone(LocalDate)
	 * @see org.fulcrum.model.FulcrumPackage#getCommitment_Done()
	 * @model dataType="org.fulcrum.model.LocalDate"
	 * @generated
	 */
	LocalDate getDone();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Commitment#getDone <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done</em>' attribute.
	 * @see #getDone()
	 * @generated
	 */
	void setDone(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Visible To Partner</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visible To Partner</em>' attribute.
	 * @see #setVisibleToPartner(boolean)
	 * @see org.fulcrum.model.FulcrumPackage#getCommitment_VisibleToPartner()
	 * @model default="true"
	 * @generated
	 */
	boolean isVisibleToPartner();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Commitment#isVisibleToPartner <em>Visible To Partner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visible To Partner</em>' attribute.
	 * @see #isVisibleToPartner()
	 * @generated
	 */
	void setVisibleToPartner(boolean value);

} // Commitment
