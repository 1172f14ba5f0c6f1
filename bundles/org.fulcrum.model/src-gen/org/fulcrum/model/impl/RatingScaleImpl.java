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
import org.fulcrum.model.RatingScale;
import org.fulcrum.model.ScaleAnchor;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rating Scale</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.RatingScaleImpl#getMinimum <em>Minimum</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.RatingScaleImpl#getMaximum <em>Maximum</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.RatingScaleImpl#isNotObservedAllowed <em>Not Observed Allowed</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.RatingScaleImpl#getNotObservedLabel <em>Not Observed Label</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.RatingScaleImpl#getAnchors <em>Anchors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RatingScaleImpl extends MinimalEObjectImpl.Container implements RatingScale {
	/**
	 * The default value of the '{@link #getMinimum() <em>Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimum()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getMinimum() <em>Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimum()
	 * @generated
	 * @ordered
	 */
	protected int minimum = MINIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaximum() <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximum()
	 * @generated
	 * @ordered
	 */
	protected static final int MAXIMUM_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getMaximum() <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximum()
	 * @generated
	 * @ordered
	 */
	protected int maximum = MAXIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #isNotObservedAllowed() <em>Not Observed Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotObservedAllowed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOT_OBSERVED_ALLOWED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isNotObservedAllowed() <em>Not Observed Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotObservedAllowed()
	 * @generated
	 * @ordered
	 */
	protected boolean notObservedAllowed = NOT_OBSERVED_ALLOWED_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotObservedLabel() <em>Not Observed Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotObservedLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String NOT_OBSERVED_LABEL_EDEFAULT = "Not observed";

	/**
	 * The cached value of the '{@link #getNotObservedLabel() <em>Not Observed Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotObservedLabel()
	 * @generated
	 * @ordered
	 */
	protected String notObservedLabel = NOT_OBSERVED_LABEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnchors() <em>Anchors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchors()
	 * @generated
	 * @ordered
	 */
	protected EList<ScaleAnchor> anchors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RatingScaleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.RATING_SCALE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimum() {
		return minimum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimum(int newMinimum) {
		int oldMinimum = minimum;
		minimum = newMinimum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.RATING_SCALE__MINIMUM, oldMinimum, minimum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaximum() {
		return maximum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximum(int newMaximum) {
		int oldMaximum = maximum;
		maximum = newMaximum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.RATING_SCALE__MAXIMUM, oldMaximum, maximum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNotObservedAllowed() {
		return notObservedAllowed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotObservedAllowed(boolean newNotObservedAllowed) {
		boolean oldNotObservedAllowed = notObservedAllowed;
		notObservedAllowed = newNotObservedAllowed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.RATING_SCALE__NOT_OBSERVED_ALLOWED, oldNotObservedAllowed, notObservedAllowed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotObservedLabel() {
		return notObservedLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotObservedLabel(String newNotObservedLabel) {
		String oldNotObservedLabel = notObservedLabel;
		notObservedLabel = newNotObservedLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.RATING_SCALE__NOT_OBSERVED_LABEL, oldNotObservedLabel, notObservedLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScaleAnchor> getAnchors() {
		if (anchors == null) {
			anchors = new EObjectContainmentEList<ScaleAnchor>(ScaleAnchor.class, this, FulcrumPackage.RATING_SCALE__ANCHORS);
		}
		return anchors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FulcrumPackage.RATING_SCALE__ANCHORS:
				return ((InternalEList<?>)getAnchors()).basicRemove(otherEnd, msgs);
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
			case FulcrumPackage.RATING_SCALE__MINIMUM:
				return getMinimum();
			case FulcrumPackage.RATING_SCALE__MAXIMUM:
				return getMaximum();
			case FulcrumPackage.RATING_SCALE__NOT_OBSERVED_ALLOWED:
				return isNotObservedAllowed();
			case FulcrumPackage.RATING_SCALE__NOT_OBSERVED_LABEL:
				return getNotObservedLabel();
			case FulcrumPackage.RATING_SCALE__ANCHORS:
				return getAnchors();
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
			case FulcrumPackage.RATING_SCALE__MINIMUM:
				setMinimum((Integer)newValue);
				return;
			case FulcrumPackage.RATING_SCALE__MAXIMUM:
				setMaximum((Integer)newValue);
				return;
			case FulcrumPackage.RATING_SCALE__NOT_OBSERVED_ALLOWED:
				setNotObservedAllowed((Boolean)newValue);
				return;
			case FulcrumPackage.RATING_SCALE__NOT_OBSERVED_LABEL:
				setNotObservedLabel((String)newValue);
				return;
			case FulcrumPackage.RATING_SCALE__ANCHORS:
				getAnchors().clear();
				getAnchors().addAll((Collection<? extends ScaleAnchor>)newValue);
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
			case FulcrumPackage.RATING_SCALE__MINIMUM:
				setMinimum(MINIMUM_EDEFAULT);
				return;
			case FulcrumPackage.RATING_SCALE__MAXIMUM:
				setMaximum(MAXIMUM_EDEFAULT);
				return;
			case FulcrumPackage.RATING_SCALE__NOT_OBSERVED_ALLOWED:
				setNotObservedAllowed(NOT_OBSERVED_ALLOWED_EDEFAULT);
				return;
			case FulcrumPackage.RATING_SCALE__NOT_OBSERVED_LABEL:
				setNotObservedLabel(NOT_OBSERVED_LABEL_EDEFAULT);
				return;
			case FulcrumPackage.RATING_SCALE__ANCHORS:
				getAnchors().clear();
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
			case FulcrumPackage.RATING_SCALE__MINIMUM:
				return minimum != MINIMUM_EDEFAULT;
			case FulcrumPackage.RATING_SCALE__MAXIMUM:
				return maximum != MAXIMUM_EDEFAULT;
			case FulcrumPackage.RATING_SCALE__NOT_OBSERVED_ALLOWED:
				return notObservedAllowed != NOT_OBSERVED_ALLOWED_EDEFAULT;
			case FulcrumPackage.RATING_SCALE__NOT_OBSERVED_LABEL:
				return NOT_OBSERVED_LABEL_EDEFAULT == null ? notObservedLabel != null : !NOT_OBSERVED_LABEL_EDEFAULT.equals(notObservedLabel);
			case FulcrumPackage.RATING_SCALE__ANCHORS:
				return anchors != null && !anchors.isEmpty();
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
		result.append(" (minimum: ");
		result.append(minimum);
		result.append(", maximum: ");
		result.append(maximum);
		result.append(", notObservedAllowed: ");
		result.append(notObservedAllowed);
		result.append(", notObservedLabel: ");
		result.append(notObservedLabel);
		result.append(')');
		return result.toString();
	}

} //RatingScaleImpl
