/**
 */
package org.fulcrum.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Notification</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A message to a named person about a partner issue, kept in the engagement's outbox until sent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.Notification#getKey <em>Key</em>}</li>
 *   <li>{@link org.fulcrum.model.Notification#getTo <em>To</em>}</li>
 *   <li>{@link org.fulcrum.model.Notification#getIssue <em>Issue</em>}</li>
 *   <li>{@link org.fulcrum.model.Notification#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.fulcrum.model.Notification#getBody <em>Body</em>}</li>
 *   <li>{@link org.fulcrum.model.Notification#getReason <em>Reason</em>}</li>
 *   <li>{@link org.fulcrum.model.Notification#getCreated <em>Created</em>}</li>
 *   <li>{@link org.fulcrum.model.Notification#getSent <em>Sent</em>}</li>
 *   <li>{@link org.fulcrum.model.Notification#getError <em>Error</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getNotification()
 * @model
 * @generated
 */
public interface Notification extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the notice is about, e.g. ISS-0003/escalation/2: the same notice is never queued twice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.fulcrum.model.FulcrumPackage#getNotification_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Notification#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(Person)
	 * @see org.fulcrum.model.FulcrumPackage#getNotification_To()
	 * @model required="true"
	 * @generated
	 */
	Person getTo();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Notification#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Person value);

	/**
	 * Returns the value of the '<em><b>Issue</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issue</em>' reference.
	 * @see #setIssue(PartnerIssue)
	 * @see org.fulcrum.model.FulcrumPackage#getNotification_Issue()
	 * @model
	 * @generated
	 */
	PartnerIssue getIssue();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Notification#getIssue <em>Issue</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issue</em>' reference.
	 * @see #getIssue()
	 * @generated
	 */
	void setIssue(PartnerIssue value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.fulcrum.model.FulcrumPackage#getNotification_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Notification#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body</em>' attribute.
	 * @see #setBody(String)
	 * @see org.fulcrum.model.FulcrumPackage#getNotification_Body()
	 * @model
	 * @generated
	 */
	String getBody();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Notification#getBody <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' attribute.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.fulcrum.model.FulcrumPackage#getNotification_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Notification#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.fulcrum.model.FulcrumPackage#getNotification_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Notification#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Sent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sent</em>' attribute.
	 * @see #setSent(Date)
	 * @see org.fulcrum.model.FulcrumPackage#getNotification_Sent()
	 * @model
	 * @generated
	 */
	Date getSent();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Notification#getSent <em>Sent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sent</em>' attribute.
	 * @see #getSent()
	 * @generated
	 */
	void setSent(Date value);

	/**
	 * Returns the value of the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error</em>' attribute.
	 * @see #setError(String)
	 * @see org.fulcrum.model.FulcrumPackage#getNotification_Error()
	 * @model
	 * @generated
	 */
	String getError();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.Notification#getError <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error</em>' attribute.
	 * @see #getError()
	 * @generated
	 */
	void setError(String value);

} // Notification
