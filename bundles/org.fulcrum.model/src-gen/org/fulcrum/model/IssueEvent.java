/**
 */
package org.fulcrum.model;

import java.util.Date;

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

} // IssueEvent
