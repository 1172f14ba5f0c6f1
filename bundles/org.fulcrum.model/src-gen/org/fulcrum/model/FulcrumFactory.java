/**
 */
package org.fulcrum.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.fulcrum.model.FulcrumPackage
 * @generated
 */
public interface FulcrumFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FulcrumFactory eINSTANCE = org.fulcrum.model.impl.FulcrumFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Engagement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Engagement</em>'.
	 * @generated
	 */
	Engagement createEngagement();

	/**
	 * Returns a new object of class '<em>Confidentiality Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Confidentiality Policy</em>'.
	 * @generated
	 */
	ConfidentialityPolicy createConfidentialityPolicy();

	/**
	 * Returns a new object of class '<em>Report Release</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Report Release</em>'.
	 * @generated
	 */
	ReportRelease createReportRelease();

	/**
	 * Returns a new object of class '<em>Released Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Released Count</em>'.
	 * @generated
	 */
	ReleasedCount createReleasedCount();

	/**
	 * Returns a new object of class '<em>Policy Override</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Override</em>'.
	 * @generated
	 */
	PolicyOverride createPolicyOverride();

	/**
	 * Returns a new object of class '<em>Partner Organization</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Partner Organization</em>'.
	 * @generated
	 */
	PartnerOrganization createPartnerOrganization();

	/**
	 * Returns a new object of class '<em>Person</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Person</em>'.
	 * @generated
	 */
	Person createPerson();

	/**
	 * Returns a new object of class '<em>Partner Manager</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Partner Manager</em>'.
	 * @generated
	 */
	PartnerManager createPartnerManager();

	/**
	 * Returns a new object of class '<em>Instrument</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Instrument</em>'.
	 * @generated
	 */
	Instrument createInstrument();

	/**
	 * Returns a new object of class '<em>Dimension</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dimension</em>'.
	 * @generated
	 */
	Dimension createDimension();

	/**
	 * Returns a new object of class '<em>Behaviour Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Behaviour Item</em>'.
	 * @generated
	 */
	BehaviourItem createBehaviourItem();

	/**
	 * Returns a new object of class '<em>Rating Scale</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rating Scale</em>'.
	 * @generated
	 */
	RatingScale createRatingScale();

	/**
	 * Returns a new object of class '<em>Scale Anchor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scale Anchor</em>'.
	 * @generated
	 */
	ScaleAnchor createScaleAnchor();

	/**
	 * Returns a new object of class '<em>Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assessment</em>'.
	 * @generated
	 */
	Assessment createAssessment();

	/**
	 * Returns a new object of class '<em>Rater Invitation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rater Invitation</em>'.
	 * @generated
	 */
	RaterInvitation createRaterInvitation();

	/**
	 * Returns a new object of class '<em>Item Response</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Item Response</em>'.
	 * @generated
	 */
	ItemResponse createItemResponse();

	/**
	 * Returns a new object of class '<em>Comment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Comment</em>'.
	 * @generated
	 */
	Comment createComment();

	/**
	 * Returns a new object of class '<em>Development Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Development Plan</em>'.
	 * @generated
	 */
	DevelopmentPlan createDevelopmentPlan();

	/**
	 * Returns a new object of class '<em>Focus Area</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Focus Area</em>'.
	 * @generated
	 */
	FocusArea createFocusArea();

	/**
	 * Returns a new object of class '<em>Goal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Goal</em>'.
	 * @generated
	 */
	Goal createGoal();

	/**
	 * Returns a new object of class '<em>Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Action</em>'.
	 * @generated
	 */
	Action createAction();

	/**
	 * Returns a new object of class '<em>Coaching Program</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Coaching Program</em>'.
	 * @generated
	 */
	CoachingProgram createCoachingProgram();

	/**
	 * Returns a new object of class '<em>Coaching Session</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Coaching Session</em>'.
	 * @generated
	 */
	CoachingSession createCoachingSession();

	/**
	 * Returns a new object of class '<em>Question</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Question</em>'.
	 * @generated
	 */
	Question createQuestion();

	/**
	 * Returns a new object of class '<em>Partner Coaching Session</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Partner Coaching Session</em>'.
	 * @generated
	 */
	PartnerCoachingSession createPartnerCoachingSession();

	/**
	 * Returns a new object of class '<em>Action Option</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Action Option</em>'.
	 * @generated
	 */
	ActionOption createActionOption();

	/**
	 * Returns a new object of class '<em>Checklist Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Checklist Entry</em>'.
	 * @generated
	 */
	ChecklistEntry createChecklistEntry();

	/**
	 * Returns a new object of class '<em>Partner Issue</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Partner Issue</em>'.
	 * @generated
	 */
	PartnerIssue createPartnerIssue();

	/**
	 * Returns a new object of class '<em>Issue Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Issue Event</em>'.
	 * @generated
	 */
	IssueEvent createIssueEvent();

	/**
	 * Returns a new object of class '<em>Commitment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Commitment</em>'.
	 * @generated
	 */
	Commitment createCommitment();

	/**
	 * Returns a new object of class '<em>Issue Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Issue Policy</em>'.
	 * @generated
	 */
	IssuePolicy createIssuePolicy();

	/**
	 * Returns a new object of class '<em>Escalation Contact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Escalation Contact</em>'.
	 * @generated
	 */
	EscalationContact createEscalationContact();

	/**
	 * Returns a new object of class '<em>Notification</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Notification</em>'.
	 * @generated
	 */
	Notification createNotification();

	/**
	 * Returns a new object of class '<em>Priority Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Priority Target</em>'.
	 * @generated
	 */
	PriorityTarget createPriorityTarget();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	FulcrumPackage getFulcrumPackage();

} //FulcrumFactory
