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
import org.fulcrum.model.Comment;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.RaterInvitation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.AssessmentImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.AssessmentImpl#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.AssessmentImpl#getRound <em>Round</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.AssessmentImpl#getOpened <em>Opened</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.AssessmentImpl#getClosed <em>Closed</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.AssessmentImpl#getInvitations <em>Invitations</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.AssessmentImpl#getComments <em>Comments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentImpl extends IdentifiedImpl implements Assessment {
	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected PartnerManager subject;

	/**
	 * The cached value of the '{@link #getInstrument() <em>Instrument</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrument()
	 * @generated
	 * @ordered
	 */
	protected Instrument instrument;

	/**
	 * The default value of the '{@link #getRound() <em>Round</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound()
	 * @generated
	 * @ordered
	 */
	protected static final String ROUND_EDEFAULT = "baseline";

	/**
	 * The cached value of the '{@link #getRound() <em>Round</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound()
	 * @generated
	 * @ordered
	 */
	protected String round = ROUND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpened() <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpened()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate OPENED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpened() <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpened()
	 * @generated
	 * @ordered
	 */
	protected LocalDate opened = OPENED_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosed() <em>Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosed()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CLOSED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosed() <em>Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosed()
	 * @generated
	 * @ordered
	 */
	protected LocalDate closed = CLOSED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInvitations() <em>Invitations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvitations()
	 * @generated
	 * @ordered
	 */
	protected EList<RaterInvitation> invitations;

	/**
	 * The cached value of the '{@link #getComments() <em>Comments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComments()
	 * @generated
	 * @ordered
	 */
	protected EList<Comment> comments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerManager getSubject() {
		if (subject != null && subject.eIsProxy()) {
			InternalEObject oldSubject = (InternalEObject)subject;
			subject = (PartnerManager)eResolveProxy(oldSubject);
			if (subject != oldSubject) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.ASSESSMENT__SUBJECT, oldSubject, subject));
			}
		}
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnerManager basicGetSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(PartnerManager newSubject) {
		PartnerManager oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ASSESSMENT__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument getInstrument() {
		if (instrument != null && instrument.eIsProxy()) {
			InternalEObject oldInstrument = (InternalEObject)instrument;
			instrument = (Instrument)eResolveProxy(oldInstrument);
			if (instrument != oldInstrument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.ASSESSMENT__INSTRUMENT, oldInstrument, instrument));
			}
		}
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instrument basicGetInstrument() {
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrument(Instrument newInstrument) {
		Instrument oldInstrument = instrument;
		instrument = newInstrument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ASSESSMENT__INSTRUMENT, oldInstrument, instrument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRound() {
		return round;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRound(String newRound) {
		String oldRound = round;
		round = newRound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ASSESSMENT__ROUND, oldRound, round));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getOpened() {
		return opened;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpened(LocalDate newOpened) {
		LocalDate oldOpened = opened;
		opened = newOpened;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ASSESSMENT__OPENED, oldOpened, opened));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getClosed() {
		return closed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosed(LocalDate newClosed) {
		LocalDate oldClosed = closed;
		closed = newClosed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ASSESSMENT__CLOSED, oldClosed, closed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RaterInvitation> getInvitations() {
		if (invitations == null) {
			invitations = new EObjectContainmentEList<RaterInvitation>(RaterInvitation.class, this, FulcrumPackage.ASSESSMENT__INVITATIONS);
		}
		return invitations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Comment> getComments() {
		if (comments == null) {
			comments = new EObjectContainmentEList<Comment>(Comment.class, this, FulcrumPackage.ASSESSMENT__COMMENTS);
		}
		return comments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FulcrumPackage.ASSESSMENT__INVITATIONS:
				return ((InternalEList<?>)getInvitations()).basicRemove(otherEnd, msgs);
			case FulcrumPackage.ASSESSMENT__COMMENTS:
				return ((InternalEList<?>)getComments()).basicRemove(otherEnd, msgs);
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
			case FulcrumPackage.ASSESSMENT__SUBJECT:
				if (resolve) return getSubject();
				return basicGetSubject();
			case FulcrumPackage.ASSESSMENT__INSTRUMENT:
				if (resolve) return getInstrument();
				return basicGetInstrument();
			case FulcrumPackage.ASSESSMENT__ROUND:
				return getRound();
			case FulcrumPackage.ASSESSMENT__OPENED:
				return getOpened();
			case FulcrumPackage.ASSESSMENT__CLOSED:
				return getClosed();
			case FulcrumPackage.ASSESSMENT__INVITATIONS:
				return getInvitations();
			case FulcrumPackage.ASSESSMENT__COMMENTS:
				return getComments();
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
			case FulcrumPackage.ASSESSMENT__SUBJECT:
				setSubject((PartnerManager)newValue);
				return;
			case FulcrumPackage.ASSESSMENT__INSTRUMENT:
				setInstrument((Instrument)newValue);
				return;
			case FulcrumPackage.ASSESSMENT__ROUND:
				setRound((String)newValue);
				return;
			case FulcrumPackage.ASSESSMENT__OPENED:
				setOpened((LocalDate)newValue);
				return;
			case FulcrumPackage.ASSESSMENT__CLOSED:
				setClosed((LocalDate)newValue);
				return;
			case FulcrumPackage.ASSESSMENT__INVITATIONS:
				getInvitations().clear();
				getInvitations().addAll((Collection<? extends RaterInvitation>)newValue);
				return;
			case FulcrumPackage.ASSESSMENT__COMMENTS:
				getComments().clear();
				getComments().addAll((Collection<? extends Comment>)newValue);
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
			case FulcrumPackage.ASSESSMENT__SUBJECT:
				setSubject((PartnerManager)null);
				return;
			case FulcrumPackage.ASSESSMENT__INSTRUMENT:
				setInstrument((Instrument)null);
				return;
			case FulcrumPackage.ASSESSMENT__ROUND:
				setRound(ROUND_EDEFAULT);
				return;
			case FulcrumPackage.ASSESSMENT__OPENED:
				setOpened(OPENED_EDEFAULT);
				return;
			case FulcrumPackage.ASSESSMENT__CLOSED:
				setClosed(CLOSED_EDEFAULT);
				return;
			case FulcrumPackage.ASSESSMENT__INVITATIONS:
				getInvitations().clear();
				return;
			case FulcrumPackage.ASSESSMENT__COMMENTS:
				getComments().clear();
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
			case FulcrumPackage.ASSESSMENT__SUBJECT:
				return subject != null;
			case FulcrumPackage.ASSESSMENT__INSTRUMENT:
				return instrument != null;
			case FulcrumPackage.ASSESSMENT__ROUND:
				return ROUND_EDEFAULT == null ? round != null : !ROUND_EDEFAULT.equals(round);
			case FulcrumPackage.ASSESSMENT__OPENED:
				return OPENED_EDEFAULT == null ? opened != null : !OPENED_EDEFAULT.equals(opened);
			case FulcrumPackage.ASSESSMENT__CLOSED:
				return CLOSED_EDEFAULT == null ? closed != null : !CLOSED_EDEFAULT.equals(closed);
			case FulcrumPackage.ASSESSMENT__INVITATIONS:
				return invitations != null && !invitations.isEmpty();
			case FulcrumPackage.ASSESSMENT__COMMENTS:
				return comments != null && !comments.isEmpty();
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
		result.append(" (round: ");
		result.append(round);
		result.append(", opened: ");
		result.append(opened);
		result.append(", closed: ");
		result.append(closed);
		result.append(')');
		return result.toString();
	}

} //AssessmentImpl
