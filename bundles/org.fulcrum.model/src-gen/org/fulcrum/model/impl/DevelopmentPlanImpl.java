/**
 */
package org.fulcrum.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PlanStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Development Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.DevelopmentPlanImpl#getParticipant <em>Participant</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.DevelopmentPlanImpl#getBasedOn <em>Based On</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.DevelopmentPlanImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.DevelopmentPlanImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.DevelopmentPlanImpl#getFocusAreas <em>Focus Areas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DevelopmentPlanImpl extends IdentifiedImpl implements DevelopmentPlan {
	/**
	 * The cached value of the '{@link #getParticipant() <em>Participant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipant()
	 * @generated
	 * @ordered
	 */
	protected PartnerManager participant;

	/**
	 * The cached value of the '{@link #getBasedOn() <em>Based On</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasedOn()
	 * @generated
	 * @ordered
	 */
	protected Assessment basedOn;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PlanStatus STATUS_EDEFAULT = PlanStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected PlanStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFocusAreas() <em>Focus Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFocusAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<FocusArea> focusAreas;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DevelopmentPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.DEVELOPMENT_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerManager getParticipant() {
		if (participant != null && participant.eIsProxy()) {
			InternalEObject oldParticipant = (InternalEObject)participant;
			participant = (PartnerManager)eResolveProxy(oldParticipant);
			if (participant != oldParticipant) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.DEVELOPMENT_PLAN__PARTICIPANT, oldParticipant, participant));
			}
		}
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnerManager basicGetParticipant() {
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParticipant(PartnerManager newParticipant) {
		PartnerManager oldParticipant = participant;
		participant = newParticipant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.DEVELOPMENT_PLAN__PARTICIPANT, oldParticipant, participant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment getBasedOn() {
		if (basedOn != null && basedOn.eIsProxy()) {
			InternalEObject oldBasedOn = (InternalEObject)basedOn;
			basedOn = (Assessment)eResolveProxy(oldBasedOn);
			if (basedOn != oldBasedOn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.DEVELOPMENT_PLAN__BASED_ON, oldBasedOn, basedOn));
			}
		}
		return basedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Assessment basicGetBasedOn() {
		return basedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasedOn(Assessment newBasedOn) {
		Assessment oldBasedOn = basedOn;
		basedOn = newBasedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.DEVELOPMENT_PLAN__BASED_ON, oldBasedOn, basedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(LocalDate newStart) {
		LocalDate oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.DEVELOPMENT_PLAN__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(PlanStatus newStatus) {
		PlanStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.DEVELOPMENT_PLAN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FocusArea> getFocusAreas() {
		if (focusAreas == null) {
			focusAreas = new EObjectContainmentEList<FocusArea>(FocusArea.class, this, FulcrumPackage.DEVELOPMENT_PLAN__FOCUS_AREAS);
		}
		return focusAreas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FulcrumPackage.DEVELOPMENT_PLAN__FOCUS_AREAS:
				return ((InternalEList<?>)getFocusAreas()).basicRemove(otherEnd, msgs);
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
			case FulcrumPackage.DEVELOPMENT_PLAN__PARTICIPANT:
				if (resolve) return getParticipant();
				return basicGetParticipant();
			case FulcrumPackage.DEVELOPMENT_PLAN__BASED_ON:
				if (resolve) return getBasedOn();
				return basicGetBasedOn();
			case FulcrumPackage.DEVELOPMENT_PLAN__START:
				return getStart();
			case FulcrumPackage.DEVELOPMENT_PLAN__STATUS:
				return getStatus();
			case FulcrumPackage.DEVELOPMENT_PLAN__FOCUS_AREAS:
				return getFocusAreas();
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
			case FulcrumPackage.DEVELOPMENT_PLAN__PARTICIPANT:
				setParticipant((PartnerManager)newValue);
				return;
			case FulcrumPackage.DEVELOPMENT_PLAN__BASED_ON:
				setBasedOn((Assessment)newValue);
				return;
			case FulcrumPackage.DEVELOPMENT_PLAN__START:
				setStart((LocalDate)newValue);
				return;
			case FulcrumPackage.DEVELOPMENT_PLAN__STATUS:
				setStatus((PlanStatus)newValue);
				return;
			case FulcrumPackage.DEVELOPMENT_PLAN__FOCUS_AREAS:
				getFocusAreas().clear();
				getFocusAreas().addAll((Collection<? extends FocusArea>)newValue);
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
			case FulcrumPackage.DEVELOPMENT_PLAN__PARTICIPANT:
				setParticipant((PartnerManager)null);
				return;
			case FulcrumPackage.DEVELOPMENT_PLAN__BASED_ON:
				setBasedOn((Assessment)null);
				return;
			case FulcrumPackage.DEVELOPMENT_PLAN__START:
				setStart(START_EDEFAULT);
				return;
			case FulcrumPackage.DEVELOPMENT_PLAN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case FulcrumPackage.DEVELOPMENT_PLAN__FOCUS_AREAS:
				getFocusAreas().clear();
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
			case FulcrumPackage.DEVELOPMENT_PLAN__PARTICIPANT:
				return participant != null;
			case FulcrumPackage.DEVELOPMENT_PLAN__BASED_ON:
				return basedOn != null;
			case FulcrumPackage.DEVELOPMENT_PLAN__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case FulcrumPackage.DEVELOPMENT_PLAN__STATUS:
				return status != STATUS_EDEFAULT;
			case FulcrumPackage.DEVELOPMENT_PLAN__FOCUS_AREAS:
				return focusAreas != null && !focusAreas.isEmpty();
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
		result.append(" (start: ");
		result.append(start);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //DevelopmentPlanImpl
