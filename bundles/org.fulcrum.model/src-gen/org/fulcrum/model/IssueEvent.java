/**
 */
package org.fulcrum.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Issue Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that happened to an issue; only events visible to the partner are shared.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.IssueEvent#getAt <em>At</em>}</li>
 *   <li>{@link org.fulcrum.model.IssueEvent#getKind <em>Kind</em>}</li>
 *   <li>{@link org.fulcrum.model.IssueEvent#getText <em>Text</em>}</li>
 *   <li>{@link org.fulcrum.model.IssueEvent#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.fulcrum.model.IssueEvent#isVisibleToPartner <em>Visible To Partner</em>}</li>
 *   <li>{@link org.fulcrum.model.IssueEvent#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fulcrum.model.IssueEvent#getLevel <em>Level</em>}</li>
 *   <li>{@link org.fulcrum.model.IssueEvent#getPeople <em>People</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getIssueEvent()
 * @model
 * @generated
 */
public interface IssueEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Date)
	 * @see org.fulcrum.model.FulcrumPackage#getIssueEvent_At()
	 * @model
	 * @generated
	 */
	Date getAt();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.IssueEvent#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Date value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.IssueEventKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.fulcrum.model.IssueEventKind
	 * @see #setKind(IssueEventKind)
	 * @see org.fulcrum.model.FulcrumPackage#getIssueEvent_Kind()
	 * @model
	 * @generated
	 */
	IssueEventKind getKind();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.IssueEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.fulcrum.model.IssueEventKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(IssueEventKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.fulcrum.model.FulcrumPackage#getIssueEvent_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.IssueEvent#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.fulcrum.model.FulcrumPackage#getIssueEvent_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.IssueEvent#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Visible To Partner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visible To Partner</em>' attribute.
	 * @see #setVisibleToPartner(boolean)
	 * @see org.fulcrum.model.FulcrumPackage#getIssueEvent_VisibleToPartner()
	 * @model
	 * @generated
	 */
	boolean isVisibleToPartner();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.IssueEvent#isVisibleToPartner <em>Visible To Partner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visible To Partner</em>' attribute.
	 * @see #isVisibleToPartner()
	 * @generated
	 */
	void setVisibleToPartner(boolean value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.IssueStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a status change: the status the issue moved to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.fulcrum.model.IssueStatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #setStatus(IssueStatus)
	 * @see org.fulcrum.model.FulcrumPackage#getIssueEvent_Status()
	 * @model unsettable="true"
	 * @generated
	 */
	IssueStatus getStatus();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.IssueEvent#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.fulcrum.model.IssueStatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(IssueStatus value);

	/**
	 * Unsets the value of the '{@link org.fulcrum.model.IssueEvent#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(IssueStatus)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link org.fulcrum.model.IssueEvent#getStatus <em>Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status</em>' attribute is set.
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @see #setStatus(IssueStatus)
	 * @generated
	 */
	boolean isSetStatus();

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.EscalationLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an escalation: the level the issue was escalated to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.fulcrum.model.EscalationLevel
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #setLevel(EscalationLevel)
	 * @see org.fulcrum.model.FulcrumPackage#getIssueEvent_Level()
	 * @model unsettable="true"
	 * @generated
	 */
	EscalationLevel getLevel();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.IssueEvent#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.fulcrum.model.EscalationLevel
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(EscalationLevel value);

	/**
	 * Unsets the value of the '{@link org.fulcrum.model.IssueEvent#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLevel()
	 * @see #getLevel()
	 * @see #setLevel(EscalationLevel)
	 * @generated
	 */
	void unsetLevel();

	/**
	 * Returns whether the value of the '{@link org.fulcrum.model.IssueEvent#getLevel <em>Level</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Level</em>' attribute is set.
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @see #setLevel(EscalationLevel)
	 * @generated
	 */
	boolean isSetLevel();

	/**
	 * Returns the value of the '<em><b>People</b></em>' reference list.
	 * The list contents are of type {@link org.fulcrum.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an escalation, an assignment or a notice: the named people it went to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>People</em>' reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getIssueEvent_People()
	 * @model
	 * @generated
	 */
	EList<Person> getPeople();

} // IssueEvent
