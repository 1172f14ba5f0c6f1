/**
 */
package org.fulcrum.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.FulcrumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Behaviour Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.BehaviourItemImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.BehaviourItemImpl#isReverseKeyed <em>Reverse Keyed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BehaviourItemImpl extends IdentifiedImpl implements BehaviourItem {
	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #isReverseKeyed() <em>Reverse Keyed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReverseKeyed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REVERSE_KEYED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReverseKeyed() <em>Reverse Keyed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReverseKeyed()
	 * @generated
	 * @ordered
	 */
	protected boolean reverseKeyed = REVERSE_KEYED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BehaviourItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.BEHAVIOUR_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.BEHAVIOUR_ITEM__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReverseKeyed() {
		return reverseKeyed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReverseKeyed(boolean newReverseKeyed) {
		boolean oldReverseKeyed = reverseKeyed;
		reverseKeyed = newReverseKeyed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.BEHAVIOUR_ITEM__REVERSE_KEYED, oldReverseKeyed, reverseKeyed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FulcrumPackage.BEHAVIOUR_ITEM__TEXT:
				return getText();
			case FulcrumPackage.BEHAVIOUR_ITEM__REVERSE_KEYED:
				return isReverseKeyed();
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
			case FulcrumPackage.BEHAVIOUR_ITEM__TEXT:
				setText((String)newValue);
				return;
			case FulcrumPackage.BEHAVIOUR_ITEM__REVERSE_KEYED:
				setReverseKeyed((Boolean)newValue);
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
			case FulcrumPackage.BEHAVIOUR_ITEM__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case FulcrumPackage.BEHAVIOUR_ITEM__REVERSE_KEYED:
				setReverseKeyed(REVERSE_KEYED_EDEFAULT);
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
			case FulcrumPackage.BEHAVIOUR_ITEM__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case FulcrumPackage.BEHAVIOUR_ITEM__REVERSE_KEYED:
				return reverseKeyed != REVERSE_KEYED_EDEFAULT;
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
		result.append(" (text: ");
		result.append(text);
		result.append(", reverseKeyed: ");
		result.append(reverseKeyed);
		result.append(')');
		return result.toString();
	}

} //BehaviourItemImpl
