/**
 */
package org.fulcrum.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Priority;
import org.fulcrum.model.PriorityTarget;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Priority Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.PriorityTargetImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PriorityTargetImpl#getResponseHours <em>Response Hours</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PriorityTargetImpl#getResolutionHours <em>Resolution Hours</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PriorityTargetImpl#getUpdateHours <em>Update Hours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PriorityTargetImpl extends MinimalEObjectImpl.Container implements PriorityTarget {
	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final Priority PRIORITY_EDEFAULT = Priority.P1;

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
	 * The default value of the '{@link #getResponseHours() <em>Response Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseHours()
	 * @generated
	 * @ordered
	 */
	protected static final int RESPONSE_HOURS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getResponseHours() <em>Response Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseHours()
	 * @generated
	 * @ordered
	 */
	protected int responseHours = RESPONSE_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolutionHours() <em>Resolution Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolutionHours()
	 * @generated
	 * @ordered
	 */
	protected static final int RESOLUTION_HOURS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getResolutionHours() <em>Resolution Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolutionHours()
	 * @generated
	 * @ordered
	 */
	protected int resolutionHours = RESOLUTION_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdateHours() <em>Update Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateHours()
	 * @generated
	 * @ordered
	 */
	protected static final int UPDATE_HOURS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUpdateHours() <em>Update Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateHours()
	 * @generated
	 * @ordered
	 */
	protected int updateHours = UPDATE_HOURS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PriorityTargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.PRIORITY_TARGET;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PRIORITY_TARGET__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getResponseHours() {
		return responseHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponseHours(int newResponseHours) {
		int oldResponseHours = responseHours;
		responseHours = newResponseHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PRIORITY_TARGET__RESPONSE_HOURS, oldResponseHours, responseHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getResolutionHours() {
		return resolutionHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolutionHours(int newResolutionHours) {
		int oldResolutionHours = resolutionHours;
		resolutionHours = newResolutionHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PRIORITY_TARGET__RESOLUTION_HOURS, oldResolutionHours, resolutionHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUpdateHours() {
		return updateHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdateHours(int newUpdateHours) {
		int oldUpdateHours = updateHours;
		updateHours = newUpdateHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PRIORITY_TARGET__UPDATE_HOURS, oldUpdateHours, updateHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FulcrumPackage.PRIORITY_TARGET__PRIORITY:
				return getPriority();
			case FulcrumPackage.PRIORITY_TARGET__RESPONSE_HOURS:
				return getResponseHours();
			case FulcrumPackage.PRIORITY_TARGET__RESOLUTION_HOURS:
				return getResolutionHours();
			case FulcrumPackage.PRIORITY_TARGET__UPDATE_HOURS:
				return getUpdateHours();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FulcrumPackage.PRIORITY_TARGET__PRIORITY:
				setPriority((Priority)newValue);
				return;
			case FulcrumPackage.PRIORITY_TARGET__RESPONSE_HOURS:
				setResponseHours((Integer)newValue);
				return;
			case FulcrumPackage.PRIORITY_TARGET__RESOLUTION_HOURS:
				setResolutionHours((Integer)newValue);
				return;
			case FulcrumPackage.PRIORITY_TARGET__UPDATE_HOURS:
				setUpdateHours((Integer)newValue);
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
			case FulcrumPackage.PRIORITY_TARGET__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case FulcrumPackage.PRIORITY_TARGET__RESPONSE_HOURS:
				setResponseHours(RESPONSE_HOURS_EDEFAULT);
				return;
			case FulcrumPackage.PRIORITY_TARGET__RESOLUTION_HOURS:
				setResolutionHours(RESOLUTION_HOURS_EDEFAULT);
				return;
			case FulcrumPackage.PRIORITY_TARGET__UPDATE_HOURS:
				setUpdateHours(UPDATE_HOURS_EDEFAULT);
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
			case FulcrumPackage.PRIORITY_TARGET__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case FulcrumPackage.PRIORITY_TARGET__RESPONSE_HOURS:
				return responseHours != RESPONSE_HOURS_EDEFAULT;
			case FulcrumPackage.PRIORITY_TARGET__RESOLUTION_HOURS:
				return resolutionHours != RESOLUTION_HOURS_EDEFAULT;
			case FulcrumPackage.PRIORITY_TARGET__UPDATE_HOURS:
				return updateHours != UPDATE_HOURS_EDEFAULT;
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
		result.append(" (priority: ");
		result.append(priority);
		result.append(", responseHours: ");
		result.append(responseHours);
		result.append(", resolutionHours: ");
		result.append(resolutionHours);
		result.append(", updateHours: ");
		result.append(updateHours);
		result.append(')');
		return result.toString();
	}

} //PriorityTargetImpl
