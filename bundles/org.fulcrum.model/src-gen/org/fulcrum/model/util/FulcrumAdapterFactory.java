/**
 */
package org.fulcrum.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.fulcrum.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.fulcrum.model.FulcrumPackage
 * @generated
 */
public class FulcrumAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static FulcrumPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FulcrumAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = FulcrumPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FulcrumSwitch<Adapter> modelSwitch =
		new FulcrumSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseEngagement(Engagement object) {
				return createEngagementAdapter();
			}
			@Override
			public Adapter caseConfidentialityPolicy(ConfidentialityPolicy object) {
				return createConfidentialityPolicyAdapter();
			}
			@Override
			public Adapter caseReportRelease(ReportRelease object) {
				return createReportReleaseAdapter();
			}
			@Override
			public Adapter caseReleasedCount(ReleasedCount object) {
				return createReleasedCountAdapter();
			}
			@Override
			public Adapter casePolicyOverride(PolicyOverride object) {
				return createPolicyOverrideAdapter();
			}
			@Override
			public Adapter casePartnerOrganization(PartnerOrganization object) {
				return createPartnerOrganizationAdapter();
			}
			@Override
			public Adapter casePerson(Person object) {
				return createPersonAdapter();
			}
			@Override
			public Adapter casePartnerManager(PartnerManager object) {
				return createPartnerManagerAdapter();
			}
			@Override
			public Adapter caseInstrument(Instrument object) {
				return createInstrumentAdapter();
			}
			@Override
			public Adapter caseDimension(Dimension object) {
				return createDimensionAdapter();
			}
			@Override
			public Adapter caseBehaviourItem(BehaviourItem object) {
				return createBehaviourItemAdapter();
			}
			@Override
			public Adapter caseRatingScale(RatingScale object) {
				return createRatingScaleAdapter();
			}
			@Override
			public Adapter caseScaleAnchor(ScaleAnchor object) {
				return createScaleAnchorAdapter();
			}
			@Override
			public Adapter caseAssessment(Assessment object) {
				return createAssessmentAdapter();
			}
			@Override
			public Adapter caseRaterInvitation(RaterInvitation object) {
				return createRaterInvitationAdapter();
			}
			@Override
			public Adapter caseItemResponse(ItemResponse object) {
				return createItemResponseAdapter();
			}
			@Override
			public Adapter caseComment(Comment object) {
				return createCommentAdapter();
			}
			@Override
			public Adapter caseDevelopmentPlan(DevelopmentPlan object) {
				return createDevelopmentPlanAdapter();
			}
			@Override
			public Adapter caseFocusArea(FocusArea object) {
				return createFocusAreaAdapter();
			}
			@Override
			public Adapter caseGoal(Goal object) {
				return createGoalAdapter();
			}
			@Override
			public Adapter caseAction(Action object) {
				return createActionAdapter();
			}
			@Override
			public Adapter caseCoachingProgram(CoachingProgram object) {
				return createCoachingProgramAdapter();
			}
			@Override
			public Adapter caseCoachingSession(CoachingSession object) {
				return createCoachingSessionAdapter();
			}
			@Override
			public Adapter caseQuestion(Question object) {
				return createQuestionAdapter();
			}
			@Override
			public Adapter casePartnerCoachingSession(PartnerCoachingSession object) {
				return createPartnerCoachingSessionAdapter();
			}
			@Override
			public Adapter caseActionOption(ActionOption object) {
				return createActionOptionAdapter();
			}
			@Override
			public Adapter caseChecklistEntry(ChecklistEntry object) {
				return createChecklistEntryAdapter();
			}
			@Override
			public Adapter casePartnerIssue(PartnerIssue object) {
				return createPartnerIssueAdapter();
			}
			@Override
			public Adapter caseIssueEvent(IssueEvent object) {
				return createIssueEventAdapter();
			}
			@Override
			public Adapter caseCommitment(Commitment object) {
				return createCommitmentAdapter();
			}
			@Override
			public Adapter caseIssuePolicy(IssuePolicy object) {
				return createIssuePolicyAdapter();
			}
			@Override
			public Adapter caseEscalationContact(EscalationContact object) {
				return createEscalationContactAdapter();
			}
			@Override
			public Adapter caseNotification(Notification object) {
				return createNotificationAdapter();
			}
			@Override
			public Adapter casePriorityTarget(PriorityTarget object) {
				return createPriorityTargetAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.Engagement <em>Engagement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.Engagement
	 * @generated
	 */
	public Adapter createEngagementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.ConfidentialityPolicy <em>Confidentiality Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.ConfidentialityPolicy
	 * @generated
	 */
	public Adapter createConfidentialityPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.ReportRelease <em>Report Release</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.ReportRelease
	 * @generated
	 */
	public Adapter createReportReleaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.ReleasedCount <em>Released Count</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.ReleasedCount
	 * @generated
	 */
	public Adapter createReleasedCountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.PolicyOverride <em>Policy Override</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.PolicyOverride
	 * @generated
	 */
	public Adapter createPolicyOverrideAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.PartnerOrganization <em>Partner Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.PartnerOrganization
	 * @generated
	 */
	public Adapter createPartnerOrganizationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.Person
	 * @generated
	 */
	public Adapter createPersonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.PartnerManager <em>Partner Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.PartnerManager
	 * @generated
	 */
	public Adapter createPartnerManagerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.Instrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.Instrument
	 * @generated
	 */
	public Adapter createInstrumentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.Dimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.Dimension
	 * @generated
	 */
	public Adapter createDimensionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.BehaviourItem <em>Behaviour Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.BehaviourItem
	 * @generated
	 */
	public Adapter createBehaviourItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.RatingScale <em>Rating Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.RatingScale
	 * @generated
	 */
	public Adapter createRatingScaleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.ScaleAnchor <em>Scale Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.ScaleAnchor
	 * @generated
	 */
	public Adapter createScaleAnchorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.Assessment
	 * @generated
	 */
	public Adapter createAssessmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.RaterInvitation <em>Rater Invitation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.RaterInvitation
	 * @generated
	 */
	public Adapter createRaterInvitationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.ItemResponse <em>Item Response</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.ItemResponse
	 * @generated
	 */
	public Adapter createItemResponseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.Comment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.Comment
	 * @generated
	 */
	public Adapter createCommentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.DevelopmentPlan <em>Development Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.DevelopmentPlan
	 * @generated
	 */
	public Adapter createDevelopmentPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.FocusArea <em>Focus Area</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.FocusArea
	 * @generated
	 */
	public Adapter createFocusAreaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.Goal
	 * @generated
	 */
	public Adapter createGoalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.Action
	 * @generated
	 */
	public Adapter createActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.CoachingProgram <em>Coaching Program</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.CoachingProgram
	 * @generated
	 */
	public Adapter createCoachingProgramAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.CoachingSession <em>Coaching Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.CoachingSession
	 * @generated
	 */
	public Adapter createCoachingSessionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.Question <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.Question
	 * @generated
	 */
	public Adapter createQuestionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.PartnerCoachingSession <em>Partner Coaching Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.PartnerCoachingSession
	 * @generated
	 */
	public Adapter createPartnerCoachingSessionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.ActionOption <em>Action Option</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.ActionOption
	 * @generated
	 */
	public Adapter createActionOptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.ChecklistEntry <em>Checklist Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.ChecklistEntry
	 * @generated
	 */
	public Adapter createChecklistEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.PartnerIssue <em>Partner Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.PartnerIssue
	 * @generated
	 */
	public Adapter createPartnerIssueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.IssueEvent <em>Issue Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.IssueEvent
	 * @generated
	 */
	public Adapter createIssueEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.Commitment <em>Commitment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.Commitment
	 * @generated
	 */
	public Adapter createCommitmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.IssuePolicy <em>Issue Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.IssuePolicy
	 * @generated
	 */
	public Adapter createIssuePolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.EscalationContact <em>Escalation Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.EscalationContact
	 * @generated
	 */
	public Adapter createEscalationContactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.Notification <em>Notification</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.Notification
	 * @generated
	 */
	public Adapter createNotificationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.fulcrum.model.PriorityTarget <em>Priority Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.fulcrum.model.PriorityTarget
	 * @generated
	 */
	public Adapter createPriorityTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //FulcrumAdapterFactory
