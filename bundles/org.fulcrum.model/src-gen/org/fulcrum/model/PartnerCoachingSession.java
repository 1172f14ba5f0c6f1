/**
 */
package org.fulcrum.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partner Coaching Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A partner manager's coaching session with people of a partner organisation: an opportunity review, an opportunity-management coaching session, the preparation of a meeting with the prospect.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.PartnerCoachingSession#getPartnerManager <em>Partner Manager</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerCoachingSession#getPartner <em>Partner</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerCoachingSession#getCoachees <em>Coachees</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerCoachingSession#getKind <em>Kind</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerCoachingSession#getDate <em>Date</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerCoachingSession#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerCoachingSession#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerCoachingSession#getSituation <em>Situation</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerCoachingSession#getPartnerGoal <em>Partner Goal</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerCoachingSession#getQuestions <em>Questions</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerCoachingSession#getOptions <em>Options</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerCoachingSession#getActions <em>Actions</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerCoachingSession#getObservedStance <em>Observed Stance</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerCoachingSession#getReview <em>Review</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerCoachingSession#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession()
 * @model
 * @generated
 */
public interface PartnerCoachingSession extends Identified {
	/**
	 * Returns the value of the '<em><b>Partner Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partner manager who coached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partner Manager</em>' reference.
	 * @see #setPartnerManager(PartnerManager)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession_PartnerManager()
	 * @model required="true"
	 * @generated
	 */
	PartnerManager getPartnerManager();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerCoachingSession#getPartnerManager <em>Partner Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner Manager</em>' reference.
	 * @see #getPartnerManager()
	 * @generated
	 */
	void setPartnerManager(PartnerManager value);

	/**
	 * Returns the value of the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partner</em>' reference.
	 * @see #setPartner(PartnerOrganization)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession_Partner()
	 * @model
	 * @generated
	 */
	PartnerOrganization getPartner();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerCoachingSession#getPartner <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner</em>' reference.
	 * @see #getPartner()
	 * @generated
	 */
	void setPartner(PartnerOrganization value);

	/**
	 * Returns the value of the '<em><b>Coachees</b></em>' reference list.
	 * The list contents are of type {@link org.fulcrum.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partner's people coached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coachees</em>' reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession_Coachees()
	 * @model
	 * @generated
	 */
	EList<Person> getCoachees();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.PartnerSessionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.fulcrum.model.PartnerSessionKind
	 * @see #setKind(PartnerSessionKind)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession_Kind()
	 * @model
	 * @generated
	 */
	PartnerSessionKind getKind();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerCoachingSession#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.fulcrum.model.PartnerSessionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PartnerSessionKind value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession_Date()
	 * @model dataType="org.fulcrum.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerCoachingSession#getDate <em>Date</em>}' attribute.
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
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession_DurationMinutes()
	 * @model
	 * @generated
	 */
	int getDurationMinutes();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerCoachingSession#getDurationMinutes <em>Duration Minutes</em>}' attribute.
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
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession_Topic()
	 * @model
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerCoachingSession#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

	/**
	 * Returns the value of the '<em><b>Situation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The situation statement the session opens with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Situation</em>' attribute.
	 * @see #setSituation(String)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession_Situation()
	 * @model
	 * @generated
	 */
	String getSituation();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerCoachingSession#getSituation <em>Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Situation</em>' attribute.
	 * @see #getSituation()
	 * @generated
	 */
	void setSituation(String value);

	/**
	 * Returns the value of the '<em><b>Partner Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partner's goal the session serves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partner Goal</em>' attribute.
	 * @see #setPartnerGoal(String)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession_PartnerGoal()
	 * @model
	 * @generated
	 */
	String getPartnerGoal();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerCoachingSession#getPartnerGoal <em>Partner Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner Goal</em>' attribute.
	 * @see #getPartnerGoal()
	 * @generated
	 */
	void setPartnerGoal(String value);

	/**
	 * Returns the value of the '<em><b>Questions</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.Question}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Questions</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession_Questions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Question> getQuestions();

	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.ActionOption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession_Options()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActionOption> getOptions();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Action> getActions();

	/**
	 * Returns the value of the '<em><b>Observed Stance</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.Stance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stance the partner manager took: coach, or bully (persecutor), victim, rescuer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observed Stance</em>' attribute.
	 * @see org.fulcrum.model.Stance
	 * @see #isSetObservedStance()
	 * @see #unsetObservedStance()
	 * @see #setObservedStance(Stance)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession_ObservedStance()
	 * @model unsettable="true"
	 * @generated
	 */
	Stance getObservedStance();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerCoachingSession#getObservedStance <em>Observed Stance</em>}' attribute.
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
	 * Unsets the value of the '{@link org.fulcrum.model.PartnerCoachingSession#getObservedStance <em>Observed Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetObservedStance()
	 * @see #getObservedStance()
	 * @see #setObservedStance(Stance)
	 * @generated
	 */
	void unsetObservedStance();

	/**
	 * Returns whether the value of the '{@link org.fulcrum.model.PartnerCoachingSession#getObservedStance <em>Observed Stance</em>}' attribute is set.
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
	 * <!-- begin-model-doc -->
	 * The review against the do's and don'ts: per pair, an entry for the do and one for the don't.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession_Review()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChecklistEntry> getReview();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerCoachingSession_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerCoachingSession#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // PartnerCoachingSession
