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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.fulcrum.model.Action;
import org.fulcrum.model.ActionOption;
import org.fulcrum.model.ChecklistEntry;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.PartnerSessionKind;
import org.fulcrum.model.Person;
import org.fulcrum.model.Question;
import org.fulcrum.model.Stance;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Partner Coaching Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl#getPartnerManager <em>Partner Manager</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl#getPartner <em>Partner</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl#getCoachees <em>Coachees</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl#getSituation <em>Situation</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl#getPartnerGoal <em>Partner Goal</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl#getQuestions <em>Questions</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl#getOptions <em>Options</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl#getObservedStance <em>Observed Stance</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl#getReview <em>Review</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PartnerCoachingSessionImpl extends IdentifiedImpl implements PartnerCoachingSession {
	/**
	 * The cached value of the '{@link #getPartnerManager() <em>Partner Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerManager()
	 * @generated
	 * @ordered
	 */
	protected PartnerManager partnerManager;

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
	 * The cached value of the '{@link #getCoachees() <em>Coachees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoachees()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> coachees;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PartnerSessionKind KIND_EDEFAULT = PartnerSessionKind.OPPORTUNITY_REVIEW;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PartnerSessionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected int durationMinutes = DURATION_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected static final String TOPIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected String topic = TOPIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getSituation() <em>Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSituation()
	 * @generated
	 * @ordered
	 */
	protected static final String SITUATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSituation() <em>Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSituation()
	 * @generated
	 * @ordered
	 */
	protected String situation = SITUATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartnerGoal() <em>Partner Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerGoal()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTNER_GOAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartnerGoal() <em>Partner Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerGoal()
	 * @generated
	 * @ordered
	 */
	protected String partnerGoal = PARTNER_GOAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuestions() <em>Questions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestions()
	 * @generated
	 * @ordered
	 */
	protected EList<Question> questions;

	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<ActionOption> options;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<Action> actions;

	/**
	 * The default value of the '{@link #getObservedStance() <em>Observed Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedStance()
	 * @generated
	 * @ordered
	 */
	protected static final Stance OBSERVED_STANCE_EDEFAULT = Stance.COACH;

	/**
	 * The cached value of the '{@link #getObservedStance() <em>Observed Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedStance()
	 * @generated
	 * @ordered
	 */
	protected Stance observedStance = OBSERVED_STANCE_EDEFAULT;

	/**
	 * This is true if the Observed Stance attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean observedStanceESet;

	/**
	 * The cached value of the '{@link #getReview() <em>Review</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReview()
	 * @generated
	 * @ordered
	 */
	protected EList<ChecklistEntry> review;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartnerCoachingSessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.PARTNER_COACHING_SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerManager getPartnerManager() {
		if (partnerManager != null && partnerManager.eIsProxy()) {
			InternalEObject oldPartnerManager = (InternalEObject)partnerManager;
			partnerManager = (PartnerManager)eResolveProxy(oldPartnerManager);
			if (partnerManager != oldPartnerManager) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER_MANAGER, oldPartnerManager, partnerManager));
			}
		}
		return partnerManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnerManager basicGetPartnerManager() {
		return partnerManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartnerManager(PartnerManager newPartnerManager) {
		PartnerManager oldPartnerManager = partnerManager;
		partnerManager = newPartnerManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER_MANAGER, oldPartnerManager, partnerManager));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER, oldPartner, partner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER, oldPartner, partner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getCoachees() {
		if (coachees == null) {
			coachees = new EObjectResolvingEList<Person>(Person.class, this, FulcrumPackage.PARTNER_COACHING_SESSION__COACHEES);
		}
		return coachees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerSessionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PartnerSessionKind newKind) {
		PartnerSessionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_COACHING_SESSION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_COACHING_SESSION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationMinutes() {
		return durationMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMinutes(int newDurationMinutes) {
		int oldDurationMinutes = durationMinutes;
		durationMinutes = newDurationMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_COACHING_SESSION__DURATION_MINUTES, oldDurationMinutes, durationMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTopic() {
		return topic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopic(String newTopic) {
		String oldTopic = topic;
		topic = newTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_COACHING_SESSION__TOPIC, oldTopic, topic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSituation() {
		return situation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSituation(String newSituation) {
		String oldSituation = situation;
		situation = newSituation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_COACHING_SESSION__SITUATION, oldSituation, situation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartnerGoal() {
		return partnerGoal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartnerGoal(String newPartnerGoal) {
		String oldPartnerGoal = partnerGoal;
		partnerGoal = newPartnerGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER_GOAL, oldPartnerGoal, partnerGoal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Question> getQuestions() {
		if (questions == null) {
			questions = new EObjectContainmentEList<Question>(Question.class, this, FulcrumPackage.PARTNER_COACHING_SESSION__QUESTIONS);
		}
		return questions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActionOption> getOptions() {
		if (options == null) {
			options = new EObjectContainmentEList<ActionOption>(ActionOption.class, this, FulcrumPackage.PARTNER_COACHING_SESSION__OPTIONS);
		}
		return options;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Action> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<Action>(Action.class, this, FulcrumPackage.PARTNER_COACHING_SESSION__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stance getObservedStance() {
		return observedStance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservedStance(Stance newObservedStance) {
		Stance oldObservedStance = observedStance;
		observedStance = newObservedStance == null ? OBSERVED_STANCE_EDEFAULT : newObservedStance;
		boolean oldObservedStanceESet = observedStanceESet;
		observedStanceESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_COACHING_SESSION__OBSERVED_STANCE, oldObservedStance, observedStance, !oldObservedStanceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetObservedStance() {
		Stance oldObservedStance = observedStance;
		boolean oldObservedStanceESet = observedStanceESet;
		observedStance = OBSERVED_STANCE_EDEFAULT;
		observedStanceESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, FulcrumPackage.PARTNER_COACHING_SESSION__OBSERVED_STANCE, oldObservedStance, OBSERVED_STANCE_EDEFAULT, oldObservedStanceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetObservedStance() {
		return observedStanceESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChecklistEntry> getReview() {
		if (review == null) {
			review = new EObjectContainmentEList<ChecklistEntry>(ChecklistEntry.class, this, FulcrumPackage.PARTNER_COACHING_SESSION__REVIEW);
		}
		return review;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_COACHING_SESSION__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FulcrumPackage.PARTNER_COACHING_SESSION__QUESTIONS:
				return ((InternalEList<?>)getQuestions()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.PARTNER_COACHING_SESSION__OPTIONS:
				return ((InternalEList<?>)getOptions()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.PARTNER_COACHING_SESSION__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.PARTNER_COACHING_SESSION__REVIEW:
				return ((InternalEList<?>)getReview()).basicRemove(otherEnd, msgs);
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
			case FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER_MANAGER:
				if (resolve) return getPartnerManager();
				return basicGetPartnerManager();
			case FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER:
				if (resolve) return getPartner();
				return basicGetPartner();
			case FulcrumPackage.PARTNER_COACHING_SESSION__COACHEES:
				return getCoachees();
			case FulcrumPackage.PARTNER_COACHING_SESSION__KIND:
				return getKind();
			case FulcrumPackage.PARTNER_COACHING_SESSION__DATE:
				return getDate();
			case FulcrumPackage.PARTNER_COACHING_SESSION__DURATION_MINUTES:
				return getDurationMinutes();
			case FulcrumPackage.PARTNER_COACHING_SESSION__TOPIC:
				return getTopic();
			case FulcrumPackage.PARTNER_COACHING_SESSION__SITUATION:
				return getSituation();
			case FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER_GOAL:
				return getPartnerGoal();
			case FulcrumPackage.PARTNER_COACHING_SESSION__QUESTIONS:
				return getQuestions();
			case FulcrumPackage.PARTNER_COACHING_SESSION__OPTIONS:
				return getOptions();
			case FulcrumPackage.PARTNER_COACHING_SESSION__ACTIONS:
				return getActions();
			case FulcrumPackage.PARTNER_COACHING_SESSION__OBSERVED_STANCE:
				return getObservedStance();
			case FulcrumPackage.PARTNER_COACHING_SESSION__REVIEW:
				return getReview();
			case FulcrumPackage.PARTNER_COACHING_SESSION__NOTES:
				return getNotes();
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
			case FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER_MANAGER:
				setPartnerManager((PartnerManager)newValue);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER:
				setPartner((PartnerOrganization)newValue);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__COACHEES:
				getCoachees().clear();
				getCoachees().addAll((Collection<? extends Person>)newValue);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__KIND:
				setKind((PartnerSessionKind)newValue);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__DATE:
				setDate((LocalDate)newValue);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__DURATION_MINUTES:
				setDurationMinutes((Integer)newValue);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__TOPIC:
				setTopic((String)newValue);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__SITUATION:
				setSituation((String)newValue);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER_GOAL:
				setPartnerGoal((String)newValue);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__QUESTIONS:
				getQuestions().clear();
				getQuestions().addAll((Collection<? extends Question>)newValue);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__OPTIONS:
				getOptions().clear();
				getOptions().addAll((Collection<? extends ActionOption>)newValue);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends Action>)newValue);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__OBSERVED_STANCE:
				setObservedStance((Stance)newValue);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__REVIEW:
				getReview().clear();
				getReview().addAll((Collection<? extends ChecklistEntry>)newValue);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__NOTES:
				setNotes((String)newValue);
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
			case FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER_MANAGER:
				setPartnerManager((PartnerManager)null);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER:
				setPartner((PartnerOrganization)null);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__COACHEES:
				getCoachees().clear();
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__DURATION_MINUTES:
				setDurationMinutes(DURATION_MINUTES_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__TOPIC:
				setTopic(TOPIC_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__SITUATION:
				setSituation(SITUATION_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER_GOAL:
				setPartnerGoal(PARTNER_GOAL_EDEFAULT);
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__QUESTIONS:
				getQuestions().clear();
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__OPTIONS:
				getOptions().clear();
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__ACTIONS:
				getActions().clear();
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__OBSERVED_STANCE:
				unsetObservedStance();
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__REVIEW:
				getReview().clear();
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER_MANAGER:
				return partnerManager != null;
			case FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER:
				return partner != null;
			case FulcrumPackage.PARTNER_COACHING_SESSION__COACHEES:
				return coachees != null && !coachees.isEmpty();
			case FulcrumPackage.PARTNER_COACHING_SESSION__KIND:
				return kind != KIND_EDEFAULT;
			case FulcrumPackage.PARTNER_COACHING_SESSION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case FulcrumPackage.PARTNER_COACHING_SESSION__DURATION_MINUTES:
				return durationMinutes != DURATION_MINUTES_EDEFAULT;
			case FulcrumPackage.PARTNER_COACHING_SESSION__TOPIC:
				return TOPIC_EDEFAULT == null ? topic != null : !TOPIC_EDEFAULT.equals(topic);
			case FulcrumPackage.PARTNER_COACHING_SESSION__SITUATION:
				return SITUATION_EDEFAULT == null ? situation != null : !SITUATION_EDEFAULT.equals(situation);
			case FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER_GOAL:
				return PARTNER_GOAL_EDEFAULT == null ? partnerGoal != null : !PARTNER_GOAL_EDEFAULT.equals(partnerGoal);
			case FulcrumPackage.PARTNER_COACHING_SESSION__QUESTIONS:
				return questions != null && !questions.isEmpty();
			case FulcrumPackage.PARTNER_COACHING_SESSION__OPTIONS:
				return options != null && !options.isEmpty();
			case FulcrumPackage.PARTNER_COACHING_SESSION__ACTIONS:
				return actions != null && !actions.isEmpty();
			case FulcrumPackage.PARTNER_COACHING_SESSION__OBSERVED_STANCE:
				return isSetObservedStance();
			case FulcrumPackage.PARTNER_COACHING_SESSION__REVIEW:
				return review != null && !review.isEmpty();
			case FulcrumPackage.PARTNER_COACHING_SESSION__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", date: ");
		result.append(date);
		result.append(", durationMinutes: ");
		result.append(durationMinutes);
		result.append(", topic: ");
		result.append(topic);
		result.append(", situation: ");
		result.append(situation);
		result.append(", partnerGoal: ");
		result.append(partnerGoal);
		result.append(", observedStance: ");
		if (observedStanceESet) result.append(observedStance); else result.append("<unset>");
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //PartnerCoachingSessionImpl
