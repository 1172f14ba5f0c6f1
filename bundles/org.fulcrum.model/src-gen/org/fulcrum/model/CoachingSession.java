/**
 */
package org.fulcrum.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coaching Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One coaching session: short, on one topic, tied to the coachee's goal.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.CoachingSession#getFormat <em>Format</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingSession#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingSession#getDate <em>Date</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingSession#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingSession#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingSession#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingSession#getSituation <em>Situation</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingSession#getQuestions <em>Questions</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingSession#getOptions <em>Options</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingSession#getActions <em>Actions</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingSession#getObservedStance <em>Observed Stance</em>}</li>
 *   <li>{@link org.fulcrum.model.CoachingSession#getReview <em>Review</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getCoachingSession()
 * @model
 * @generated
 */
public interface CoachingSession extends Identified {
	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.SessionFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.fulcrum.model.SessionFormat
	 * @see #setFormat(SessionFormat)
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingSession_Format()
	 * @model
	 * @generated
	 */
	SessionFormat getFormat();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.CoachingSession#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.fulcrum.model.SessionFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(SessionFormat value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.SessionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.fulcrum.model.SessionStatus
	 * @see #setStatus(SessionStatus)
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingSession_Status()
	 * @model
	 * @generated
	 */
	SessionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.CoachingSession#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.fulcrum.model.SessionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(SessionStatus value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingSession_Date()
	 * @model dataType="org.fulcrum.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.CoachingSession#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Minutes</em>' attribute.
	 * @see #setDurationMinutes(int)
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingSession_DurationMinutes()
	 * @model
	 * @generated
	 */
	int getDurationMinutes();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.CoachingSession#getDurationMinutes <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Minutes</em>' attribute.
	 * @see #getDurationMinutes()
	 * @generated
	 */
	void setDurationMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see #setTopic(String)
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingSession_Topic()
	 * @model
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.CoachingSession#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

	/**
	 * Returns the value of the '<em><b>Goal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goal</em>' reference.
	 * @see #setGoal(Goal)
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingSession_Goal()
	 * @model
	 * @generated
	 */
	Goal getGoal();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.CoachingSession#getGoal <em>Goal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal</em>' reference.
	 * @see #getGoal()
	 * @generated
	 */
	void setGoal(Goal value);

	/**
	 * Returns the value of the '<em><b>Situation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The situation statement the session opens with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Situation</em>' attribute.
	 * @see #setSituation(String)
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingSession_Situation()
	 * @model
	 * @generated
	 */
	String getSituation();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.CoachingSession#getSituation <em>Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Situation</em>' attribute.
	 * @see #getSituation()
	 * @generated
	 */
	void setSituation(String value);

	/**
	 * Returns the value of the '<em><b>Questions</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.Question}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Questions</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingSession_Questions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Question> getQuestions();

	/**
	 * Returns the value of the '<em><b>Options</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Options raised by the coachee.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Options</em>' attribute list.
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingSession_Options()
	 * @model
	 * @generated
	 */
	EList<String> getOptions();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actions agreed at the end of the session.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingSession_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Action> getActions();

	/**
	 * Returns the value of the '<em><b>Observed Stance</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.Stance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed Stance</em>' attribute.
	 * @see org.fulcrum.model.Stance
	 * @see #isSetObservedStance()
	 * @see #unsetObservedStance()
	 * @see #setObservedStance(Stance)
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingSession_ObservedStance()
	 * @model unsettable="true"
	 * @generated
	 */
	Stance getObservedStance();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.CoachingSession#getObservedStance <em>Observed Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed Stance</em>' attribute.
	 * @see org.fulcrum.model.Stance
	 * @see #isSetObservedStance()
	 * @see #unsetObservedStance()
	 * @see #getObservedStance()
	 * @generated
	 */
	void setObservedStance(Stance value);

	/**
	 * Unsets the value of the '{@link org.fulcrum.model.CoachingSession#getObservedStance <em>Observed Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetObservedStance()
	 * @see #getObservedStance()
	 * @see #setObservedStance(Stance)
	 * @generated
	 */
	void unsetObservedStance();

	/**
	 * Returns whether the value of the '{@link org.fulcrum.model.CoachingSession#getObservedStance <em>Observed Stance</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Observed Stance</em>' attribute is set.
	 * @see #unsetObservedStance()
	 * @see #getObservedStance()
	 * @see #setObservedStance(Stance)
	 * @generated
	 */
	boolean isSetObservedStance();

	/**
	 * Returns the value of the '<em><b>Review</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.ChecklistEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getCoachingSession_Review()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChecklistEntry> getReview();

} // CoachingSession
