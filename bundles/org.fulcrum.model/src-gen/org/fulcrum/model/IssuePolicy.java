/**
 */
package org.fulcrum.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Issue Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How an engagement handles partner issues: targets per priority and the recurrence window.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.IssuePolicy#getRecurrenceWindowDays <em>Recurrence Window Days</em>}</li>
 *   <li>{@link org.fulcrum.model.IssuePolicy#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getIssuePolicy()
 * @model
 * @generated
 */
public interface IssuePolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Recurrence Window Days</b></em>' attribute.
	 * The default value is <code>"90"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An issue of the same partner and category opened within this many days of an earlier one is a recurrence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recurrence Window Days</em>' attribute.
	 * @see #setRecurrenceWindowDays(int)
	 * @see org.fulcrum.model.FulcrumPackage#getIssuePolicy_RecurrenceWindowDays()
	 * @model default="90"
	 * @generated
	 */
	int getRecurrenceWindowDays();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.IssuePolicy#getRecurrenceWindowDays <em>Recurrence Window Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recurrence Window Days</em>' attribute.
	 * @see #getRecurrenceWindowDays()
	 * @generated
	 */
	void setRecurrenceWindowDays(int value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.PriorityTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getIssuePolicy_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<PriorityTarget> getTargets();

} // IssuePolicy
