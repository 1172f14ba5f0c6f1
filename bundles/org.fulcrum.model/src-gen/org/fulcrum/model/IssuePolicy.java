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
 *   <li>{@link org.fulcrum.model.IssuePolicy#getEscalationPath <em>Escalation Path</em>}</li>
 *   <li>{@link org.fulcrum.model.IssuePolicy#isInformVpOnP1 <em>Inform Vp On P1</em>}</li>
 *   <li>{@link org.fulcrum.model.IssuePolicy#isInformVpOnRecurrence <em>Inform Vp On Recurrence</em>}</li>
 *   <li>{@link org.fulcrum.model.IssuePolicy#isInformVpOnBrokenPromise <em>Inform Vp On Broken Promise</em>}</li>
 *   <li>{@link org.fulcrum.model.IssuePolicy#isLapsesEscalate <em>Lapses Escalate</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Escalation Path</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.EscalationContact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The named people per escalation level, lowest first; escalation moves an issue to the people of its new level.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Escalation Path</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getIssuePolicy_EscalationPath()
	 * @model containment="true"
	 * @generated
	 */
	EList<EscalationContact> getEscalationPath();

	/**
	 * Returns the value of the '<em><b>Inform Vp On P1</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inform Vp On P1</em>' attribute.
	 * @see #setInformVpOnP1(boolean)
	 * @see org.fulcrum.model.FulcrumPackage#getIssuePolicy_InformVpOnP1()
	 * @model default="true"
	 * @generated
	 */
	boolean isInformVpOnP1();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.IssuePolicy#isInformVpOnP1 <em>Inform Vp On P1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inform Vp On P1</em>' attribute.
	 * @see #isInformVpOnP1()
	 * @generated
	 */
	void setInformVpOnP1(boolean value);

	/**
	 * Returns the value of the '<em><b>Inform Vp On Recurrence</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inform Vp On Recurrence</em>' attribute.
	 * @see #setInformVpOnRecurrence(boolean)
	 * @see org.fulcrum.model.FulcrumPackage#getIssuePolicy_InformVpOnRecurrence()
	 * @model default="true"
	 * @generated
	 */
	boolean isInformVpOnRecurrence();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.IssuePolicy#isInformVpOnRecurrence <em>Inform Vp On Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inform Vp On Recurrence</em>' attribute.
	 * @see #isInformVpOnRecurrence()
	 * @generated
	 */
	void setInformVpOnRecurrence(boolean value);

	/**
	 * Returns the value of the '<em><b>Inform Vp On Broken Promise</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inform Vp On Broken Promise</em>' attribute.
	 * @see #setInformVpOnBrokenPromise(boolean)
	 * @see org.fulcrum.model.FulcrumPackage#getIssuePolicy_InformVpOnBrokenPromise()
	 * @model default="true"
	 * @generated
	 */
	boolean isInformVpOnBrokenPromise();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.IssuePolicy#isInformVpOnBrokenPromise <em>Inform Vp On Broken Promise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inform Vp On Broken Promise</em>' attribute.
	 * @see #isInformVpOnBrokenPromise()
	 * @generated
	 */
	void setInformVpOnBrokenPromise(boolean value);

	/**
	 * Returns the value of the '<em><b>Lapses Escalate</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether an overdue update or a broken promise takes an issue one level up, as a broken target does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lapses Escalate</em>' attribute.
	 * @see #setLapsesEscalate(boolean)
	 * @see org.fulcrum.model.FulcrumPackage#getIssuePolicy_LapsesEscalate()
	 * @model default="true"
	 * @generated
	 */
	boolean isLapsesEscalate();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.IssuePolicy#isLapsesEscalate <em>Lapses Escalate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lapses Escalate</em>' attribute.
	 * @see #isLapsesEscalate()
	 * @generated
	 */
	void setLapsesEscalate(boolean value);

} // IssuePolicy
