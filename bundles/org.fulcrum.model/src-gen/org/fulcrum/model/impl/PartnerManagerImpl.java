/**
 */
package org.fulcrum.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Partner Manager</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.PartnerManagerImpl#getManages <em>Manages</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.PartnerManagerImpl#getReportsTo <em>Reports To</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PartnerManagerImpl extends PersonImpl implements PartnerManager {
	/**
	 * The cached value of the '{@link #getManages() <em>Manages</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManages()
	 * @generated
	 * @ordered
	 */
	protected EList<PartnerOrganization> manages;

	/**
	 * The cached value of the '{@link #getReportsTo() <em>Reports To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportsTo()
	 * @generated
	 * @ordered
	 */
	protected Person reportsTo;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartnerManagerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.PARTNER_MANAGER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PartnerOrganization> getManages() {
		if (manages == null) {
			manages = new EObjectResolvingEList<PartnerOrganization>(PartnerOrganization.class, this, FulcrumPackage.PARTNER_MANAGER__MANAGES);
		}
		return manages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getReportsTo() {
		if (reportsTo != null && reportsTo.eIsProxy()) {
			InternalEObject oldReportsTo = (InternalEObject)reportsTo;
			reportsTo = (Person)eResolveProxy(oldReportsTo);
			if (reportsTo != oldReportsTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.PARTNER_MANAGER__REPORTS_TO, oldReportsTo, reportsTo));
			}
		}
		return reportsTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetReportsTo() {
		return reportsTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportsTo(Person newReportsTo) {
		Person oldReportsTo = reportsTo;
		reportsTo = newReportsTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.PARTNER_MANAGER__REPORTS_TO, oldReportsTo, reportsTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FulcrumPackage.PARTNER_MANAGER__MANAGES:
				return getManages();
			case FulcrumPackage.PARTNER_MANAGER__REPORTS_TO:
				if (resolve) return getReportsTo();
				return basicGetReportsTo();
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
			case FulcrumPackage.PARTNER_MANAGER__MANAGES:
				getManages().clear();
				getManages().addAll((Collection<? extends PartnerOrganization>)newValue);
				return;
			case FulcrumPackage.PARTNER_MANAGER__REPORTS_TO:
				setReportsTo((Person)newValue);
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
			case FulcrumPackage.PARTNER_MANAGER__MANAGES:
				getManages().clear();
				return;
			case FulcrumPackage.PARTNER_MANAGER__REPORTS_TO:
				setReportsTo((Person)null);
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
			case FulcrumPackage.PARTNER_MANAGER__MANAGES:
				return manages != null && !manages.isEmpty();
			case FulcrumPackage.PARTNER_MANAGER__REPORTS_TO:
				return reportsTo != null;
		}
		return super.eIsSet(featureID);
	}

} //PartnerManagerImpl
