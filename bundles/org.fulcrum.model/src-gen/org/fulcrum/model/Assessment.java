/**
 */
package org.fulcrum.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One round of 360-degree feedback on one participant.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.Assessment#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.fulcrum.model.Assessment#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.fulcrum.model.Assessment#getRound <em>Round</em>}</li>
 *   <li>{@link org.fulcrum.model.Assessment#getOpened <em>Opened</em>}</li>
 *   <li>{@link org.fulcrum.model.Assessment#getClosed <em>Closed</em>}</li>
 *   <li>{@link org.fulcrum.model.Assessment#getInvitations <em>Invitations</em>}</li>
 *   <li>{@link org.fulcrum.model.Assessment#getComments <em>Comments</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getAssessment()
 * @model
 * @generated
 */
public interface Assessment extends Identified {
	/**
	 * Returns the value of the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' reference.
	 * @see #setSubject(PartnerManager)
	 * @see org.fulcrum.model.FulcrumPackage#getAssessment_Subject()
	 * @model required="true"
	 * @generated
	 */
	PartnerManager getSubject();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Assessment#getSubject <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(PartnerManager value);

	/**
	 * Returns the value of the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument</em>' reference.
	 * @see #setInstrument(Instrument)
	 * @see org.fulcrum.model.FulcrumPackage#getAssessment_Instrument()
	 * @model required="true"
	 * @generated
	 */
	Instrument getInstrument();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Assessment#getInstrument <em>Instrument</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument</em>' reference.
	 * @see #getInstrument()
	 * @generated
	 */
	void setInstrument(Instrument value);

	/**
	 * Returns the value of the '<em><b>Round</b></em>' attribute.
	 * The default value is <code>"baseline"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * baseline, follow-up, ...: rounds of one subject are compared in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Round</em>' attribute.
	 * @see #setRound(String)
	 * @see org.fulcrum.model.FulcrumPackage#getAssessment_Round()
	 * @model default="baseline"
	 * @generated
	 */
	String getRound();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Assessment#getRound <em>Round</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Round</em>' attribute.
	 * @see #getRound()
	 * @generated
	 */
	void setRound(String value);

	/**
	 * Returns the value of the '<em><b>Opened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opened</em>' attribute.
	 * @see #setOpened(LocalDate)
	 * @see org.fulcrum.model.FulcrumPackage#getAssessment_Opened()
	 * @model dataType="org.fulcrum.model.LocalDate"
	 * @generated
	 */
	LocalDate getOpened();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Assessment#getOpened <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened</em>' attribute.
	 * @see #getOpened()
	 * @generated
	 */
	void setOpened(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed</em>' attribute.
	 * @see #setClosed(LocalDate)
	 * @see org.fulcrum.model.FulcrumPackage#getAssessment_Closed()
	 * @model dataType="org.fulcrum.model.LocalDate"
	 * @generated
	 */
	LocalDate getClosed();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Assessment#getClosed <em>Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed</em>' attribute.
	 * @see #getClosed()
	 * @generated
	 */
	void setClosed(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Invitations</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.RaterInvitation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Invitations</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getAssessment_Invitations()
	 * @model containment="true"
	 * @generated
	 */
	EList<RaterInvitation> getInvitations();

	/**
	 * Returns the value of the '<em><b>Comments</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.Comment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kept apart from invitations so that no comment is linked to a rater.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comments</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getAssessment_Comments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Comment> getComments();

} // Assessment
