/**
 */
package org.fulcrum.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Confidentiality Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who may see which rater group: a group shows only with at least minimumRaters answers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.ConfidentialityPolicy#getMinimumRaters <em>Minimum Raters</em>}</li>
 *   <li>{@link org.fulcrum.model.ConfidentialityPolicy#getMinimumCommenters <em>Minimum Commenters</em>}</li>
 *   <li>{@link org.fulcrum.model.ConfidentialityPolicy#isSelfExempt <em>Self Exempt</em>}</li>
 *   <li>{@link org.fulcrum.model.ConfidentialityPolicy#isManagerExempt <em>Manager Exempt</em>}</li>
 *   <li>{@link org.fulcrum.model.ConfidentialityPolicy#isFrozen <em>Frozen</em>}</li>
 *   <li>{@link org.fulcrum.model.ConfidentialityPolicy#getOverrides <em>Overrides</em>}</li>
 *   <li>{@link org.fulcrum.model.ConfidentialityPolicy#isNamesInCohortReports <em>Names In Cohort Reports</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getConfidentialityPolicy()
 * @model
 * @generated
 */
public interface ConfidentialityPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Minimum Raters</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Raters</em>' attribute.
	 * @see #setMinimumRaters(int)
	 * @see org.fulcrum.model.FulcrumPackage#getConfidentialityPolicy_MinimumRaters()
	 * @model default="3"
	 * @generated
	 */
	int getMinimumRaters();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ConfidentialityPolicy#getMinimumRaters <em>Minimum Raters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Raters</em>' attribute.
	 * @see #getMinimumRaters()
	 * @generated
	 */
	void setMinimumRaters(int value);

	/**
	 * Returns the value of the '<em><b>Minimum Commenters</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Commenters</em>' attribute.
	 * @see #setMinimumCommenters(int)
	 * @see org.fulcrum.model.FulcrumPackage#getConfidentialityPolicy_MinimumCommenters()
	 * @model default="3"
	 * @generated
	 */
	int getMinimumCommenters();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ConfidentialityPolicy#getMinimumCommenters <em>Minimum Commenters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Commenters</em>' attribute.
	 * @see #getMinimumCommenters()
	 * @generated
	 */
	void setMinimumCommenters(int value);

	/**
	 * Returns the value of the '<em><b>Self Exempt</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Self Exempt</em>' attribute.
	 * @see #setSelfExempt(boolean)
	 * @see org.fulcrum.model.FulcrumPackage#getConfidentialityPolicy_SelfExempt()
	 * @model default="true"
	 * @generated
	 */
	boolean isSelfExempt();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ConfidentialityPolicy#isSelfExempt <em>Self Exempt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Self Exempt</em>' attribute.
	 * @see #isSelfExempt()
	 * @generated
	 */
	void setSelfExempt(boolean value);

	/**
	 * Returns the value of the '<em><b>Manager Exempt</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manager Exempt</em>' attribute.
	 * @see #setManagerExempt(boolean)
	 * @see org.fulcrum.model.FulcrumPackage#getConfidentialityPolicy_ManagerExempt()
	 * @model default="true"
	 * @generated
	 */
	boolean isManagerExempt();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ConfidentialityPolicy#isManagerExempt <em>Manager Exempt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manager Exempt</em>' attribute.
	 * @see #isManagerExempt()
	 * @generated
	 */
	void setManagerExempt(boolean value);

	/**
	 * Returns the value of the '<em><b>Frozen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set when collection starts; the thresholds then change only through a logged override.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frozen</em>' attribute.
	 * @see #setFrozen(boolean)
	 * @see org.fulcrum.model.FulcrumPackage#getConfidentialityPolicy_Frozen()
	 * @model
	 * @generated
	 */
	boolean isFrozen();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ConfidentialityPolicy#isFrozen <em>Frozen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frozen</em>' attribute.
	 * @see #isFrozen()
	 * @generated
	 */
	void setFrozen(boolean value);

	/**
	 * Returns the value of the '<em><b>Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link org.fulcrum.model.PolicyOverride}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overrides</em>' containment reference list.
	 * @see org.fulcrum.model.FulcrumPackage#getConfidentialityPolicy_Overrides()
	 * @model containment="true"
	 * @generated
	 */
	EList<PolicyOverride> getOverrides();

	/**
	 * Returns the value of the '<em><b>Names In Cohort Reports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the cohort report may name participants; by default it shows them as P01, P02...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Names In Cohort Reports</em>' attribute.
	 * @see #setNamesInCohortReports(boolean)
	 * @see org.fulcrum.model.FulcrumPackage#getConfidentialityPolicy_NamesInCohortReports()
	 * @model
	 * @generated
	 */
	boolean isNamesInCohortReports();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.ConfidentialityPolicy#isNamesInCohortReports <em>Names In Cohort Reports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Names In Cohort Reports</em>' attribute.
	 * @see #isNamesInCohortReports()
	 * @generated
	 */
	void setNamesInCohortReports(boolean value);

} // ConfidentialityPolicy
