/**
 */
package org.fulcrum.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checklist Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One do or don't of the coaching checklist, and whether it was seen in the session.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.ChecklistEntry#getRule <em>Rule</em>}</li>
 *   <li>{@link org.fulcrum.model.ChecklistEntry#getKind <em>Kind</em>}</li>
 *   <li>{@link org.fulcrum.model.ChecklistEntry#isObserved <em>Observed</em>}</li>
 *   <li>{@link org.fulcrum.model.ChecklistEntry#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getChecklistEntry()
 * @model
 * @generated
 */
public interface ChecklistEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule</em>' attribute.
	 * @see #setRule(String)
	 * @see org.fulcrum.model.FulcrumPackage#getChecklistEntry_Rule()
	 * @model
	 * @generated
	 */
	String getRule();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ChecklistEntry#getRule <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' attribute.
	 * @see #getRule()
	 * @generated
	 */
	void setRule(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.ChecklistKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.fulcrum.model.ChecklistKind
	 * @see #setKind(ChecklistKind)
	 * @see org.fulcrum.model.FulcrumPackage#getChecklistEntry_Kind()
	 * @model
	 * @generated
	 */
	ChecklistKind getKind();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ChecklistEntry#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.fulcrum.model.ChecklistKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ChecklistKind value);

	/**
	 * Returns the value of the '<em><b>Observed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed</em>' attribute.
	 * @see #setObserved(boolean)
	 * @see org.fulcrum.model.FulcrumPackage#getChecklistEntry_Observed()
	 * @model
	 * @generated
	 */
	boolean isObserved();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ChecklistEntry#isObserved <em>Observed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed</em>' attribute.
	 * @see #isObserved()
	 * @generated
	 */
	void setObserved(boolean value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.fulcrum.model.FulcrumPackage#getChecklistEntry_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ChecklistEntry#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // ChecklistEntry
