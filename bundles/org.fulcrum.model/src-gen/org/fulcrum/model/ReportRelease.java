/**
 */
package org.fulcrum.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Report Release</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One report released to a participant: when, from which round, and exactly which submissions and comments it was computed from, so that a later release cannot isolate a late rater.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.ReportRelease#getAt <em>At</em>}</li>
 *   <li>{@link org.fulcrum.model.ReportRelease#getAssessment <em>Assessment</em>}</li>
 *   <li>{@link org.fulcrum.model.ReportRelease#getFormats <em>Formats</em>}</li>
 *   <li>{@link org.fulcrum.model.ReportRelease#getCounts <em>Counts</em>}</li>
 *   <li>{@link org.fulcrum.model.ReportRelease#getSubmissions <em>Submissions</em>}</li>
 *   <li>{@link org.fulcrum.model.ReportRelease#getCommentDigests <em>Comment Digests</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getReportRelease()
 * @model
 * @generated
 */
public interface ReportRelease extends EObject {
	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Date)
	 * @see org.fulcrum.model.FulcrumPackage#getReportRelease_At()
	 * @model
	 * @generated
	 */
	Date getAt();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ReportRelease#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Date value);

	/**
	 * Returns the value of the '<em><b>Assessment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessment</em>' reference.
	 * @see #setAssessment(Assessment)
	 * @see org.fulcrum.model.FulcrumPackage#getReportRelease_Assessment()
	 * @model
	 * @generated
	 */
	Assessment getAssessment();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ReportRelease#getAssessment <em>Assessment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessment</em>' reference.
	 * @see #getAssessment()
	 * @generated
	 */
	void setAssessment(Assessment value);

	/**
	 * Returns the value of the '<em><b>Formats</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Formats</em>' attribute.
	 * @see #setFormats(String)
	 * @see org.fulcrum.model.FulcrumPackage#getReportRelease_Formats()
	 * @model
	 * @generated
	 */
	String getFormats();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ReportRelease#getFormats <em>Formats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Formats</em>' attribute.
	 * @see #getFormats()
	 * @generated
	 */
	void setFormats(String value);

	/**
	 * Returns the value of the '<em><b>Counts</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.ReleasedCount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counts</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getReportRelease_Counts()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReleasedCount> getCounts();

	/**
	 * Returns the value of the '<em><b>Submissions</b></em>' reference list.
	 * The list contents are of type {@link org.fulcrum.model.RaterInvitation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The completed invitations whose answers the report used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Submissions</em>' reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getReportRelease_Submissions()
	 * @model
	 * @generated
	 */
	EList<RaterInvitation> getSubmissions();

	/**
	 * Returns the value of the '<em><b>Comment Digests</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of each comment the report printed: a later release may print these, and new ones only with enough new raters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comment Digests</em>' attribute list.
	 * @see org.fulcrum.model.FulcrumPackage#getReportRelease_CommentDigests()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getCommentDigests();

} // ReportRelease
