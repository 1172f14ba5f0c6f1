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

import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.PolicyOverride;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Confidentiality Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.ConfidentialityPolicyImpl#getMinimumRaters <em>Minimum Raters</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ConfidentialityPolicyImpl#getMinimumCommenters <em>Minimum Commenters</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ConfidentialityPolicyImpl#isSelfExempt <em>Self Exempt</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ConfidentialityPolicyImpl#isManagerExempt <em>Manager Exempt</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ConfidentialityPolicyImpl#isFrozen <em>Frozen</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ConfidentialityPolicyImpl#getOverrides <em>Overrides</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ConfidentialityPolicyImpl#isNamesInCohortReports <em>Names In Cohort Reports</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConfidentialityPolicyImpl extends MinimalEObjectImpl.Container implements ConfidentialityPolicy {
	/**
	 * The default value of the '{@link #getMinimumRaters() <em>Minimum Raters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumRaters()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_RATERS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getMinimumRaters() <em>Minimum Raters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumRaters()
	 * @generated
	 * @ordered
	 */
	protected int minimumRaters = MINIMUM_RATERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumCommenters() <em>Minimum Commenters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumCommenters()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_COMMENTERS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getMinimumCommenters() <em>Minimum Commenters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumCommenters()
	 * @generated
	 * @ordered
	 */
	protected int minimumCommenters = MINIMUM_COMMENTERS_EDEFAULT;

	/**
	 * The default value of the '{@link #isSelfExempt() <em>Self Exempt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSelfExempt()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SELF_EXEMPT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSelfExempt() <em>Self Exempt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSelfExempt()
	 * @generated
	 * @ordered
	 */
	protected boolean selfExempt = SELF_EXEMPT_EDEFAULT;

	/**
	 * The default value of the '{@link #isManagerExempt() <em>Manager Exempt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isManagerExempt()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MANAGER_EXEMPT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isManagerExempt() <em>Manager Exempt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isManagerExempt()
	 * @generated
	 * @ordered
	 */
	protected boolean managerExempt = MANAGER_EXEMPT_EDEFAULT;

	/**
	 * The default value of the '{@link #isFrozen() <em>Frozen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFrozen()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FROZEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFrozen() <em>Frozen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFrozen()
	 * @generated
	 * @ordered
	 */
	protected boolean frozen = FROZEN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOverrides() <em>Overrides</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverrides()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyOverride> overrides;

	/**
	 * The default value of the '{@link #isNamesInCohortReports() <em>Names In Cohort Reports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNamesInCohortReports()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NAMES_IN_COHORT_REPORTS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNamesInCohortReports() <em>Names In Cohort Reports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNamesInCohortReports()
	 * @generated
	 * @ordered
	 */
	protected boolean namesInCohortReports = NAMES_IN_COHORT_REPORTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConfidentialityPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.CONFIDENTIALITY_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumRaters() {
		return minimumRaters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumRaters(int newMinimumRaters) {
		int oldMinimumRaters = minimumRaters;
		minimumRaters = newMinimumRaters;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.CONFIDENTIALITY_POLICY__MINIMUM_RATERS, oldMinimumRaters, minimumRaters));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumCommenters() {
		return minimumCommenters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumCommenters(int newMinimumCommenters) {
		int oldMinimumCommenters = minimumCommenters;
		minimumCommenters = newMinimumCommenters;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.CONFIDENTIALITY_POLICY__MINIMUM_COMMENTERS, oldMinimumCommenters, minimumCommenters));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSelfExempt() {
		return selfExempt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelfExempt(boolean newSelfExempt) {
		boolean oldSelfExempt = selfExempt;
		selfExempt = newSelfExempt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.CONFIDENTIALITY_POLICY__SELF_EXEMPT, oldSelfExempt, selfExempt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isManagerExempt() {
		return managerExempt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManagerExempt(boolean newManagerExempt) {
		boolean oldManagerExempt = managerExempt;
		managerExempt = newManagerExempt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.CONFIDENTIALITY_POLICY__MANAGER_EXEMPT, oldManagerExempt, managerExempt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFrozen() {
		return frozen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrozen(boolean newFrozen) {
		boolean oldFrozen = frozen;
		frozen = newFrozen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.CONFIDENTIALITY_POLICY__FROZEN, oldFrozen, frozen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyOverride> getOverrides() {
		if (overrides == null) {
			overrides = new EObjectContainmentEList<PolicyOverride>(PolicyOverride.class, this, FulcrumPackage.CONFIDENTIALITY_POLICY__OVERRIDES);
		}
		return overrides;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNamesInCohortReports() {
		return namesInCohortReports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamesInCohortReports(boolean newNamesInCohortReports) {
		boolean oldNamesInCohortReports = namesInCohortReports;
		namesInCohortReports = newNamesInCohortReports;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.CONFIDENTIALITY_POLICY__NAMES_IN_COHORT_REPORTS, oldNamesInCohortReports, namesInCohortReports));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FulcrumPackage.CONFIDENTIALITY_POLICY__OVERRIDES:
				return ((InternalEList<?>)getOverrides()).basicRemove(otherEnd, msgs);
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
			case FulcrumPackage.CONFIDENTIALITY_POLICY__MINIMUM_RATERS:
				return getMinimumRaters();
			case FulcrumPackage.CONFIDENTIALITY_POLICY__MINIMUM_COMMENTERS:
				return getMinimumCommenters();
			case FulcrumPackage.CONFIDENTIALITY_POLICY__SELF_EXEMPT:
				return isSelfExempt();
			case FulcrumPackage.CONFIDENTIALITY_POLICY__MANAGER_EXEMPT:
				return isManagerExempt();
			case FulcrumPackage.CONFIDENTIALITY_POLICY__FROZEN:
				return isFrozen();
			case FulcrumPackage.CONFIDENTIALITY_POLICY__OVERRIDES:
				return getOverrides();
			case FulcrumPackage.CONFIDENTIALITY_POLICY__NAMES_IN_COHORT_REPORTS:
				return isNamesInCohortReports();
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
			case FulcrumPackage.CONFIDENTIALITY_POLICY__MINIMUM_RATERS:
				setMinimumRaters((Integer)newValue);
				return;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__MINIMUM_COMMENTERS:
				setMinimumCommenters((Integer)newValue);
				return;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__SELF_EXEMPT:
				setSelfExempt((Boolean)newValue);
				return;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__MANAGER_EXEMPT:
				setManagerExempt((Boolean)newValue);
				return;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__FROZEN:
				setFrozen((Boolean)newValue);
				return;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__OVERRIDES:
				getOverrides().clear();
				getOverrides().addAll((Collection<? extends PolicyOverride>)newValue);
				return;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__NAMES_IN_COHORT_REPORTS:
				setNamesInCohortReports((Boolean)newValue);
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
			case FulcrumPackage.CONFIDENTIALITY_POLICY__MINIMUM_RATERS:
				setMinimumRaters(MINIMUM_RATERS_EDEFAULT);
				return;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__MINIMUM_COMMENTERS:
				setMinimumCommenters(MINIMUM_COMMENTERS_EDEFAULT);
				return;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__SELF_EXEMPT:
				setSelfExempt(SELF_EXEMPT_EDEFAULT);
				return;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__MANAGER_EXEMPT:
				setManagerExempt(MANAGER_EXEMPT_EDEFAULT);
				return;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__FROZEN:
				setFrozen(FROZEN_EDEFAULT);
				return;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__OVERRIDES:
				getOverrides().clear();
				return;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__NAMES_IN_COHORT_REPORTS:
				setNamesInCohortReports(NAMES_IN_COHORT_REPORTS_EDEFAULT);
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
			case FulcrumPackage.CONFIDENTIALITY_POLICY__MINIMUM_RATERS:
				return minimumRaters != MINIMUM_RATERS_EDEFAULT;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__MINIMUM_COMMENTERS:
				return minimumCommenters != MINIMUM_COMMENTERS_EDEFAULT;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__SELF_EXEMPT:
				return selfExempt != SELF_EXEMPT_EDEFAULT;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__MANAGER_EXEMPT:
				return managerExempt != MANAGER_EXEMPT_EDEFAULT;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__FROZEN:
				return frozen != FROZEN_EDEFAULT;
			case FulcrumPackage.CONFIDENTIALITY_POLICY__OVERRIDES:
				return overrides != null && !overrides.isEmpty();
			case FulcrumPackage.CONFIDENTIALITY_POLICY__NAMES_IN_COHORT_REPORTS:
				return namesInCohortReports != NAMES_IN_COHORT_REPORTS_EDEFAULT;
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
		result.append(" (minimumRaters: ");
		result.append(minimumRaters);
		result.append(", minimumCommenters: ");
		result.append(minimumCommenters);
		result.append(", selfExempt: ");
		result.append(selfExempt);
		result.append(", managerExempt: ");
		result.append(managerExempt);
		result.append(", frozen: ");
		result.append(frozen);
		result.append(", namesInCohortReports: ");
		result.append(namesInCohortReports);
		result.append(')');
		return result.toString();
	}

} //ConfidentialityPolicyImpl
