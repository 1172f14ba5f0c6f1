/**
 */
package org.fulcrum.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.fulcrum.model.Commitment;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.IssueChannel;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.Person;
import org.fulcrum.model.Priority;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Partner Issue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getPartner <em>Partner</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getRaisedBy <em>Raised By</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getSupportOwner <em>Support Owner</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getEscalatedTo <em>Escalated To</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getConfirmedBy <em>Confirmed By</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getConfirmedAt <em>Confirmed At</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getCloseReason <em>Close Reason</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getEscalation <em>Escalation</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getOpened <em>Opened</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getTimeline <em>Timeline</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getCommitments <em>Commitments</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getRelated <em>Related</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getRecurrenceOf <em>Recurrence Of</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerIssueImpl#getTraits <em>Traits</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PartnerIssueImpl extends IdentifiedImpl implements PartnerIssue {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPartner() <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartner()
	 * @generated
	 * @ordered
	 */
	protected PartnerOrganization partner;

	/**
	 * The default value of the '{@link #getRaisedBy() <em>Raised By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String RAISED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRaisedBy() <em>Raised By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedBy()
	 * @generated
	 * @ordered
	 */
	protected String raisedBy = RAISED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final IssueChannel CHANNEL_EDEFAULT = IssueChannel.PHONE;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected IssueChannel channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final Priority PRIORITY_EDEFAULT = Priority.P3;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected Priority priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final IssueStatus STATUS_EDEFAULT = IssueStatus.NEW;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected IssueStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected PartnerManager owner;

	/**
	 * The cached value of the '{@link #getSupportOwner() <em>Support Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportOwner()
	 * @generated
	 * @ordered
	 */
	protected Person supportOwner;

	/**
	 * The cached value of the '{@link #getEscalatedTo() <em>Escalated To</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalatedTo()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> escalatedTo;

	/**
	 * The default value of the '{@link #getConfirmedBy() <em>Confirmed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CONFIRMED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConfirmedBy() <em>Confirmed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedBy()
	 * @generated
	 * @ordered
	 */
	protected String confirmedBy = CONFIRMED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfirmedAt() <em>Confirmed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CONFIRMED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConfirmedAt() <em>Confirmed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedAt()
	 * @generated
	 * @ordered
	 */
	protected Date confirmedAt = CONFIRMED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCloseReason() <em>Close Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCloseReason()
	 * @generated
	 * @ordered
	 */
	protected static final String CLOSE_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCloseReason() <em>Close Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCloseReason()
	 * @generated
	 * @ordered
	 */
	protected String closeReason = CLOSE_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getEscalation() <em>Escalation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalation()
	 * @generated
	 * @ordered
	 */
	protected static final EscalationLevel ESCALATION_EDEFAULT = EscalationLevel.CHANNEL_MANAGER;

	/**
	 * The cached value of the '{@link #getEscalation() <em>Escalation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalation()
	 * @generated
	 * @ordered
	 */
	protected EscalationLevel escalation = ESCALATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpened() <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpened()
	 * @generated
	 * @ordered
	 */
	protected static final Date OPENED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpened() <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpened()
	 * @generated
	 * @ordered
	 */
	protected Date opened = OPENED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTimeline() <em>Timeline</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeline()
	 * @generated
	 * @ordered
	 */
	protected EList<IssueEvent> timeline;

	/**
	 * The cached value of the '{@link #getCommitments() <em>Commitments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitments()
	 * @generated
	 * @ordered
	 */
	protected EList<Commitment> commitments;

	/**
	 * The cached value of the '{@link #getRelated() <em>Related</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelated()
	 * @generated
	 * @ordered
	 */
	protected EList<PartnerIssue> related;

	/**
	 * The cached value of the '{@link #getRecurrenceOf() <em>Recurrence Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrenceOf()
	 * @generated
	 * @ordered
	 */
	protected PartnerIssue recurrenceOf;

	/**
	 * The cached value of the '{@link #getTraits() <em>Traits</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraits()
	 * @generated
	 * @ordered
	 */
	protected EList<Dimension> traits;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartnerIssueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.PARTNER_ISSUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerOrganization getPartner() {
		if (partner != null && partner.eIsProxy()) {
			InternalEObject oldPartner = (InternalEObject)partner;
			partner = (PartnerOrganization)eResolveProxy(oldPartner);
			if (partner != oldPartner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.PARTNER_ISSUE__PARTNER, oldPartner, partner));
			}
		}
		return partner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnerOrganization basicGetPartner() {
		return partner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartner(PartnerOrganization newPartner) {
		PartnerOrganization oldPartner = partner;
		partner = newPartner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__PARTNER, oldPartner, partner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRaisedBy() {
		return raisedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaisedBy(String newRaisedBy) {
		String oldRaisedBy = raisedBy;
		raisedBy = newRaisedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__RAISED_BY, oldRaisedBy, raisedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IssueChannel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(IssueChannel newChannel) {
		IssueChannel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Priority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(Priority newPriority) {
		Priority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IssueStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(IssueStatus newStatus) {
		IssueStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerManager getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (PartnerManager)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.PARTNER_ISSUE__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnerManager basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(PartnerManager newOwner) {
		PartnerManager oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getSupportOwner() {
		if (supportOwner != null && supportOwner.eIsProxy()) {
			InternalEObject oldSupportOwner = (InternalEObject)supportOwner;
			supportOwner = (Person)eResolveProxy(oldSupportOwner);
			if (supportOwner != oldSupportOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.PARTNER_ISSUE__SUPPORT_OWNER, oldSupportOwner, supportOwner));
			}
		}
		return supportOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetSupportOwner() {
		return supportOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportOwner(Person newSupportOwner) {
		Person oldSupportOwner = supportOwner;
		supportOwner = newSupportOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__SUPPORT_OWNER, oldSupportOwner, supportOwner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getEscalatedTo() {
		if (escalatedTo == null) {
			escalatedTo = new EObjectResolvingEList<Person>(Person.class, this, FulcrumPackage.PARTNER_ISSUE__ESCALATED_TO);
		}
		return escalatedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConfirmedBy() {
		return confirmedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmedBy(String newConfirmedBy) {
		String oldConfirmedBy = confirmedBy;
		confirmedBy = newConfirmedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__CONFIRMED_BY, oldConfirmedBy, confirmedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getConfirmedAt() {
		return confirmedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmedAt(Date newConfirmedAt) {
		Date oldConfirmedAt = confirmedAt;
		confirmedAt = newConfirmedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__CONFIRMED_AT, oldConfirmedAt, confirmedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCloseReason() {
		return closeReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCloseReason(String newCloseReason) {
		String oldCloseReason = closeReason;
		closeReason = newCloseReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__CLOSE_REASON, oldCloseReason, closeReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EscalationLevel getEscalation() {
		return escalation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEscalation(EscalationLevel newEscalation) {
		EscalationLevel oldEscalation = escalation;
		escalation = newEscalation == null ? ESCALATION_EDEFAULT : newEscalation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__ESCALATION, oldEscalation, escalation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getOpened() {
		return opened;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpened(Date newOpened) {
		Date oldOpened = opened;
		opened = newOpened;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__OPENED, oldOpened, opened));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IssueEvent> getTimeline() {
		if (timeline == null) {
			timeline = new EObjectContainmentEList<IssueEvent>(IssueEvent.class, this, FulcrumPackage.PARTNER_ISSUE__TIMELINE);
		}
		return timeline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Commitment> getCommitments() {
		if (commitments == null) {
			commitments = new EObjectContainmentEList<Commitment>(Commitment.class, this, FulcrumPackage.PARTNER_ISSUE__COMMITMENTS);
		}
		return commitments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PartnerIssue> getRelated() {
		if (related == null) {
			related = new EObjectResolvingEList<PartnerIssue>(PartnerIssue.class, this, FulcrumPackage.PARTNER_ISSUE__RELATED);
		}
		return related;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerIssue getRecurrenceOf() {
		if (recurrenceOf != null && recurrenceOf.eIsProxy()) {
			InternalEObject oldRecurrenceOf = (InternalEObject)recurrenceOf;
			recurrenceOf = (PartnerIssue)eResolveProxy(oldRecurrenceOf);
			if (recurrenceOf != oldRecurrenceOf) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.PARTNER_ISSUE__RECURRENCE_OF, oldRecurrenceOf, recurrenceOf));
			}
		}
		return recurrenceOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnerIssue basicGetRecurrenceOf() {
		return recurrenceOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecurrenceOf(PartnerIssue newRecurrenceOf) {
		PartnerIssue oldRecurrenceOf = recurrenceOf;
		recurrenceOf = newRecurrenceOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_ISSUE__RECURRENCE_OF, oldRecurrenceOf, recurrenceOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dimension> getTraits() {
		if (traits == null) {
			traits = new EObjectResolvingEList<Dimension>(Dimension.class, this, FulcrumPackage.PARTNER_ISSUE__TRAITS);
		}
		return traits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FulcrumPackage.PARTNER_ISSUE__TIMELINE:
				return ((InternalEList<?>)getTimeline()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.PARTNER_ISSUE__COMMITMENTS:
				return ((InternalEList<?>)getCommitments()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FulcrumPackage.PARTNER_ISSUE__TITLE:
				return getTitle();
			case FulcrumPackage.PARTNER_ISSUE__DESCRIPTION:
				return getDescription();
			case FulcrumPackage.PARTNER_ISSUE__PARTNER:
				if (resolve) return getPartner();
				return basicGetPartner();
			case FulcrumPackage.PARTNER_ISSUE__RAISED_BY:
				return getRaisedBy();
			case FulcrumPackage.PARTNER_ISSUE__CHANNEL:
				return getChannel();
			case FulcrumPackage.PARTNER_ISSUE__CATEGORY:
				return getCategory();
			case FulcrumPackage.PARTNER_ISSUE__PRIORITY:
				return getPriority();
			case FulcrumPackage.PARTNER_ISSUE__STATUS:
				return getStatus();
			case FulcrumPackage.PARTNER_ISSUE__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case FulcrumPackage.PARTNER_ISSUE__SUPPORT_OWNER:
				if (resolve) return getSupportOwner();
				return basicGetSupportOwner();
			case FulcrumPackage.PARTNER_ISSUE__ESCALATED_TO:
				return getEscalatedTo();
			case FulcrumPackage.PARTNER_ISSUE__CONFIRMED_BY:
				return getConfirmedBy();
			case FulcrumPackage.PARTNER_ISSUE__CONFIRMED_AT:
				return getConfirmedAt();
			case FulcrumPackage.PARTNER_ISSUE__CLOSE_REASON:
				return getCloseReason();
			case FulcrumPackage.PARTNER_ISSUE__ESCALATION:
				return getEscalation();
			case FulcrumPackage.PARTNER_ISSUE__OPENED:
				return getOpened();
			case FulcrumPackage.PARTNER_ISSUE__TIMELINE:
				return getTimeline();
			case FulcrumPackage.PARTNER_ISSUE__COMMITMENTS:
				return getCommitments();
			case FulcrumPackage.PARTNER_ISSUE__RELATED:
				return getRelated();
			case FulcrumPackage.PARTNER_ISSUE__RECURRENCE_OF:
				if (resolve) return getRecurrenceOf();
				return basicGetRecurrenceOf();
			case FulcrumPackage.PARTNER_ISSUE__TRAITS:
				return getTraits();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FulcrumPackage.PARTNER_ISSUE__TITLE:
				setTitle((String)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__PARTNER:
				setPartner((PartnerOrganization)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__RAISED_BY:
				setRaisedBy((String)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__CHANNEL:
				setChannel((IssueChannel)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__CATEGORY:
				setCategory((String)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__PRIORITY:
				setPriority((Priority)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__STATUS:
				setStatus((IssueStatus)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__OWNER:
				setOwner((PartnerManager)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__SUPPORT_OWNER:
				setSupportOwner((Person)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__ESCALATED_TO:
				getEscalatedTo().clear();
				getEscalatedTo().addAll((Collection<? extends Person>)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__CONFIRMED_BY:
				setConfirmedBy((String)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__CONFIRMED_AT:
				setConfirmedAt((Date)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__CLOSE_REASON:
				setCloseReason((String)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__ESCALATION:
				setEscalation((EscalationLevel)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__OPENED:
				setOpened((Date)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__TIMELINE:
				getTimeline().clear();
				getTimeline().addAll((Collection<? extends IssueEvent>)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__COMMITMENTS:
				getCommitments().clear();
				getCommitments().addAll((Collection<? extends Commitment>)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__RELATED:
				getRelated().clear();
				getRelated().addAll((Collection<? extends PartnerIssue>)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__RECURRENCE_OF:
				setRecurrenceOf((PartnerIssue)newValue);
				return;
			case FulcrumPackage.PARTNER_ISSUE__TRAITS:
				getTraits().clear();
				getTraits().addAll((Collection<? extends Dimension>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FulcrumPackage.PARTNER_ISSUE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_ISSUE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_ISSUE__PARTNER:
				setPartner((PartnerOrganization)null);
				return;
			case FulcrumPackage.PARTNER_ISSUE__RAISED_BY:
				setRaisedBy(RAISED_BY_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_ISSUE__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_ISSUE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_ISSUE__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_ISSUE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_ISSUE__OWNER:
				setOwner((PartnerManager)null);
				return;
			case FulcrumPackage.PARTNER_ISSUE__SUPPORT_OWNER:
				setSupportOwner((Person)null);
				return;
			case FulcrumPackage.PARTNER_ISSUE__ESCALATED_TO:
				getEscalatedTo().clear();
				return;
			case FulcrumPackage.PARTNER_ISSUE__CONFIRMED_BY:
				setConfirmedBy(CONFIRMED_BY_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_ISSUE__CONFIRMED_AT:
				setConfirmedAt(CONFIRMED_AT_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_ISSUE__CLOSE_REASON:
				setCloseReason(CLOSE_REASON_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_ISSUE__ESCALATION:
				setEscalation(ESCALATION_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_ISSUE__OPENED:
				setOpened(OPENED_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_ISSUE__TIMELINE:
				getTimeline().clear();
				return;
			case FulcrumPackage.PARTNER_ISSUE__COMMITMENTS:
				getCommitments().clear();
				return;
			case FulcrumPackage.PARTNER_ISSUE__RELATED:
				getRelated().clear();
				return;
			case FulcrumPackage.PARTNER_ISSUE__RECURRENCE_OF:
				setRecurrenceOf((PartnerIssue)null);
				return;
			case FulcrumPackage.PARTNER_ISSUE__TRAITS:
				getTraits().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FulcrumPackage.PARTNER_ISSUE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case FulcrumPackage.PARTNER_ISSUE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case FulcrumPackage.PARTNER_ISSUE__PARTNER:
				return partner != null;
			case FulcrumPackage.PARTNER_ISSUE__RAISED_BY:
				return RAISED_BY_EDEFAULT == null ? raisedBy != null : !RAISED_BY_EDEFAULT.equals(raisedBy);
			case FulcrumPackage.PARTNER_ISSUE__CHANNEL:
				return channel != CHANNEL_EDEFAULT;
			case FulcrumPackage.PARTNER_ISSUE__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case FulcrumPackage.PARTNER_ISSUE__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case FulcrumPackage.PARTNER_ISSUE__STATUS:
				return status != STATUS_EDEFAULT;
			case FulcrumPackage.PARTNER_ISSUE__OWNER:
				return owner != null;
			case FulcrumPackage.PARTNER_ISSUE__SUPPORT_OWNER:
				return supportOwner != null;
			case FulcrumPackage.PARTNER_ISSUE__ESCALATED_TO:
				return escalatedTo != null && !escalatedTo.isEmpty();
			case FulcrumPackage.PARTNER_ISSUE__CONFIRMED_BY:
				return CONFIRMED_BY_EDEFAULT == null ? confirmedBy != null : !CONFIRMED_BY_EDEFAULT.equals(confirmedBy);
			case FulcrumPackage.PARTNER_ISSUE__CONFIRMED_AT:
				return CONFIRMED_AT_EDEFAULT == null ? confirmedAt != null : !CONFIRMED_AT_EDEFAULT.equals(confirmedAt);
			case FulcrumPackage.PARTNER_ISSUE__CLOSE_REASON:
				return CLOSE_REASON_EDEFAULT == null ? closeReason != null : !CLOSE_REASON_EDEFAULT.equals(closeReason);
			case FulcrumPackage.PARTNER_ISSUE__ESCALATION:
				return escalation != ESCALATION_EDEFAULT;
			case FulcrumPackage.PARTNER_ISSUE__OPENED:
				return OPENED_EDEFAULT == null ? opened != null : !OPENED_EDEFAULT.equals(opened);
			case FulcrumPackage.PARTNER_ISSUE__TIMELINE:
				return timeline != null && !timeline.isEmpty();
			case FulcrumPackage.PARTNER_ISSUE__COMMITMENTS:
				return commitments != null && !commitments.isEmpty();
			case FulcrumPackage.PARTNER_ISSUE__RELATED:
				return related != null && !related.isEmpty();
			case FulcrumPackage.PARTNER_ISSUE__RECURRENCE_OF:
				return recurrenceOf != null;
			case FulcrumPackage.PARTNER_ISSUE__TRAITS:
				return traits != null && !traits.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: ");
		result.append(title);
		result.append(", description: ");
		result.append(description);
		result.append(", raisedBy: ");
		result.append(raisedBy);
		result.append(", channel: ");
		result.append(channel);
		result.append(", category: ");
		result.append(category);
		result.append(", priority: ");
		result.append(priority);
		result.append(", status: ");
		result.append(status);
		result.append(", confirmedBy: ");
		result.append(confirmedBy);
		result.append(", confirmedAt: ");
		result.append(confirmedAt);
		result.append(", closeReason: ");
		result.append(closeReason);
		result.append(", escalation: ");
		result.append(escalation);
		result.append(", opened: ");
		result.append(opened);
		result.append(')');
		return result.toString();
	}

} //PartnerIssueImpl
