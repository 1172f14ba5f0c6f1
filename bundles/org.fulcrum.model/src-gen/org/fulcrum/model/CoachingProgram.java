/**
 */
package org.fulcrum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coaching Program</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A program of coaching sessions for one participant, e.g. a workshop then six calls.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.CoachingProgram#getName <em>Name</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingProgram#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingProgram#getParticipant <em>Participant</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingProgram#getCoach <em>Coach</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingProgram#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingProgram#getExpectations <em>Expectations</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingProgram#getAccountability <em>Accountability</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getCoachingProgram()
 * @model
 * @generated
 */
public interface CoachingProgram extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingProgram_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.CoachingProgram#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' attribute.
	 * @see #setTemplate(String)
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingProgram_Template()
	 * @model
	 * @generated
	 */
	String getTemplate();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.CoachingProgram#getTemplate <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' attribute.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(String value);

	/**
	 * Returns the value of the '<em><b>Participant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participant</em>' reference.
	 * @see #setParticipant(PartnerManager)
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingProgram_Participant()
	 * @model required="true"
	 * @generated
	 */
	PartnerManager getParticipant();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.CoachingProgram#getParticipant <em>Participant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participant</em>' reference.
	 * @see #getParticipant()
	 * @generated
	 */
	void setParticipant(PartnerManager value);

	/**
	 * Returns the value of the '<em><b>Coach</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coach</em>' reference.
	 * @see #setCoach(Person)
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingProgram_Coach()
	 * @model
	 * @generated
	 */
	Person getCoach();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.CoachingProgram#getCoach <em>Coach</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coach</em>' reference.
	 * @see #getCoach()
	 * @generated
	 */
	void setCoach(Person value);

	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.CoachingSession}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sessions</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingProgram_Sessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<CoachingSession> getSessions();

	/**
	 * Returns the value of the '<em><b>Expectations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new expectations the manager is clear on (what coaching partners means for them).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expectations</em>' attribute.
	 * @see #setExpectations(String)
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingProgram_Expectations()
	 * @model
	 * @generated
	 */
	String getExpectations();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.CoachingProgram#getExpectations <em>Expectations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expectations</em>' attribute.
	 * @see #getExpectations()
	 * @generated
	 */
	void setExpectations(String value);

	/**
	 * Returns the value of the '<em><b>Accountability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The parameters agreed around metrics and accountability, revisited on the calls.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accountability</em>' attribute.
	 * @see #setAccountability(String)
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingProgram_Accountability()
	 * @model
	 * @generated
	 */
	String getAccountability();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.CoachingProgram#getAccountability <em>Accountability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accountability</em>' attribute.
	 * @see #getAccountability()
	 * @generated
	 */
	void setAccountability(String value);

} // CoachingProgram
