/**
 */
package org.fulcrum.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Engagement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One assessment engagement for one client: the root of one .fulcrum document.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.Engagement#getName <em>Name</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getClient <em>Client</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getConsultants <em>Consultants</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getConfidentiality <em>Confidentiality</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getIssuePolicy <em>Issue Policy</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getPeople <em>People</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getPrograms <em>Programs</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getPartnerSessions <em>Partner Sessions</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getIssues <em>Issues</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getOutbox <em>Outbox</em>}</li>
 *   <li>{@link org.fulcrum.model.Engagement#getReleases <em>Releases</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getEngagement()
 * @model
 * @generated
 */
public interface Engagement extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Engagement#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Client</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client</em>' attribute.
	 * @see #setClient(String)
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_Client()
	 * @model
	 * @generated
	 */
	String getClient();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Engagement#getClient <em>Client</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client</em>' attribute.
	 * @see #getClient()
	 * @generated
	 */
	void setClient(String value);

	/**
	 * Returns the value of the '<em><b>Consultants</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consultants</em>' attribute list.
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_Consultants()
	 * @model
	 * @generated
	 */
	EList<String> getConsultants();

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_StartDate()
	 * @model dataType="org.fulcrum.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Engagement#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_EndDate()
	 * @model dataType="org.fulcrum.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Engagement#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.EngagementStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.fulcrum.model.EngagementStatus
	 * @see #setStatus(EngagementStatus)
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_Status()
	 * @model
	 * @generated
	 */
	EngagementStatus getStatus();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Engagement#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.fulcrum.model.EngagementStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(EngagementStatus value);

	/**
	 * Returns the value of the '<em><b>Confidentiality</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confidentiality</em>' containment reference.
	 * @see #setConfidentiality(ConfidentialityPolicy)
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_Confidentiality()
	 * @model containment="true"
	 * @generated
	 */
	ConfidentialityPolicy getConfidentiality();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Engagement#getConfidentiality <em>Confidentiality</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidentiality</em>' containment reference.
	 * @see #getConfidentiality()
	 * @generated
	 */
	void setConfidentiality(ConfidentialityPolicy value);

	/**
	 * Returns the value of the '<em><b>Issue Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Response and resolution targets per priority and the recurrence window of partner issues; Fulcrum's defaults where absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issue Policy</em>' containment reference.
	 * @see #setIssuePolicy(IssuePolicy)
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_IssuePolicy()
	 * @model containment="true"
	 * @generated
	 */
	IssuePolicy getIssuePolicy();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Engagement#getIssuePolicy <em>Issue Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issue Policy</em>' containment reference.
	 * @see #getIssuePolicy()
	 * @generated
	 */
	void setIssuePolicy(IssuePolicy value);

	/**
	 * Returns the value of the '<em><b>Partners</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.PartnerOrganization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partners</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_Partners()
	 * @model containment="true"
	 * @generated
	 */
	EList<PartnerOrganization> getPartners();

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPeople();

	/**
	 * Returns the value of the '<em><b>Instruments</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.Instrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instruments</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_Instruments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Instrument> getInstruments();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.DevelopmentPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plans</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_Plans()
	 * @model containment="true"
	 * @generated
	 */
	EList<DevelopmentPlan> getPlans();

	/**
	 * Returns the value of the '<em><b>Programs</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.CoachingProgram}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Programs</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_Programs()
	 * @model containment="true"
	 * @generated
	 */
	EList<CoachingProgram> getPrograms();

	/**
	 * Returns the value of the '<em><b>Partner Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.PartnerCoachingSession}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partner managers' coaching sessions with their partners' people, as logged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partner Sessions</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_PartnerSessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PartnerCoachingSession> getPartnerSessions();

	/**
	 * Returns the value of the '<em><b>Issues</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.PartnerIssue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issues</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_Issues()
	 * @model containment="true"
	 * @generated
	 */
	EList<PartnerIssue> getIssues();

	/**
	 * Returns the value of the '<em><b>Outbox</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.Notification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notifications about partner issues to named people: who, what, when, why, and whether sent; oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outbox</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_Outbox()
	 * @model containment="true"
	 * @generated
	 */
	EList<Notification> getOutbox();

	/**
	 * Returns the value of the '<em><b>Releases</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.ReportRelease}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The release ledger: every report handed to a participant, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Releases</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getEngagement_Releases()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportRelease> getReleases();

} // Engagement
