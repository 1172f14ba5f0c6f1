/**
 */
package org.fulcrum.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.Person;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rater Invitation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.RaterInvitationImpl#getRater <em>Rater</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.RaterInvitationImpl#getRelationship <em>Relationship</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.RaterInvitationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.RaterInvitationImpl#getToken <em>Token</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.RaterInvitationImpl#getSubmitted <em>Submitted</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.RaterInvitationImpl#getResponses <em>Responses</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RaterInvitationImpl extends IdentifiedImpl implements RaterInvitation {
	/**
	 * The cached value of the '{@link #getRater() <em>Rater</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRater()
	 * @generated
	 * @ordered
	 */
	protected Person rater;

	/**
	 * The default value of the '{@link #getRelationship() <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationship()
	 * @generated
	 * @ordered
	 */
	protected static final RelationshipGroup RELATIONSHIP_EDEFAULT = RelationshipGroup.OTHER;

	/**
	 * The cached value of the '{@link #getRelationship() <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationship()
	 * @generated
	 * @ordered
	 */
	protected RelationshipGroup relationship = RELATIONSHIP_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final InvitationStatus STATUS_EDEFAULT = InvitationStatus.NOMINATED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected InvitationStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getToken() <em>Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToken()
	 * @generated
	 * @ordered
	 */
	protected static final String TOKEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToken() <em>Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToken()
	 * @generated
	 * @ordered
	 */
	protected String token = TOKEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubmitted() <em>Submitted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmitted()
	 * @generated
	 * @ordered
	 */
	protected static final Date SUBMITTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubmitted() <em>Submitted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmitted()
	 * @generated
	 * @ordered
	 */
	protected Date submitted = SUBMITTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResponses() <em>Responses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponses()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemResponse> responses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RaterInvitationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.RATER_INVITATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getRater() {
		if (rater != null && rater.eIsProxy()) {
			InternalEObject oldRater = (InternalEObject)rater;
			rater = (Person)eResolveProxy(oldRater);
			if (rater != oldRater) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.RATER_INVITATION__RATER, oldRater, rater));
			}
		}
		return rater;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetRater() {
		return rater;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRater(Person newRater) {
		Person oldRater = rater;
		rater = newRater;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.RATER_INVITATION__RATER, oldRater, rater));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationshipGroup getRelationship() {
		return relationship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelationship(RelationshipGroup newRelationship) {
		RelationshipGroup oldRelationship = relationship;
		relationship = newRelationship == null ? RELATIONSHIP_EDEFAULT : newRelationship;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.RATER_INVITATION__RELATIONSHIP, oldRelationship, relationship));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InvitationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(InvitationStatus newStatus) {
		InvitationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.RATER_INVITATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToken() {
		return token;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToken(String newToken) {
		String oldToken = token;
		token = newToken;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.RATER_INVITATION__TOKEN, oldToken, token));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSubmitted() {
		return submitted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubmitted(Date newSubmitted) {
		Date oldSubmitted = submitted;
		submitted = newSubmitted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.RATER_INVITATION__SUBMITTED, oldSubmitted, submitted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemResponse> getResponses() {
		if (responses == null) {
			responses = new EObjectContainmentEList<ItemResponse>(ItemResponse.class, this, FulcrumPackage.RATER_INVITATION__RESPONSES);
		}
		return responses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FulcrumPackage.RATER_INVITATION__RESPONSES:
				return ((InternalEList<?>)getResponses()).basicRemove(otherEnd, msgs);
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
			case FulcrumPackage.RATER_INVITATION__RATER:
				if (resolve) return getRater();
				return basicGetRater();
			case FulcrumPackage.RATER_INVITATION__RELATIONSHIP:
				return getRelationship();
			case FulcrumPackage.RATER_INVITATION__STATUS:
				return getStatus();
			case FulcrumPackage.RATER_INVITATION__TOKEN:
				return getToken();
			case FulcrumPackage.RATER_INVITATION__SUBMITTED:
				return getSubmitted();
			case FulcrumPackage.RATER_INVITATION__RESPONSES:
				return getResponses();
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
			case FulcrumPackage.RATER_INVITATION__RATER:
				setRater((Person)newValue);
				return;
			case FulcrumPackage.RATER_INVITATION__RELATIONSHIP:
				setRelationship((RelationshipGroup)newValue);
				return;
			case FulcrumPackage.RATER_INVITATION__STATUS:
				setStatus((InvitationStatus)newValue);
				return;
			case FulcrumPackage.RATER_INVITATION__TOKEN:
				setToken((String)newValue);
				return;
			case FulcrumPackage.RATER_INVITATION__SUBMITTED:
				setSubmitted((Date)newValue);
				return;
			case FulcrumPackage.RATER_INVITATION__RESPONSES:
				getResponses().clear();
				getResponses().addAll((Collection<? extends ItemResponse>)newValue);
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
			case FulcrumPackage.RATER_INVITATION__RATER:
				setRater((Person)null);
				return;
			case FulcrumPackage.RATER_INVITATION__RELATIONSHIP:
				setRelationship(RELATIONSHIP_EDEFAULT);
				return;
			case FulcrumPackage.RATER_INVITATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case FulcrumPackage.RATER_INVITATION__TOKEN:
				setToken(TOKEN_EDEFAULT);
				return;
			case FulcrumPackage.RATER_INVITATION__SUBMITTED:
				setSubmitted(SUBMITTED_EDEFAULT);
				return;
			case FulcrumPackage.RATER_INVITATION__RESPONSES:
				getResponses().clear();
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
			case FulcrumPackage.RATER_INVITATION__RATER:
				return rater != null;
			case FulcrumPackage.RATER_INVITATION__RELATIONSHIP:
				return relationship != RELATIONSHIP_EDEFAULT;
			case FulcrumPackage.RATER_INVITATION__STATUS:
				return status != STATUS_EDEFAULT;
			case FulcrumPackage.RATER_INVITATION__TOKEN:
				return TOKEN_EDEFAULT == null ? token != null : !TOKEN_EDEFAULT.equals(token);
			case FulcrumPackage.RATER_INVITATION__SUBMITTED:
				return SUBMITTED_EDEFAULT == null ? submitted != null : !SUBMITTED_EDEFAULT.equals(submitted);
			case FulcrumPackage.RATER_INVITATION__RESPONSES:
				return responses != null && !responses.isEmpty();
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
		result.append(" (relationship: ");
		result.append(relationship);
		result.append(", status: ");
		result.append(status);
		result.append(", token: ");
		result.append(token);
		result.append(", submitted: ");
		result.append(submitted);
		result.append(')');
		return result.toString();
	}

} //RaterInvitationImpl
