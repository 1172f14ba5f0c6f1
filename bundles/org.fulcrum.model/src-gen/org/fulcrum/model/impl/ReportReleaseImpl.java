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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.ReleasedCount;
import org.fulcrum.model.ReportRelease;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Report Release</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.ReportReleaseImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ReportReleaseImpl#getAssessment <em>Assessment</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ReportReleaseImpl#getFormats <em>Formats</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ReportReleaseImpl#getCounts <em>Counts</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ReportReleaseImpl#getSubmissions <em>Submissions</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ReportReleaseImpl#getCommentDigests <em>Comment Digests</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReportReleaseImpl extends MinimalEObjectImpl.Container implements ReportRelease {
	/**
	 * The default value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected Date at = AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAssessment() <em>Assessment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessment()
	 * @generated
	 * @ordered
	 */
	protected Assessment assessment;

	/**
	 * The default value of the '{@link #getFormats() <em>Formats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormats()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMATS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormats() <em>Formats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormats()
	 * @generated
	 * @ordered
	 */
	protected String formats = FORMATS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCounts() <em>Counts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounts()
	 * @generated
	 * @ordered
	 */
	protected EList<ReleasedCount> counts;

	/**
	 * The cached value of the '{@link #getSubmissions() <em>Submissions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmissions()
	 * @generated
	 * @ordered
	 */
	protected EList<RaterInvitation> submissions;

	/**
	 * The cached value of the '{@link #getCommentDigests() <em>Comment Digests</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommentDigests()
	 * @generated
	 * @ordered
	 */
	protected EList<String> commentDigests;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReportReleaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.REPORT_RELEASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getAt() {
		return at;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Date newAt) {
		Date oldAt = at;
		at = newAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.REPORT_RELEASE__AT, oldAt, at));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment getAssessment() {
		if (assessment != null && assessment.eIsProxy()) {
			InternalEObject oldAssessment = (InternalEObject)assessment;
			assessment = (Assessment)eResolveProxy(oldAssessment);
			if (assessment != oldAssessment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FulcrumPackage.REPORT_RELEASE__ASSESSMENT, oldAssessment, assessment));
			}
		}
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Assessment basicGetAssessment() {
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessment(Assessment newAssessment) {
		Assessment oldAssessment = assessment;
		assessment = newAssessment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.REPORT_RELEASE__ASSESSMENT, oldAssessment, assessment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormats() {
		return formats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormats(String newFormats) {
		String oldFormats = formats;
		formats = newFormats;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.REPORT_RELEASE__FORMATS, oldFormats, formats));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReleasedCount> getCounts() {
		if (counts == null) {
			counts = new EObjectContainmentEList<ReleasedCount>(ReleasedCount.class, this, FulcrumPackage.REPORT_RELEASE__COUNTS);
		}
		return counts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RaterInvitation> getSubmissions() {
		if (submissions == null) {
			submissions = new EObjectResolvingEList<RaterInvitation>(RaterInvitation.class, this, FulcrumPackage.REPORT_RELEASE__SUBMISSIONS);
		}
		return submissions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCommentDigests() {
		if (commentDigests == null) {
			commentDigests = new EDataTypeEList<String>(String.class, this, FulcrumPackage.REPORT_RELEASE__COMMENT_DIGESTS);
		}
		return commentDigests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FulcrumPackage.REPORT_RELEASE__COUNTS:
				return ((InternalEList<?>)getCounts()).basicRemove(otherEnd, msgs);
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
			case FulcrumPackage.REPORT_RELEASE__AT:
				return getAt();
			case FulcrumPackage.REPORT_RELEASE__ASSESSMENT:
				if (resolve) return getAssessment();
				return basicGetAssessment();
			case FulcrumPackage.REPORT_RELEASE__FORMATS:
				return getFormats();
			case FulcrumPackage.REPORT_RELEASE__COUNTS:
				return getCounts();
			case FulcrumPackage.REPORT_RELEASE__SUBMISSIONS:
				return getSubmissions();
			case FulcrumPackage.REPORT_RELEASE__COMMENT_DIGESTS:
				return getCommentDigests();
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
			case FulcrumPackage.REPORT_RELEASE__AT:
				setAt((Date)newValue);
				return;
			case FulcrumPackage.REPORT_RELEASE__ASSESSMENT:
				setAssessment((Assessment)newValue);
				return;
			case FulcrumPackage.REPORT_RELEASE__FORMATS:
				setFormats((String)newValue);
				return;
			case FulcrumPackage.REPORT_RELEASE__COUNTS:
				getCounts().clear();
				getCounts().addAll((Collection<? extends ReleasedCount>)newValue);
				return;
			case FulcrumPackage.REPORT_RELEASE__SUBMISSIONS:
				getSubmissions().clear();
				getSubmissions().addAll((Collection<? extends RaterInvitation>)newValue);
				return;
			case FulcrumPackage.REPORT_RELEASE__COMMENT_DIGESTS:
				getCommentDigests().clear();
				getCommentDigests().addAll((Collection<? extends String>)newValue);
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
			case FulcrumPackage.REPORT_RELEASE__AT:
				setAt(AT_EDEFAULT);
				return;
			case FulcrumPackage.REPORT_RELEASE__ASSESSMENT:
				setAssessment((Assessment)null);
				return;
			case FulcrumPackage.REPORT_RELEASE__FORMATS:
				setFormats(FORMATS_EDEFAULT);
				return;
			case FulcrumPackage.REPORT_RELEASE__COUNTS:
				getCounts().clear();
				return;
			case FulcrumPackage.REPORT_RELEASE__SUBMISSIONS:
				getSubmissions().clear();
				return;
			case FulcrumPackage.REPORT_RELEASE__COMMENT_DIGESTS:
				getCommentDigests().clear();
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
			case FulcrumPackage.REPORT_RELEASE__AT:
				return AT_EDEFAULT == null ? at != null : !AT_EDEFAULT.equals(at);
			case FulcrumPackage.REPORT_RELEASE__ASSESSMENT:
				return assessment != null;
			case FulcrumPackage.REPORT_RELEASE__FORMATS:
				return FORMATS_EDEFAULT == null ? formats != null : !FORMATS_EDEFAULT.equals(formats);
			case FulcrumPackage.REPORT_RELEASE__COUNTS:
				return counts != null && !counts.isEmpty();
			case FulcrumPackage.REPORT_RELEASE__SUBMISSIONS:
				return submissions != null && !submissions.isEmpty();
			case FulcrumPackage.REPORT_RELEASE__COMMENT_DIGESTS:
				return commentDigests != null && !commentDigests.isEmpty();
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
		result.append(" (at: ");
		result.append(at);
		result.append(", formats: ");
		result.append(formats);
		result.append(", commentDigests: ");
		result.append(commentDigests);
		result.append(')');
		return result.toString();
	}

} //ReportReleaseImpl
