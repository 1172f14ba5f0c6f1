/**
 */
package org.fulcrum.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partner Issue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An issue a partner raised, its owner, escalation and timeline.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getTitle <em>Title</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getDescription <em>Description</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getPartner <em>Partner</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getRaisedBy <em>Raised By</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getCategory <em>Category</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getSupportOwner <em>Support Owner</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getEscalatedTo <em>Escalated To</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getConfirmedBy <em>Confirmed By</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getConfirmedAt <em>Confirmed At</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getCloseReason <em>Close Reason</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getEscalation <em>Escalation</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getOpened <em>Opened</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getTimeline <em>Timeline</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getCommitments <em>Commitments</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getRelated <em>Related</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getRecurrenceOf <em>Recurrence Of</em>}</li>
 *   <li>{@link org.fulcrum.model.PartnerIssue#getTraits <em>Traits</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue()
 * @model
 * @generated
 */
public interface PartnerIssue extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partner</em>' reference.
	 * @see #setPartner(PartnerOrganization)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_Partner()
	 * @model required="true"
	 * @generated
	 */
	PartnerOrganization getPartner();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getPartner <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner</em>' reference.
	 * @see #getPartner()
	 * @generated
	 */
	void setPartner(PartnerOrganization value);

	/**
	 * Returns the value of the '<em><b>Raised By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raised By</em>' attribute.
	 * @see #setRaisedBy(String)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_RaisedBy()
	 * @model
	 * @generated
	 */
	String getRaisedBy();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getRaisedBy <em>Raised By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raised By</em>' attribute.
	 * @see #getRaisedBy()
	 * @generated
	 */
	void setRaisedBy(String value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.IssueChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.fulcrum.model.IssueChannel
	 * @see #setChannel(IssueChannel)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_Channel()
	 * @model
	 * @generated
	 */
	IssueChannel getChannel();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.fulcrum.model.IssueChannel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(IssueChannel value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"p3"</code>.
	 * The literals are from the enumeration {@link org.fulcrum.model.Priority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.fulcrum.model.Priority
	 * @see #setPriority(Priority)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_Priority()
	 * @model default="p3"
	 * @generated
	 */
	Priority getPriority();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.fulcrum.model.Priority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Priority value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.IssueStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.fulcrum.model.IssueStatus
	 * @see #setStatus(IssueStatus)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_Status()
	 * @model
	 * @generated
	 */
	IssueStatus getStatus();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.fulcrum.model.IssueStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(IssueStatus value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partner manager: the partner's starting point and relationship contact, kept informed; not the owner of the resolution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(PartnerManager)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_Owner()
	 * @model
	 * @generated
	 */
	PartnerManager getOwner();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(PartnerManager value);

	/**
	 * Returns the value of the '<em><b>Support Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person in partner support who owns the issue's resolution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support Owner</em>' reference.
	 * @see #setSupportOwner(Person)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_SupportOwner()
	 * @model
	 * @generated
	 */
	Person getSupportOwner();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getSupportOwner <em>Support Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support Owner</em>' reference.
	 * @see #getSupportOwner()
	 * @generated
	 */
	void setSupportOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Escalated To</b></em>' reference list.
	 * The list contents are of type {@link org.fulcrum.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The named people the issue was last escalated to, from the escalation path of its level.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Escalated To</em>' reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_EscalatedTo()
	 * @model
	 * @generated
	 */
	EList<Person> getEscalatedTo();

	/**
	 * Returns the value of the '<em><b>Confirmed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who at the partner confirmed the resolution; empty while unconfirmed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confirmed By</em>' attribute.
	 * @see #setConfirmedBy(String)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_ConfirmedBy()
	 * @model
	 * @generated
	 */
	String getConfirmedBy();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getConfirmedBy <em>Confirmed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmed By</em>' attribute.
	 * @see #getConfirmedBy()
	 * @generated
	 */
	void setConfirmedBy(String value);

	/**
	 * Returns the value of the '<em><b>Confirmed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confirmed At</em>' attribute.
	 * @see #setConfirmedAt(Date)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_ConfirmedAt()
	 * @model
	 * @generated
	 */
	Date getConfirmedAt();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getConfirmedAt <em>Confirmed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmed At</em>' attribute.
	 * @see #getConfirmedAt()
	 * @generated
	 */
	void setConfirmedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Close Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the issue was closed without the partner's confirmation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Close Reason</em>' attribute.
	 * @see #setCloseReason(String)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_CloseReason()
	 * @model
	 * @generated
	 */
	String getCloseReason();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getCloseReason <em>Close Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Close Reason</em>' attribute.
	 * @see #getCloseReason()
	 * @generated
	 */
	void setCloseReason(String value);

	/**
	 * Returns the value of the '<em><b>Escalation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.EscalationLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Escalation</em>' attribute.
	 * @see org.fulcrum.model.EscalationLevel
	 * @see #setEscalation(EscalationLevel)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_Escalation()
	 * @model
	 * @generated
	 */
	EscalationLevel getEscalation();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getEscalation <em>Escalation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Escalation</em>' attribute.
	 * @see org.fulcrum.model.EscalationLevel
	 * @see #getEscalation()
	 * @generated
	 */
	void setEscalation(EscalationLevel value);

	/**
	 * Returns the value of the '<em><b>Opened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opened</em>' attribute.
	 * @see #setOpened(Date)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_Opened()
	 * @model
	 * @generated
	 */
	Date getOpened();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getOpened <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened</em>' attribute.
	 * @see #getOpened()
	 * @generated
	 */
	void setOpened(Date value);

	/**
	 * Returns the value of the '<em><b>Timeline</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.IssueEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeline</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_Timeline()
	 * @model containment="true"
	 * @generated
	 */
	EList<IssueEvent> getTimeline();

	/**
	 * Returns the value of the '<em><b>Commitments</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.Commitment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Commitments</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_Commitments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Commitment> getCommitments();

	/**
	 * Returns the value of the '<em><b>Related</b></em>' reference list.
	 * The list contents are of type {@link org.fulcrum.model.PartnerIssue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Related</em>' reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_Related()
	 * @model
	 * @generated
	 */
	EList<PartnerIssue> getRelated();

	/**
	 * Returns the value of the '<em><b>Recurrence Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The earlier issue of the same partner and category, within the recurrence window, that this one repeats.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recurrence Of</em>' reference.
	 * @see #setRecurrenceOf(PartnerIssue)
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_RecurrenceOf()
	 * @model
	 * @generated
	 */
	PartnerIssue getRecurrenceOf();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PartnerIssue#getRecurrenceOf <em>Recurrence Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recurrence Of</em>' reference.
	 * @see #getRecurrenceOf()
	 * @generated
	 */
	void setRecurrenceOf(PartnerIssue value);

	/**
	 * Returns the value of the '<em><b>Traits</b></em>' reference list.
	 * The list contents are of type {@link org.fulcrum.model.Dimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Traits the handling of this issue showed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Traits</em>' reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getPartnerIssue_Traits()
	 * @model
	 * @generated
	 */
	EList<Dimension> getTraits();

} // PartnerIssue
