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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.fulcrum.model.EscalationContact;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.IssuePolicy;
import org.fulcrum.model.PriorityTarget;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Issue Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.IssuePolicyImpl#getRecurrenceWindowDays <em>Recurrence Window Days</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.IssuePolicyImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.IssuePolicyImpl#getEscalationPath <em>Escalation Path</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.IssuePolicyImpl#isInformVpOnP1 <em>Inform Vp On P1</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.IssuePolicyImpl#isInformVpOnRecurrence <em>Inform Vp On Recurrence</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.IssuePolicyImpl#isInformVpOnBrokenPromise <em>Inform Vp On Broken Promise</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.IssuePolicyImpl#isLapsesEscalate <em>Lapses Escalate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IssuePolicyImpl extends MinimalEObjectImpl.Container implements IssuePolicy {
	/**
	 * The default value of the '{@link #getRecurrenceWindowDays() <em>Recurrence Window Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrenceWindowDays()
	 * @generated
	 * @ordered
	 */
	protected static final int RECURRENCE_WINDOW_DAYS_EDEFAULT = 90;

	/**
	 * The cached value of the '{@link #getRecurrenceWindowDays() <em>Recurrence Window Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrenceWindowDays()
	 * @generated
	 * @ordered
	 */
	protected int recurrenceWindowDays = RECURRENCE_WINDOW_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<PriorityTarget> targets;

	/**
	 * The cached value of the '{@link #getEscalationPath() <em>Escalation Path</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalationPath()
	 * @generated
	 * @ordered
	 */
	protected EList<EscalationContact> escalationPath;

	/**
	 * The default value of the '{@link #isInformVpOnP1() <em>Inform Vp On P1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInformVpOnP1()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INFORM_VP_ON_P1_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isInformVpOnP1() <em>Inform Vp On P1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInformVpOnP1()
	 * @generated
	 * @ordered
	 */
	protected boolean informVpOnP1 = INFORM_VP_ON_P1_EDEFAULT;

	/**
	 * The default value of the '{@link #isInformVpOnRecurrence() <em>Inform Vp On Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInformVpOnRecurrence()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INFORM_VP_ON_RECURRENCE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isInformVpOnRecurrence() <em>Inform Vp On Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInformVpOnRecurrence()
	 * @generated
	 * @ordered
	 */
	protected boolean informVpOnRecurrence = INFORM_VP_ON_RECURRENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isInformVpOnBrokenPromise() <em>Inform Vp On Broken Promise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInformVpOnBrokenPromise()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INFORM_VP_ON_BROKEN_PROMISE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isInformVpOnBrokenPromise() <em>Inform Vp On Broken Promise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInformVpOnBrokenPromise()
	 * @generated
	 * @ordered
	 */
	protected boolean informVpOnBrokenPromise = INFORM_VP_ON_BROKEN_PROMISE_EDEFAULT;

	/**
	 * The default value of the '{@link #isLapsesEscalate() <em>Lapses Escalate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLapsesEscalate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LAPSES_ESCALATE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isLapsesEscalate() <em>Lapses Escalate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLapsesEscalate()
	 * @generated
	 * @ordered
	 */
	protected boolean lapsesEscalate = LAPSES_ESCALATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IssuePolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.ISSUE_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRecurrenceWindowDays() {
		return recurrenceWindowDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecurrenceWindowDays(int newRecurrenceWindowDays) {
		int oldRecurrenceWindowDays = recurrenceWindowDays;
		recurrenceWindowDays = newRecurrenceWindowDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ISSUE_POLICY__RECURRENCE_WINDOW_DAYS, oldRecurrenceWindowDays, recurrenceWindowDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PriorityTarget> getTargets() {
		if (targets == null) {
			targets = new EObjectContainmentEList<PriorityTarget>(PriorityTarget.class, this, FulcrumPackage.ISSUE_POLICY__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EscalationContact> getEscalationPath() {
		if (escalationPath == null) {
			escalationPath = new EObjectContainmentEList<EscalationContact>(EscalationContact.class, this, FulcrumPackage.ISSUE_POLICY__ESCALATION_PATH);
		}
		return escalationPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInformVpOnP1() {
		return informVpOnP1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInformVpOnP1(boolean newInformVpOnP1) {
		boolean oldInformVpOnP1 = informVpOnP1;
		informVpOnP1 = newInformVpOnP1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ISSUE_POLICY__INFORM_VP_ON_P1, oldInformVpOnP1, informVpOnP1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInformVpOnRecurrence() {
		return informVpOnRecurrence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInformVpOnRecurrence(boolean newInformVpOnRecurrence) {
		boolean oldInformVpOnRecurrence = informVpOnRecurrence;
		informVpOnRecurrence = newInformVpOnRecurrence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ISSUE_POLICY__INFORM_VP_ON_RECURRENCE, oldInformVpOnRecurrence, informVpOnRecurrence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInformVpOnBrokenPromise() {
		return informVpOnBrokenPromise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInformVpOnBrokenPromise(boolean newInformVpOnBrokenPromise) {
		boolean oldInformVpOnBrokenPromise = informVpOnBrokenPromise;
		informVpOnBrokenPromise = newInformVpOnBrokenPromise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ISSUE_POLICY__INFORM_VP_ON_BROKEN_PROMISE, oldInformVpOnBrokenPromise, informVpOnBrokenPromise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLapsesEscalate() {
		return lapsesEscalate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLapsesEscalate(boolean newLapsesEscalate) {
		boolean oldLapsesEscalate = lapsesEscalate;
		lapsesEscalate = newLapsesEscalate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ISSUE_POLICY__LAPSES_ESCALATE, oldLapsesEscalate, lapsesEscalate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FulcrumPackage.ISSUE_POLICY__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.ISSUE_POLICY__ESCALATION_PATH:
				return ((InternalEList<?>)getEscalationPath()).basicRemove(otherEnd, msgs);
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
			case FulcrumPackage.ISSUE_POLICY__RECURRENCE_WINDOW_DAYS:
				return getRecurrenceWindowDays();
			case FulcrumPackage.ISSUE_POLICY__TARGETS:
				return getTargets();
			case FulcrumPackage.ISSUE_POLICY__ESCALATION_PATH:
				return getEscalationPath();
			case FulcrumPackage.ISSUE_POLICY__INFORM_VP_ON_P1:
				return isInformVpOnP1();
			case FulcrumPackage.ISSUE_POLICY__INFORM_VP_ON_RECURRENCE:
				return isInformVpOnRecurrence();
			case FulcrumPackage.ISSUE_POLICY__INFORM_VP_ON_BROKEN_PROMISE:
				return isInformVpOnBrokenPromise();
			case FulcrumPackage.ISSUE_POLICY__LAPSES_ESCALATE:
				return isLapsesEscalate();
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
			case FulcrumPackage.ISSUE_POLICY__RECURRENCE_WINDOW_DAYS:
				setRecurrenceWindowDays((Integer)newValue);
				return;
			case FulcrumPackage.ISSUE_POLICY__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends PriorityTarget>)newValue);
				return;
			case FulcrumPackage.ISSUE_POLICY__ESCALATION_PATH:
				getEscalationPath().clear();
				getEscalationPath().addAll((Collection<? extends EscalationContact>)newValue);
				return;
			case FulcrumPackage.ISSUE_POLICY__INFORM_VP_ON_P1:
				setInformVpOnP1((Boolean)newValue);
				return;
			case FulcrumPackage.ISSUE_POLICY__INFORM_VP_ON_RECURRENCE:
				setInformVpOnRecurrence((Boolean)newValue);
				return;
			case FulcrumPackage.ISSUE_POLICY__INFORM_VP_ON_BROKEN_PROMISE:
				setInformVpOnBrokenPromise((Boolean)newValue);
				return;
			case FulcrumPackage.ISSUE_POLICY__LAPSES_ESCALATE:
				setLapsesEscalate((Boolean)newValue);
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
			case FulcrumPackage.ISSUE_POLICY__RECURRENCE_WINDOW_DAYS:
				setRecurrenceWindowDays(RECURRENCE_WINDOW_DAYS_EDEFAULT);
				return;
			case FulcrumPackage.ISSUE_POLICY__TARGETS:
				getTargets().clear();
				return;
			case FulcrumPackage.ISSUE_POLICY__ESCALATION_PATH:
				getEscalationPath().clear();
				return;
			case FulcrumPackage.ISSUE_POLICY__INFORM_VP_ON_P1:
				setInformVpOnP1(INFORM_VP_ON_P1_EDEFAULT);
				return;
			case FulcrumPackage.ISSUE_POLICY__INFORM_VP_ON_RECURRENCE:
				setInformVpOnRecurrence(INFORM_VP_ON_RECURRENCE_EDEFAULT);
				return;
			case FulcrumPackage.ISSUE_POLICY__INFORM_VP_ON_BROKEN_PROMISE:
				setInformVpOnBrokenPromise(INFORM_VP_ON_BROKEN_PROMISE_EDEFAULT);
				return;
			case FulcrumPackage.ISSUE_POLICY__LAPSES_ESCALATE:
				setLapsesEscalate(LAPSES_ESCALATE_EDEFAULT);
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
			case FulcrumPackage.ISSUE_POLICY__RECURRENCE_WINDOW_DAYS:
				return recurrenceWindowDays != RECURRENCE_WINDOW_DAYS_EDEFAULT;
			case FulcrumPackage.ISSUE_POLICY__TARGETS:
				return targets != null && !targets.isEmpty();
			case FulcrumPackage.ISSUE_POLICY__ESCALATION_PATH:
				return escalationPath != null && !escalationPath.isEmpty();
			case FulcrumPackage.ISSUE_POLICY__INFORM_VP_ON_P1:
				return informVpOnP1 != INFORM_VP_ON_P1_EDEFAULT;
			case FulcrumPackage.ISSUE_POLICY__INFORM_VP_ON_RECURRENCE:
				return informVpOnRecurrence != INFORM_VP_ON_RECURRENCE_EDEFAULT;
			case FulcrumPackage.ISSUE_POLICY__INFORM_VP_ON_BROKEN_PROMISE:
				return informVpOnBrokenPromise != INFORM_VP_ON_BROKEN_PROMISE_EDEFAULT;
			case FulcrumPackage.ISSUE_POLICY__LAPSES_ESCALATE:
				return lapsesEscalate != LAPSES_ESCALATE_EDEFAULT;
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
		result.append(" (recurrenceWindowDays: ");
		result.append(recurrenceWindowDays);
		result.append(", informVpOnP1: ");
		result.append(informVpOnP1);
		result.append(", informVpOnRecurrence: ");
		result.append(informVpOnRecurrence);
		result.append(", informVpOnBrokenPromise: ");
		result.append(informVpOnBrokenPromise);
		result.append(", lapsesEscalate: ");
		result.append(lapsesEscalate);
		result.append(')');
		return result.toString();
	}

} //IssuePolicyImpl
