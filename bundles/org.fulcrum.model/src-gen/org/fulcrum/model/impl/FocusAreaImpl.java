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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Goal;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Focus Area</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.FocusAreaImpl#getTrait <em>Trait</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.FocusAreaImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.FocusAreaImpl#getBehaviours <em>Behaviours</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.FocusAreaImpl#getGoals <em>Goals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FocusAreaImpl extends MinimalEObjectImpl.Container implements FocusArea {
	/**
	 * The cached value of the '{@link #getTrait() <em>Trait</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrait()
	 * @generated
	 * @ordered
	 */
	protected Dimension trait;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBehaviours() <em>Behaviours</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBehaviours()
	 * @generated
	 * @ordered
	 */
	protected EList<BehaviourItem> behaviours;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FocusAreaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.FOCUS_AREA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dimension getTrait() {
		if (trait != null && trait.eIsProxy()) {
			InternalEObject oldTrait = (InternalEObject)trait;
			trait = (Dimension)eResolveProxy(oldTrait);
			if (trait != oldTrait) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.FOCUS_AREA__TRAIT, oldTrait, trait));
			}
		}
		return trait;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Dimension basicGetTrait() {
		return trait;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrait(Dimension newTrait) {
		Dimension oldTrait = trait;
		trait = newTrait;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.FOCUS_AREA__TRAIT, oldTrait, trait));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.FOCUS_AREA__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BehaviourItem> getBehaviours() {
		if (behaviours == null) {
			behaviours = new EObjectResolvingEList<BehaviourItem>(BehaviourItem.class, this, FulcrumPackage.FOCUS_AREA__BEHAVIOURS);
		}
		return behaviours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals() {
		if (goals == null) {
			goals = new EObjectContainmentEList<Goal>(Goal.class, this, FulcrumPackage.FOCUS_AREA__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FulcrumPackage.FOCUS_AREA__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
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
			case FulcrumPackage.FOCUS_AREA__TRAIT:
				if (resolve) return getTrait();
				return basicGetTrait();
			case FulcrumPackage.FOCUS_AREA__RATIONALE:
				return getRationale();
			case FulcrumPackage.FOCUS_AREA__BEHAVIOURS:
				return getBehaviours();
			case FulcrumPackage.FOCUS_AREA__GOALS:
				return getGoals();
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
			case FulcrumPackage.FOCUS_AREA__TRAIT:
				setTrait((Dimension)newValue);
				return;
			case FulcrumPackage.FOCUS_AREA__RATIONALE:
				setRationale((String)newValue);
				return;
			case FulcrumPackage.FOCUS_AREA__BEHAVIOURS:
				getBehaviours().clear();
				getBehaviours().addAll((Collection<? extends BehaviourItem>)newValue);
				return;
			case FulcrumPackage.FOCUS_AREA__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
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
			case FulcrumPackage.FOCUS_AREA__TRAIT:
				setTrait((Dimension)null);
				return;
			case FulcrumPackage.FOCUS_AREA__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case FulcrumPackage.FOCUS_AREA__BEHAVIOURS:
				getBehaviours().clear();
				return;
			case FulcrumPackage.FOCUS_AREA__GOALS:
				getGoals().clear();
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
			case FulcrumPackage.FOCUS_AREA__TRAIT:
				return trait != null;
			case FulcrumPackage.FOCUS_AREA__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case FulcrumPackage.FOCUS_AREA__BEHAVIOURS:
				return behaviours != null && !behaviours.isEmpty();
			case FulcrumPackage.FOCUS_AREA__GOALS:
				return goals != null && !goals.isEmpty();
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
		result.append(" (rationale: ");
		result.append(rationale);
		result.append(')');
		return result.toString();
	}

} //FocusAreaImpl
