/**
 */
package org.fulcrum.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Development Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a participant will develop after an assessment: a draft until agreed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.DevelopmentPlan#getParticipant <em>Participant</em>}</li>
 *   <li>{@link org.fulcrum.model.DevelopmentPlan#getBasedOn <em>Based On</em>}</li>
 *   <li>{@link org.fulcrum.model.DevelopmentPlan#getStart <em>Start</em>}</li>
 *   <li>{@link org.fulcrum.model.DevelopmentPlan#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fulcrum.model.DevelopmentPlan#getFocusAreas <em>Focus Areas</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getDevelopmentPlan()
 * @model
 * @generated
 */
public interface DevelopmentPlan extends Identified {
	/**
	 * Returns the value of the '<em><b>Participant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participant</em>' reference.
	 * @see #setParticipant(PartnerManager)
	 * @see org.fulcrum.model.FulcrumPackage#getDevelopmentPlan_Participant()
	 * @model required="true"
	 * @generated
	 */
	PartnerManager getParticipant();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.DevelopmentPlan#getParticipant <em>Participant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participant</em>' reference.
	 * @see #getParticipant()
	 * @generated
	 */
	void setParticipant(PartnerManager value);

	/**
	 * Returns the value of the '<em><b>Based On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Based On</em>' reference.
	 * @see #setBasedOn(Assessment)
	 * @see org.fulcrum.model.FulcrumPackage#getDevelopmentPlan_BasedOn()
	 * @model
	 * @generated
	 */
	Assessment getBasedOn();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.DevelopmentPlan#getBasedOn <em>Based On</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Based On</em>' reference.
	 * @see #getBasedOn()
	 * @generated
	 */
	void setBasedOn(Assessment value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see org.fulcrum.model.FulcrumPackage#getDevelopmentPlan_Start()
	 * @model dataType="org.fulcrum.model.LocalDate"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.DevelopmentPlan#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.PlanStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.fulcrum.model.PlanStatus
	 * @see #setStatus(PlanStatus)
	 * @see org.fulcrum.model.FulcrumPackage#getDevelopmentPlan_Status()
	 * @model
	 * @generated
	 */
	PlanStatus getStatus();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.DevelopmentPlan#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.fulcrum.model.PlanStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PlanStatus value);

	/**
	 * Returns the value of the '<em><b>Focus Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.FocusArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Focus Areas</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getDevelopmentPlan_FocusAreas()
	 * @model containment="true"
	 * @generated
	 */
	EList<FocusArea> getFocusAreas();

} // DevelopmentPlan
