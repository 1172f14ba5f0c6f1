/**
 */
package org.fulcrum.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.fulcrum.model.Commitment;
import org.fulcrum.model.FulcrumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Commitment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.CommitmentImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CommitmentImpl#getDue <em>Due</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CommitmentImpl#getDone <em>Done</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.CommitmentImpl#isVisibleToPartner <em>Visible To Partner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommitmentImpl extends MinimalEObjectImpl.Container implements Commitment {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDue() <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDue()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDue() <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDue()
	 * @generated
	 * @ordered
	 */
	protected LocalDate due = DUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDone() <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDone()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDone() <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDone()
	 * @generated
	 * @ordered
	 */
	protected LocalDate done = DONE_EDEFAULT;

	/**
	 * The default value of the '{@link #isVisibleToPartner() <em>Visible To Partner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisibleToPartner()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VISIBLE_TO_PARTNER_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isVisibleToPartner() <em>Visible To Partner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisibleToPartner()
	 * @generated
	 * @ordered
	 */
	protected boolean visibleToPartner = VISIBLE_TO_PARTNER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommitmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.COMMITMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COMMITMENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDue() {
		return due;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDue(LocalDate newDue) {
		LocalDate oldDue = due;
		due = newDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COMMITMENT__DUE, oldDue, due));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDone() {
		return done;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDone(LocalDate newDone) {
		LocalDate oldDone = done;
		done = newDone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COMMITMENT__DONE, oldDone, done));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVisibleToPartner() {
		return visibleToPartner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisibleToPartner(boolean newVisibleToPartner) {
		boolean oldVisibleToPartner = visibleToPartner;
		visibleToPartner = newVisibleToPartner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.COMMITMENT__VISIBLE_TO_PARTNER, oldVisibleToPartner, visibleToPartner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FulcrumPackage.COMMITMENT__DESCRIPTION:
				return getDescription();
			case FulcrumPackage.COMMITMENT__DUE:
				return getDue();
			case FulcrumPackage.COMMITMENT__DONE:
				return getDone();
			case FulcrumPackage.COMMITMENT__VISIBLE_TO_PARTNER:
				return isVisibleToPartner();
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
			case FulcrumPackage.COMMITMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case FulcrumPackage.COMMITMENT__DUE:
				setDue((LocalDate)newValue);
				return;
			case FulcrumPackage.COMMITMENT__DONE:
				setDone((LocalDate)newValue);
				return;
			case FulcrumPackage.COMMITMENT__VISIBLE_TO_PARTNER:
				setVisibleToPartner((Boolean)newValue);
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
			case FulcrumPackage.COMMITMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case FulcrumPackage.COMMITMENT__DUE:
				setDue(DUE_EDEFAULT);
				return;
			case FulcrumPackage.COMMITMENT__DONE:
				setDone(DONE_EDEFAULT);
				return;
			case FulcrumPackage.COMMITMENT__VISIBLE_TO_PARTNER:
				setVisibleToPartner(VISIBLE_TO_PARTNER_EDEFAULT);
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
			case FulcrumPackage.COMMITMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case FulcrumPackage.COMMITMENT__DUE:
				return DUE_EDEFAULT == null ? due != null : !DUE_EDEFAULT.equals(due);
			case FulcrumPackage.COMMITMENT__DONE:
				return DONE_EDEFAULT == null ? done != null : !DONE_EDEFAULT.equals(done);
			case FulcrumPackage.COMMITMENT__VISIBLE_TO_PARTNER:
				return visibleToPartner != VISIBLE_TO_PARTNER_EDEFAULT;
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
		result.append(" (description: ");
		result.append(description);
		result.append(", due: ");
		result.append(due);
		result.append(", done: ");
		result.append(done);
		result.append(", visibleToPartner: ");
		result.append(visibleToPartner);
		result.append(')');
		return result.toString();
	}

} //CommitmentImpl
