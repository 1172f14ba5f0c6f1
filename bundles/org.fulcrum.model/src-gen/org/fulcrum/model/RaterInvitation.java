/**
 */
package org.fulcrum.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rater Invitation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A nominated rater of one assessment and, once they answered, their responses.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.RaterInvitation#getRater <em>Rater</em>}</li>
 *   <li>{@link org.fulcrum.model.RaterInvitation#getRelationship <em>Relationship</em>}</li>
 *   <li>{@link org.fulcrum.model.RaterInvitation#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fulcrum.model.RaterInvitation#getToken <em>Token</em>}</li>
 *   <li>{@link org.fulcrum.model.RaterInvitation#getSubmitted <em>Submitted</em>}</li>
 *   <li>{@link org.fulcrum.model.RaterInvitation#getResponses <em>Responses</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getRaterInvitation()
 * @model
 * @generated
 */
public interface RaterInvitation extends Identified {
	/**
	 * Returns the value of the '<em><b>Rater</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rater</em>' reference.
	 * @see #setRater(Person)
	 * @see org.fulcrum.model.FulcrumPackage#getRaterInvitation_Rater()
	 * @model required="true"
	 * @generated
	 */
	Person getRater();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.RaterInvitation#getRater <em>Rater</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rater</em>' reference.
	 * @see #getRater()
	 * @generated
	 */
	void setRater(Person value);

	/**
	 * Returns the value of the '<em><b>Relationship</b></em>' attribute.
	 * The default value is <code>"other"</code>.
	 * The literals are from the enumeration {@link org.fulcrum.model.RelationshipGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationship</em>' attribute.
	 * @see org.fulcrum.model.RelationshipGroup
	 * @see #setRelationship(RelationshipGroup)
	 * @see org.fulcrum.model.FulcrumPackage#getRaterInvitation_Relationship()
	 * @model default="other"
	 * @generated
	 */
	RelationshipGroup getRelationship();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.RaterInvitation#getRelationship <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relationship</em>' attribute.
	 * @see org.fulcrum.model.RelationshipGroup
	 * @see #getRelationship()
	 * @generated
	 */
	void setRelationship(RelationshipGroup value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.InvitationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.fulcrum.model.InvitationStatus
	 * @see #setStatus(InvitationStatus)
	 * @see org.fulcrum.model.FulcrumPackage#getRaterInvitation_Status()
	 * @model
	 * @generated
	 */
	InvitationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.RaterInvitation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.fulcrum.model.InvitationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(InvitationStatus value);

	/**
	 * Returns the value of the '<em><b>Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Secret that identifies a submission without the rater's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Token</em>' attribute.
	 * @see #setToken(String)
	 * @see org.fulcrum.model.FulcrumPackage#getRaterInvitation_Token()
	 * @model
	 * @generated
	 */
	String getToken();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.RaterInvitation#getToken <em>Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Token</em>' attribute.
	 * @see #getToken()
	 * @generated
	 */
	void setToken(String value);

	/**
	 * Returns the value of the '<em><b>Submitted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submitted</em>' attribute.
	 * @see #setSubmitted(Date)
	 * @see org.fulcrum.model.FulcrumPackage#getRaterInvitation_Submitted()
	 * @model
	 * @generated
	 */
	Date getSubmitted();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.RaterInvitation#getSubmitted <em>Submitted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submitted</em>' attribute.
	 * @see #getSubmitted()
	 * @generated
	 */
	void setSubmitted(Date value);

	/**
	 * Returns the value of the '<em><b>Responses</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.ItemResponse}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responses</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getRaterInvitation_Responses()
	 * @model containment="true"
	 * @generated
	 */
	EList<ItemResponse> getResponses();

} // RaterInvitation
