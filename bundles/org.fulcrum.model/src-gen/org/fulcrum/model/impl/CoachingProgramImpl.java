/**
 */
package org.fulcrum.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Coaching Program</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.CoachingProgramImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingProgramImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingProgramImpl#getParticipant <em>Participant</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingProgramImpl#getCoach <em>Coach</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingProgramImpl#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingProgramImpl#getExpectations <em>Expectations</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CoachingProgramImpl#getAccountability <em>Accountability</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CoachingProgramImpl extends IdentifiedImpl implements CoachingProgram {
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
	 * The default value of the '{@link #getTemplate() <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected String template = TEMPLATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParticipant() <em>Participant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipant()
	 * @generated
	 * @ordered
	 */
	protected PartnerManager participant;

	/**
	 * The cached value of the '{@link #getCoach() <em>Coach</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoach()
	 * @generated
	 * @ordered
	 */
	protected Person coach;

	/**
	 * The cached value of the '{@link #getSessions() <em>Sessions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessions()
	 * @generated
	 * @ordered
	 */
	protected EList<CoachingSession> sessions;

	/**
	 * The default value of the '{@link #getExpectations() <em>Expectations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectations()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPECTATIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectations() <em>Expectations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectations()
	 * @generated
	 * @ordered
	 */
	protected String expectations = EXPECTATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccountability() <em>Accountability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountability()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCOUNTABILITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccountability() <em>Accountability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountability()
	 * @generated
	 * @ordered
	 */
	protected String accountability = ACCOUNTABILITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CoachingProgramImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.COACHING_PROGRAM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COACHING_PROGRAM__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(String newTemplate) {
		String oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COACHING_PROGRAM__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerManager getParticipant() {
		if (participant != null && participant.eIsProxy()) {
			InternalEObject oldParticipant = (InternalEObject)participant;
			participant = (PartnerManager)eResolveProxy(oldParticipant);
			if (participant != oldParticipant) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.COACHING_PROGRAM__PARTICIPANT, oldParticipant, participant));
			}
		}
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnerManager basicGetParticipant() {
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParticipant(PartnerManager newParticipant) {
		PartnerManager oldParticipant = participant;
		participant = newParticipant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COACHING_PROGRAM__PARTICIPANT, oldParticipant, participant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getCoach() {
		if (coach != null && coach.eIsProxy()) {
			InternalEObject oldCoach = (InternalEObject)coach;
			coach = (Person)eResolveProxy(oldCoach);
			if (coach != oldCoach) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.COACHING_PROGRAM__COACH, oldCoach, coach));
			}
		}
		return coach;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetCoach() {
		return coach;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoach(Person newCoach) {
		Person oldCoach = coach;
		coach = newCoach;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COACHING_PROGRAM__COACH, oldCoach, coach));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CoachingSession> getSessions() {
		if (sessions == null) {
			sessions = new EObjectContainmentEList<CoachingSession>(CoachingSession.class, this, FulcrumPackage.COACHING_PROGRAM__SESSIONS);
		}
		return sessions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpectations() {
		return expectations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectations(String newExpectations) {
		String oldExpectations = expectations;
		expectations = newExpectations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COACHING_PROGRAM__EXPECTATIONS, oldExpectations, expectations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccountability() {
		return accountability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountability(String newAccountability) {
		String oldAccountability = accountability;
		accountability = newAccountability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COACHING_PROGRAM__ACCOUNTABILITY, oldAccountability, accountability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FulcrumPackage.COACHING_PROGRAM__SESSIONS:
				return ((InternalEList<?>)getSessions()).basicRemove(otherEnd, msgs);
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
			case FulcrumPackage.COACHING_PROGRAM__NAME:
				return getName();
			case FulcrumPackage.COACHING_PROGRAM__TEMPLATE:
				return getTemplate();
			case FulcrumPackage.COACHING_PROGRAM__PARTICIPANT:
				if (resolve) return getParticipant();
				return basicGetParticipant();
			case FulcrumPackage.COACHING_PROGRAM__COACH:
				if (resolve) return getCoach();
				return basicGetCoach();
			case FulcrumPackage.COACHING_PROGRAM__SESSIONS:
				return getSessions();
			case FulcrumPackage.COACHING_PROGRAM__EXPECTATIONS:
				return getExpectations();
			case FulcrumPackage.COACHING_PROGRAM__ACCOUNTABILITY:
				return getAccountability();
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
			case FulcrumPackage.COACHING_PROGRAM__NAME:
				setName((String)newValue);
				return;
			case FulcrumPackage.COACHING_PROGRAM__TEMPLATE:
				setTemplate((String)newValue);
				return;
			case FulcrumPackage.COACHING_PROGRAM__PARTICIPANT:
				setParticipant((PartnerManager)newValue);
				return;
			case FulcrumPackage.COACHING_PROGRAM__COACH:
				setCoach((Person)newValue);
				return;
			case FulcrumPackage.COACHING_PROGRAM__SESSIONS:
				getSessions().clear();
				getSessions().addAll((Collection<? extends CoachingSession>)newValue);
				return;
			case FulcrumPackage.COACHING_PROGRAM__EXPECTATIONS:
				setExpectations((String)newValue);
				return;
			case FulcrumPackage.COACHING_PROGRAM__ACCOUNTABILITY:
				setAccountability((String)newValue);
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
			case FulcrumPackage.COACHING_PROGRAM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FulcrumPackage.COACHING_PROGRAM__TEMPLATE:
				setTemplate(TEMPLATE_EDEFAULT);
				return;
			case FulcrumPackage.COACHING_PROGRAM__PARTICIPANT:
				setParticipant((PartnerManager)null);
				return;
			case FulcrumPackage.COACHING_PROGRAM__COACH:
				setCoach((Person)null);
				return;
			case FulcrumPackage.COACHING_PROGRAM__SESSIONS:
				getSessions().clear();
				return;
			case FulcrumPackage.COACHING_PROGRAM__EXPECTATIONS:
				setExpectations(EXPECTATIONS_EDEFAULT);
				return;
			case FulcrumPackage.COACHING_PROGRAM__ACCOUNTABILITY:
				setAccountability(ACCOUNTABILITY_EDEFAULT);
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
			case FulcrumPackage.COACHING_PROGRAM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FulcrumPackage.COACHING_PROGRAM__TEMPLATE:
				return TEMPLATE_EDEFAULT == null ? template != null : !TEMPLATE_EDEFAULT.equals(template);
			case FulcrumPackage.COACHING_PROGRAM__PARTICIPANT:
				return participant != null;
			case FulcrumPackage.COACHING_PROGRAM__COACH:
				return coach != null;
			case FulcrumPackage.COACHING_PROGRAM__SESSIONS:
				return sessions != null && !sessions.isEmpty();
			case FulcrumPackage.COACHING_PROGRAM__EXPECTATIONS:
				return EXPECTATIONS_EDEFAULT == null ? expectations != null : !EXPECTATIONS_EDEFAULT.equals(expectations);
			case FulcrumPackage.COACHING_PROGRAM__ACCOUNTABILITY:
				return ACCOUNTABILITY_EDEFAULT == null ? accountability != null : !ACCOUNTABILITY_EDEFAULT.equals(accountability);
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
		result.append(", template: ");
		result.append(template);
		result.append(", expectations: ");
		result.append(expectations);
		result.append(", accountability: ");
		result.append(accountability);
		result.append(')');
		return result.toString();
	}

} //CoachingProgramImpl
