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

import org.fulcrum.model.Action;
import org.fulcrum.model.ChecklistEntry;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Goal;
import org.fulcrum.model.Question;
import org.fulcrum.model.SessionFormat;
import org.fulcrum.model.SessionStatus;
import org.fulcrum.model.Stance;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Coaching Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.CoachingSessionImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingSessionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingSessionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingSessionImpl#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingSessionImpl#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingSessionImpl#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingSessionImpl#getSituation <em>Situation</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingSessionImpl#getQuestions <em>Questions</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingSessionImpl#getOptions <em>Options</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingSessionImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingSessionImpl#getObservedStance <em>Observed Stance</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingSessionImpl#getReview <em>Review</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CoachingSessionImpl extends IdentifiedImpl implements CoachingSession {
	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final SessionFormat FORMAT_EDEFAULT = SessionFormat.WORKSHOP;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected SessionFormat format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final SessionStatus STATUS_EDEFAULT = SessionStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected SessionStatus status = STATUS_EDEFAULT;

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
	 * The cached value of the '{@link #getGoal() <em>Goal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected Goal goal;

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
	 * The cached value of the '{@link #getQuestions() <em>Questions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestions()
	 * @generated
	 * @ordered
	 */
	protected EList<Question> questions;

	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> options;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CoachingSessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.COACHING_SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(SessionFormat newFormat) {
		SessionFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COACHING_SESSION__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(SessionStatus newStatus) {
		SessionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COACHING_SESSION__STATUS, oldStatus, status));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COACHING_SESSION__DATE, oldDate, date));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COACHING_SESSION__DURATION_MINUTES, oldDurationMinutes, durationMinutes));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COACHING_SESSION__TOPIC, oldTopic, topic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Goal getGoal() {
		if (goal != null && goal.eIsProxy()) {
			InternalEObject oldGoal = (InternalEObject)goal;
			goal = (Goal)eResolveProxy(oldGoal);
			if (goal != oldGoal) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.COACHING_SESSION__GOAL, oldGoal, goal));
			}
		}
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Goal basicGetGoal() {
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoal(Goal newGoal) {
		Goal oldGoal = goal;
		goal = newGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COACHING_SESSION__GOAL, oldGoal, goal));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COACHING_SESSION__SITUATION, oldSituation, situation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Question> getQuestions() {
		if (questions == null) {
			questions = new EObjectContainmentEList<Question>(Question.class, this, FulcrumPackage.COACHING_SESSION__QUESTIONS);
		}
		return questions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOptions() {
		if (options == null) {
			options = new EDataTypeUniqueEList<String>(String.class, this, FulcrumPackage.COACHING_SESSION__OPTIONS);
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
			actions = new EObjectContainmentEList<Action>(Action.class, this, FulcrumPackage.COACHING_SESSION__ACTIONS);
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
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COACHING_SESSION__OBSERVED_STANCE, oldObservedStance, observedStance, !oldObservedStanceESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, FulcrumPackage.COACHING_SESSION__OBSERVED_STANCE, oldObservedStance, OBSERVED_STANCE_EDEFAULT, oldObservedStanceESet));
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
			review = new EObjectContainmentEList<ChecklistEntry>(ChecklistEntry.class, this, FulcrumPackage.COACHING_SESSION__REVIEW);
		}
		return review;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FulcrumPackage.COACHING_SESSION__QUESTIONS:
				return ((InternalEList<?>)getQuestions()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.COACHING_SESSION__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.COACHING_SESSION__REVIEW:
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
			case FulcrumPackage.COACHING_SESSION__FORMAT:
				return getFormat();
			case FulcrumPackage.COACHING_SESSION__STATUS:
				return getStatus();
			case FulcrumPackage.COACHING_SESSION__DATE:
				return getDate();
			case FulcrumPackage.COACHING_SESSION__DURATION_MINUTES:
				return getDurationMinutes();
			case FulcrumPackage.COACHING_SESSION__TOPIC:
				return getTopic();
			case FulcrumPackage.COACHING_SESSION__GOAL:
				if (resolve) return getGoal();
				return basicGetGoal();
			case FulcrumPackage.COACHING_SESSION__SITUATION:
				return getSituation();
			case FulcrumPackage.COACHING_SESSION__QUESTIONS:
				return getQuestions();
			case FulcrumPackage.COACHING_SESSION__OPTIONS:
				return getOptions();
			case FulcrumPackage.COACHING_SESSION__ACTIONS:
				return getActions();
			case FulcrumPackage.COACHING_SESSION__OBSERVED_STANCE:
				return getObservedStance();
			case FulcrumPackage.COACHING_SESSION__REVIEW:
				return getReview();
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
			case FulcrumPackage.COACHING_SESSION__FORMAT:
				setFormat((SessionFormat)newValue);
				return;
			case FulcrumPackage.COACHING_SESSION__STATUS:
				setStatus((SessionStatus)newValue);
				return;
			case FulcrumPackage.COACHING_SESSION__DATE:
				setDate((LocalDate)newValue);
				return;
			case FulcrumPackage.COACHING_SESSION__DURATION_MINUTES:
				setDurationMinutes((Integer)newValue);
				return;
			case FulcrumPackage.COACHING_SESSION__TOPIC:
				setTopic((String)newValue);
				return;
			case FulcrumPackage.COACHING_SESSION__GOAL:
				setGoal((Goal)newValue);
				return;
			case FulcrumPackage.COACHING_SESSION__SITUATION:
				setSituation((String)newValue);
				return;
			case FulcrumPackage.COACHING_SESSION__QUESTIONS:
				getQuestions().clear();
				getQuestions().addAll((Collection<? extends Question>)newValue);
				return;
			case FulcrumPackage.COACHING_SESSION__OPTIONS:
				getOptions().clear();
				getOptions().addAll((Collection<? extends String>)newValue);
				return;
			case FulcrumPackage.COACHING_SESSION__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends Action>)newValue);
				return;
			case FulcrumPackage.COACHING_SESSION__OBSERVED_STANCE:
				setObservedStance((Stance)newValue);
				return;
			case FulcrumPackage.COACHING_SESSION__REVIEW:
				getReview().clear();
				getReview().addAll((Collection<? extends ChecklistEntry>)newValue);
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
			case FulcrumPackage.COACHING_SESSION__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case FulcrumPackage.COACHING_SESSION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case FulcrumPackage.COACHING_SESSION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case FulcrumPackage.COACHING_SESSION__DURATION_MINUTES:
				setDurationMinutes(DURATION_MINUTES_EDEFAULT);
				return;
			case FulcrumPackage.COACHING_SESSION__TOPIC:
				setTopic(TOPIC_EDEFAULT);
				return;
			case FulcrumPackage.COACHING_SESSION__GOAL:
				setGoal((Goal)null);
				return;
			case FulcrumPackage.COACHING_SESSION__SITUATION:
				setSituation(SITUATION_EDEFAULT);
				return;
			case FulcrumPackage.COACHING_SESSION__QUESTIONS:
				getQuestions().clear();
				return;
			case FulcrumPackage.COACHING_SESSION__OPTIONS:
				getOptions().clear();
				return;
			case FulcrumPackage.COACHING_SESSION__ACTIONS:
				getActions().clear();
				return;
			case FulcrumPackage.COACHING_SESSION__OBSERVED_STANCE:
				unsetObservedStance();
				return;
			case FulcrumPackage.COACHING_SESSION__REVIEW:
				getReview().clear();
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
			case FulcrumPackage.COACHING_SESSION__FORMAT:
				return format != FORMAT_EDEFAULT;
			case FulcrumPackage.COACHING_SESSION__STATUS:
				return status != STATUS_EDEFAULT;
			case FulcrumPackage.COACHING_SESSION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case FulcrumPackage.COACHING_SESSION__DURATION_MINUTES:
				return durationMinutes != DURATION_MINUTES_EDEFAULT;
			case FulcrumPackage.COACHING_SESSION__TOPIC:
				return TOPIC_EDEFAULT == null ? topic != null : !TOPIC_EDEFAULT.equals(topic);
			case FulcrumPackage.COACHING_SESSION__GOAL:
				return goal != null;
			case FulcrumPackage.COACHING_SESSION__SITUATION:
				return SITUATION_EDEFAULT == null ? situation != null : !SITUATION_EDEFAULT.equals(situation);
			case FulcrumPackage.COACHING_SESSION__QUESTIONS:
				return questions != null && !questions.isEmpty();
			case FulcrumPackage.COACHING_SESSION__OPTIONS:
				return options != null && !options.isEmpty();
			case FulcrumPackage.COACHING_SESSION__ACTIONS:
				return actions != null && !actions.isEmpty();
			case FulcrumPackage.COACHING_SESSION__OBSERVED_STANCE:
				return isSetObservedStance();
			case FulcrumPackage.COACHING_SESSION__REVIEW:
				return review != null && !review.isEmpty();
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
		result.append(" (format: ");
		result.append(format);
		result.append(", status: ");
		result.append(status);
		result.append(", date: ");
		result.append(date);
		result.append(", durationMinutes: ");
		result.append(durationMinutes);
		result.append(", topic: ");
		result.append(topic);
		result.append(", situation: ");
		result.append(situation);
		result.append(", options: ");
		result.append(options);
		result.append(", observedStance: ");
		if (observedStanceESet) result.append(observedStance); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //CoachingSessionImpl
