/**
 */
package org.fulcrum.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EngagementStatus;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.IssuePolicy;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.Person;
import org.fulcrum.model.ReportRelease;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Engagement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getClient <em>Client</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getConsultants <em>Consultants</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getConfidentiality <em>Confidentiality</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getIssuePolicy <em>Issue Policy</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getPeople <em>People</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getPrograms <em>Programs</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getPartnerSessions <em>Partner Sessions</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getIssues <em>Issues</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getOutbox <em>Outbox</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.EngagementImpl#getReleases <em>Releases</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EngagementImpl extends IdentifiedImpl implements Engagement {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getClient() <em>Client</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClient()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClient() <em>Client</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClient()
	 * @generated
	 * @ordered
	 */
	protected String client = CLIENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConsultants() <em>Consultants</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsultants()
	 * @generated
	 * @ordered
	 */
	protected EList<String> consultants;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final EngagementStatus STATUS_EDEFAULT = EngagementStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected EngagementStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConfidentiality() <em>Confidentiality</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidentiality()
	 * @generated
	 * @ordered
	 */
	protected ConfidentialityPolicy confidentiality;

	/**
	 * The cached value of the '{@link #getIssuePolicy() <em>Issue Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuePolicy()
	 * @generated
	 * @ordered
	 */
	protected IssuePolicy issuePolicy;

	/**
	 * The cached value of the '{@link #getPartners() <em>Partners</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartners()
	 * @generated
	 * @ordered
	 */
	protected EList<PartnerOrganization> partners;

	/**
	 * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> people;

	/**
	 * The cached value of the '{@link #getInstruments() <em>Instruments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<Instrument> instruments;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * The cached value of the '{@link #getPlans() <em>Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<DevelopmentPlan> plans;

	/**
	 * The cached value of the '{@link #getPrograms() <em>Programs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrograms()
	 * @generated
	 * @ordered
	 */
	protected EList<CoachingProgram> programs;

	/**
	 * The cached value of the '{@link #getPartnerSessions() <em>Partner Sessions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerSessions()
	 * @generated
	 * @ordered
	 */
	protected EList<PartnerCoachingSession> partnerSessions;

	/**
	 * The cached value of the '{@link #getIssues() <em>Issues</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssues()
	 * @generated
	 * @ordered
	 */
	protected EList<PartnerIssue> issues;

	/**
	 * The cached value of the '{@link #getOutbox() <em>Outbox</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutbox()
	 * @generated
	 * @ordered
	 */
	protected EList<org.fulcrum.model.Notification> outbox;

	/**
	 * The cached value of the '{@link #getReleases() <em>Releases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleases()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportRelease> releases;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EngagementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.ENGAGEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ENGAGEMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClient() {
		return client;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClient(String newClient) {
		String oldClient = client;
		client = newClient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ENGAGEMENT__CLIENT, oldClient, client));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getConsultants() {
		if (consultants == null) {
			consultants = new EDataTypeUniqueEList<String>(String.class, this, FulcrumPackage.ENGAGEMENT__CONSULTANTS);
		}
		return consultants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ENGAGEMENT__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ENGAGEMENT__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EngagementStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(EngagementStatus newStatus) {
		EngagementStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ENGAGEMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfidentialityPolicy getConfidentiality() {
		return confidentiality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConfidentiality(ConfidentialityPolicy newConfidentiality, NotificationChain msgs) {
		ConfidentialityPolicy oldConfidentiality = confidentiality;
		confidentiality = newConfidentiality;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FulcrumPackage.ENGAGEMENT__CONFIDENTIALITY, oldConfidentiality, newConfidentiality);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidentiality(ConfidentialityPolicy newConfidentiality) {
		if (newConfidentiality != confidentiality) {
			NotificationChain msgs = null;
			if (confidentiality != null)
				msgs = ((InternalEObject)confidentiality).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FulcrumPackage.ENGAGEMENT__CONFIDENTIALITY, null, msgs);
			if (newConfidentiality != null)
				msgs = ((InternalEObject)newConfidentiality).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FulcrumPackage.ENGAGEMENT__CONFIDENTIALITY, null, msgs);
			msgs = basicSetConfidentiality(newConfidentiality, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ENGAGEMENT__CONFIDENTIALITY, newConfidentiality, newConfidentiality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IssuePolicy getIssuePolicy() {
		return issuePolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIssuePolicy(IssuePolicy newIssuePolicy, NotificationChain msgs) {
		IssuePolicy oldIssuePolicy = issuePolicy;
		issuePolicy = newIssuePolicy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FulcrumPackage.ENGAGEMENT__ISSUE_POLICY, oldIssuePolicy, newIssuePolicy);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuePolicy(IssuePolicy newIssuePolicy) {
		if (newIssuePolicy != issuePolicy) {
			NotificationChain msgs = null;
			if (issuePolicy != null)
				msgs = ((InternalEObject)issuePolicy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FulcrumPackage.ENGAGEMENT__ISSUE_POLICY, null, msgs);
			if (newIssuePolicy != null)
				msgs = ((InternalEObject)newIssuePolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FulcrumPackage.ENGAGEMENT__ISSUE_POLICY, null, msgs);
			msgs = basicSetIssuePolicy(newIssuePolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ENGAGEMENT__ISSUE_POLICY, newIssuePolicy, newIssuePolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PartnerOrganization> getPartners() {
		if (partners == null) {
			partners = new EObjectContainmentEList<PartnerOrganization>(PartnerOrganization.class, this, FulcrumPackage.ENGAGEMENT__PARTNERS);
		}
		return partners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPeople() {
		if (people == null) {
			people = new EObjectContainmentEList<Person>(Person.class, this, FulcrumPackage.ENGAGEMENT__PEOPLE);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instrument> getInstruments() {
		if (instruments == null) {
			instruments = new EObjectContainmentEList<Instrument>(Instrument.class, this, FulcrumPackage.ENGAGEMENT__INSTRUMENTS);
		}
		return instruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentEList<Assessment>(Assessment.class, this, FulcrumPackage.ENGAGEMENT__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DevelopmentPlan> getPlans() {
		if (plans == null) {
			plans = new EObjectContainmentEList<DevelopmentPlan>(DevelopmentPlan.class, this, FulcrumPackage.ENGAGEMENT__PLANS);
		}
		return plans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CoachingProgram> getPrograms() {
		if (programs == null) {
			programs = new EObjectContainmentEList<CoachingProgram>(CoachingProgram.class, this, FulcrumPackage.ENGAGEMENT__PROGRAMS);
		}
		return programs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PartnerCoachingSession> getPartnerSessions() {
		if (partnerSessions == null) {
			partnerSessions = new EObjectContainmentEList<PartnerCoachingSession>(PartnerCoachingSession.class, this, FulcrumPackage.ENGAGEMENT__PARTNER_SESSIONS);
		}
		return partnerSessions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PartnerIssue> getIssues() {
		if (issues == null) {
			issues = new EObjectContainmentEList<PartnerIssue>(PartnerIssue.class, this, FulcrumPackage.ENGAGEMENT__ISSUES);
		}
		return issues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<org.fulcrum.model.Notification> getOutbox() {
		if (outbox == null) {
			outbox = new EObjectContainmentEList<org.fulcrum.model.Notification>(org.fulcrum.model.Notification.class, this, FulcrumPackage.ENGAGEMENT__OUTBOX);
		}
		return outbox;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportRelease> getReleases() {
		if (releases == null) {
			releases = new EObjectContainmentEList<ReportRelease>(ReportRelease.class, this, FulcrumPackage.ENGAGEMENT__RELEASES);
		}
		return releases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FulcrumPackage.ENGAGEMENT__CONFIDENTIALITY:
				return basicSetConfidentiality(null, msgs);
			case FulcrumPackage.ENGAGEMENT__ISSUE_POLICY:
				return basicSetIssuePolicy(null, msgs);
			case FulcrumPackage.ENGAGEMENT__PARTNERS:
				return ((InternalEList<?>)getPartners()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.ENGAGEMENT__PEOPLE:
				return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.ENGAGEMENT__INSTRUMENTS:
				return ((InternalEList<?>)getInstruments()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.ENGAGEMENT__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.ENGAGEMENT__PLANS:
				return ((InternalEList<?>)getPlans()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.ENGAGEMENT__PROGRAMS:
				return ((InternalEList<?>)getPrograms()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.ENGAGEMENT__PARTNER_SESSIONS:
				return ((InternalEList<?>)getPartnerSessions()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.ENGAGEMENT__ISSUES:
				return ((InternalEList<?>)getIssues()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.ENGAGEMENT__OUTBOX:
				return ((InternalEList<?>)getOutbox()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.ENGAGEMENT__RELEASES:
				return ((InternalEList<?>)getReleases()).basicRemove(otherEnd, msgs);
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
			case FulcrumPackage.ENGAGEMENT__NAME:
				return getName();
			case FulcrumPackage.ENGAGEMENT__CLIENT:
				return getClient();
			case FulcrumPackage.ENGAGEMENT__CONSULTANTS:
				return getConsultants();
			case FulcrumPackage.ENGAGEMENT__START_DATE:
				return getStartDate();
			case FulcrumPackage.ENGAGEMENT__END_DATE:
				return getEndDate();
			case FulcrumPackage.ENGAGEMENT__STATUS:
				return getStatus();
			case FulcrumPackage.ENGAGEMENT__CONFIDENTIALITY:
				return getConfidentiality();
			case FulcrumPackage.ENGAGEMENT__ISSUE_POLICY:
				return getIssuePolicy();
			case FulcrumPackage.ENGAGEMENT__PARTNERS:
				return getPartners();
			case FulcrumPackage.ENGAGEMENT__PEOPLE:
				return getPeople();
			case FulcrumPackage.ENGAGEMENT__INSTRUMENTS:
				return getInstruments();
			case FulcrumPackage.ENGAGEMENT__ASSESSMENTS:
				return getAssessments();
			case FulcrumPackage.ENGAGEMENT__PLANS:
				return getPlans();
			case FulcrumPackage.ENGAGEMENT__PROGRAMS:
				return getPrograms();
			case FulcrumPackage.ENGAGEMENT__PARTNER_SESSIONS:
				return getPartnerSessions();
			case FulcrumPackage.ENGAGEMENT__ISSUES:
				return getIssues();
			case FulcrumPackage.ENGAGEMENT__OUTBOX:
				return getOutbox();
			case FulcrumPackage.ENGAGEMENT__RELEASES:
				return getReleases();
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
			case FulcrumPackage.ENGAGEMENT__NAME:
				setName((String)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__CLIENT:
				setClient((String)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__CONSULTANTS:
				getConsultants().clear();
				getConsultants().addAll((Collection<? extends String>)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__STATUS:
				setStatus((EngagementStatus)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__CONFIDENTIALITY:
				setConfidentiality((ConfidentialityPolicy)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__ISSUE_POLICY:
				setIssuePolicy((IssuePolicy)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__PARTNERS:
				getPartners().clear();
				getPartners().addAll((Collection<? extends PartnerOrganization>)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__PEOPLE:
				getPeople().clear();
				getPeople().addAll((Collection<? extends Person>)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__INSTRUMENTS:
				getInstruments().clear();
				getInstruments().addAll((Collection<? extends Instrument>)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__PLANS:
				getPlans().clear();
				getPlans().addAll((Collection<? extends DevelopmentPlan>)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__PROGRAMS:
				getPrograms().clear();
				getPrograms().addAll((Collection<? extends CoachingProgram>)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__PARTNER_SESSIONS:
				getPartnerSessions().clear();
				getPartnerSessions().addAll((Collection<? extends PartnerCoachingSession>)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__ISSUES:
				getIssues().clear();
				getIssues().addAll((Collection<? extends PartnerIssue>)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__OUTBOX:
				getOutbox().clear();
				getOutbox().addAll((Collection<? extends org.fulcrum.model.Notification>)newValue);
				return;
			case FulcrumPackage.ENGAGEMENT__RELEASES:
				getReleases().clear();
				getReleases().addAll((Collection<? extends ReportRelease>)newValue);
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
			case FulcrumPackage.ENGAGEMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FulcrumPackage.ENGAGEMENT__CLIENT:
				setClient(CLIENT_EDEFAULT);
				return;
			case FulcrumPackage.ENGAGEMENT__CONSULTANTS:
				getConsultants().clear();
				return;
			case FulcrumPackage.ENGAGEMENT__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case FulcrumPackage.ENGAGEMENT__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case FulcrumPackage.ENGAGEMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case FulcrumPackage.ENGAGEMENT__CONFIDENTIALITY:
				setConfidentiality((ConfidentialityPolicy)null);
				return;
			case FulcrumPackage.ENGAGEMENT__ISSUE_POLICY:
				setIssuePolicy((IssuePolicy)null);
				return;
			case FulcrumPackage.ENGAGEMENT__PARTNERS:
				getPartners().clear();
				return;
			case FulcrumPackage.ENGAGEMENT__PEOPLE:
				getPeople().clear();
				return;
			case FulcrumPackage.ENGAGEMENT__INSTRUMENTS:
				getInstruments().clear();
				return;
			case FulcrumPackage.ENGAGEMENT__ASSESSMENTS:
				getAssessments().clear();
				return;
			case FulcrumPackage.ENGAGEMENT__PLANS:
				getPlans().clear();
				return;
			case FulcrumPackage.ENGAGEMENT__PROGRAMS:
				getPrograms().clear();
				return;
			case FulcrumPackage.ENGAGEMENT__PARTNER_SESSIONS:
				getPartnerSessions().clear();
				return;
			case FulcrumPackage.ENGAGEMENT__ISSUES:
				getIssues().clear();
				return;
			case FulcrumPackage.ENGAGEMENT__OUTBOX:
				getOutbox().clear();
				return;
			case FulcrumPackage.ENGAGEMENT__RELEASES:
				getReleases().clear();
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
			case FulcrumPackage.ENGAGEMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FulcrumPackage.ENGAGEMENT__CLIENT:
				return CLIENT_EDEFAULT == null ? client != null : !CLIENT_EDEFAULT.equals(client);
			case FulcrumPackage.ENGAGEMENT__CONSULTANTS:
				return consultants != null && !consultants.isEmpty();
			case FulcrumPackage.ENGAGEMENT__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case FulcrumPackage.ENGAGEMENT__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case FulcrumPackage.ENGAGEMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case FulcrumPackage.ENGAGEMENT__CONFIDENTIALITY:
				return confidentiality != null;
			case FulcrumPackage.ENGAGEMENT__ISSUE_POLICY:
				return issuePolicy != null;
			case FulcrumPackage.ENGAGEMENT__PARTNERS:
				return partners != null && !partners.isEmpty();
			case FulcrumPackage.ENGAGEMENT__PEOPLE:
				return people != null && !people.isEmpty();
			case FulcrumPackage.ENGAGEMENT__INSTRUMENTS:
				return instruments != null && !instruments.isEmpty();
			case FulcrumPackage.ENGAGEMENT__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case FulcrumPackage.ENGAGEMENT__PLANS:
				return plans != null && !plans.isEmpty();
			case FulcrumPackage.ENGAGEMENT__PROGRAMS:
				return programs != null && !programs.isEmpty();
			case FulcrumPackage.ENGAGEMENT__PARTNER_SESSIONS:
				return partnerSessions != null && !partnerSessions.isEmpty();
			case FulcrumPackage.ENGAGEMENT__ISSUES:
				return issues != null && !issues.isEmpty();
			case FulcrumPackage.ENGAGEMENT__OUTBOX:
				return outbox != null && !outbox.isEmpty();
			case FulcrumPackage.ENGAGEMENT__RELEASES:
				return releases != null && !releases.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", client: ");
		result.append(client);
		result.append(", consultants: ");
		result.append(consultants);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //EngagementImpl
