/**
 */
package org.fulcrum.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.ItemResponse;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item Response</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.ItemResponseImpl#getItem <em>Item</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ItemResponseImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ItemResponseImpl#isNotObserved <em>Not Observed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItemResponseImpl extends MinimalEObjectImpl.Container implements ItemResponse {
	/**
	 * The cached value of the '{@link #getItem() <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected BehaviourItem item;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final int VALUE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected int value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isNotObserved() <em>Not Observed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotObserved()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOT_OBSERVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNotObserved() <em>Not Observed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotObserved()
	 * @generated
	 * @ordered
	 */
	protected boolean notObserved = NOT_OBSERVED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItemResponseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.ITEM_RESPONSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BehaviourItem getItem() {
		if (item != null && item.eIsProxy()) {
			InternalEObject oldItem = (InternalEObject)item;
			item = (BehaviourItem)eResolveProxy(oldItem);
			if (item != oldItem) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.ITEM_RESPONSE__ITEM, oldItem, item));
			}
		}
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BehaviourItem basicGetItem() {
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItem(BehaviourItem newItem) {
		BehaviourItem oldItem = item;
		item = newItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ITEM_RESPONSE__ITEM, oldItem, item));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(int newValue) {
		int oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ITEM_RESPONSE__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNotObserved() {
		return notObserved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotObserved(boolean newNotObserved) {
		boolean oldNotObserved = notObserved;
		notObserved = newNotObserved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ITEM_RESPONSE__NOT_OBSERVED, oldNotObserved, notObserved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FulcrumPackage.ITEM_RESPONSE__ITEM:
				if (resolve) return getItem();
				return basicGetItem();
			case FulcrumPackage.ITEM_RESPONSE__VALUE:
				return getValue();
			case FulcrumPackage.ITEM_RESPONSE__NOT_OBSERVED:
				return isNotObserved();
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
			case FulcrumPackage.ITEM_RESPONSE__ITEM:
				setItem((BehaviourItem)newValue);
				return;
			case FulcrumPackage.ITEM_RESPONSE__VALUE:
				setValue((Integer)newValue);
				return;
			case FulcrumPackage.ITEM_RESPONSE__NOT_OBSERVED:
				setNotObserved((Boolean)newValue);
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
			case FulcrumPackage.ITEM_RESPONSE__ITEM:
				setItem((BehaviourItem)null);
				return;
			case FulcrumPackage.ITEM_RESPONSE__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case FulcrumPackage.ITEM_RESPONSE__NOT_OBSERVED:
				setNotObserved(NOT_OBSERVED_EDEFAULT);
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
			case FulcrumPackage.ITEM_RESPONSE__ITEM:
				return item != null;
			case FulcrumPackage.ITEM_RESPONSE__VALUE:
				return value != VALUE_EDEFAULT;
			case FulcrumPackage.ITEM_RESPONSE__NOT_OBSERVED:
				return notObserved != NOT_OBSERVED_EDEFAULT;
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
		result.append(" (value: ");
		result.append(value);
		result.append(", notObserved: ");
		result.append(notObserved);
		result.append(')');
		return result.toString();
	}

} //ItemResponseImpl
