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
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FulcrumPackage.ISSUE_POLICY__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
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
		result.append(')');
		return result.toString();
	}

} //IssuePolicyImpl
