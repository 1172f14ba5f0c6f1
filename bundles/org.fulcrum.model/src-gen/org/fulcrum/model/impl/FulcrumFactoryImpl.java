/**
 */
package org.fulcrum.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.fulcrum.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FulcrumFactoryImpl extends EFactoryImpl implements FulcrumFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FulcrumFactory init() {
		try {
			FulcrumFactory theFulcrumFactory = (FulcrumFactory)EPackage.Registry.INSTANCE.getEFactory(FulcrumPackage.eNS_URI);
			if (theFulcrumFactory != null) {
				return theFulcrumFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FulcrumFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FulcrumFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case FulcrumPackage.ENGAGEMENT: return createEngagement();
			case FulcrumPackage.CONFIDENTIALITY_POLICY: return createConfidentialityPolicy();
			case FulcrumPackage.REPORT_RELEASE: return createReportRelease();
			case FulcrumPackage.RELEASED_COUNT: return createReleasedCount();
			case FulcrumPackage.POLICY_OVERRIDE: return createPolicyOverride();
			case FulcrumPackage.PARTNER_ORGANIZATION: return createPartnerOrganization();
			case FulcrumPackage.PERSON: return createPerson();
			case FulcrumPackage.PARTNER_MANAGER: return createPartnerManager();
			case FulcrumPackage.INSTRUMENT: return createInstrument();
			case FulcrumPackage.DIMENSION: return createDimension();
			case FulcrumPackage.BEHAVIOUR_ITEM: return createBehaviourItem();
			case FulcrumPackage.RATING_SCALE: return createRatingScale();
			case FulcrumPackage.SCALE_ANCHOR: return createScaleAnchor();
			case FulcrumPackage.ASSESSMENT: return createAssessment();
			case FulcrumPackage.RATER_INVITATION: return createRaterInvitation();
			case FulcrumPackage.ITEM_RESPONSE: return createItemResponse();
			case FulcrumPackage.COMMENT: return createComment();
			case FulcrumPackage.DEVELOPMENT_PLAN: return createDevelopmentPlan();
			case FulcrumPackage.FOCUS_AREA: return createFocusArea();
			case FulcrumPackage.GOAL: return createGoal();
			case FulcrumPackage.ACTION: return createAction();
			case FulcrumPackage.COACHING_PROGRAM: return createCoachingProgram();
			case FulcrumPackage.COACHING_SESSION: return createCoachingSession();
			case FulcrumPackage.QUESTION: return createQuestion();
			case FulcrumPackage.PARTNER_COACHING_SESSION: return createPartnerCoachingSession();
			case FulcrumPackage.ACTION_OPTION: return createActionOption();
			case FulcrumPackage.CHECKLIST_ENTRY: return createChecklistEntry();
			case FulcrumPackage.PARTNER_ISSUE: return createPartnerIssue();
			case FulcrumPackage.ISSUE_EVENT: return createIssueEvent();
			case FulcrumPackage.COMMITMENT: return createCommitment();
			case FulcrumPackage.ISSUE_POLICY: return createIssuePolicy();
			case FulcrumPackage.ESCALATION_CONTACT: return createEscalationContact();
			case FulcrumPackage.NOTIFICATION: return createNotification();
			case FulcrumPackage.PRIORITY_TARGET: return createPriorityTarget();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case FulcrumPackage.ENGAGEMENT_STATUS:
				return createEngagementStatusFromString(eDataType, initialValue);
			case FulcrumPackage.PARTNER_TIER:
				return createPartnerTierFromString(eDataType, initialValue);
			case FulcrumPackage.DIMENSION_KIND:
				return createDimensionKindFromString(eDataType, initialValue);
			case FulcrumPackage.RELATIONSHIP_GROUP:
				return createRelationshipGroupFromString(eDataType, initialValue);
			case FulcrumPackage.INVITATION_STATUS:
				return createInvitationStatusFromString(eDataType, initialValue);
			case FulcrumPackage.PLAN_STATUS:
				return createPlanStatusFromString(eDataType, initialValue);
			case FulcrumPackage.ACTION_STATUS:
				return createActionStatusFromString(eDataType, initialValue);
			case FulcrumPackage.SESSION_FORMAT:
				return createSessionFormatFromString(eDataType, initialValue);
			case FulcrumPackage.SESSION_STATUS:
				return createSessionStatusFromString(eDataType, initialValue);
			case FulcrumPackage.STANCE:
				return createStanceFromString(eDataType, initialValue);
			case FulcrumPackage.QUESTION_KIND:
				return createQuestionKindFromString(eDataType, initialValue);
			case FulcrumPackage.OPTION_SOURCE:
				return createOptionSourceFromString(eDataType, initialValue);
			case FulcrumPackage.PARTNER_SESSION_KIND:
				return createPartnerSessionKindFromString(eDataType, initialValue);
			case FulcrumPackage.CHECKLIST_KIND:
				return createChecklistKindFromString(eDataType, initialValue);
			case FulcrumPackage.ISSUE_CHANNEL:
				return createIssueChannelFromString(eDataType, initialValue);
			case FulcrumPackage.PRIORITY:
				return createPriorityFromString(eDataType, initialValue);
			case FulcrumPackage.ISSUE_STATUS:
				return createIssueStatusFromString(eDataType, initialValue);
			case FulcrumPackage.ESCALATION_LEVEL:
				return createEscalationLevelFromString(eDataType, initialValue);
			case FulcrumPackage.ISSUE_EVENT_KIND:
				return createIssueEventKindFromString(eDataType, initialValue);
			case FulcrumPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case FulcrumPackage.ENGAGEMENT_STATUS:
				return convertEngagementStatusToString(eDataType, instanceValue);
			case FulcrumPackage.PARTNER_TIER:
				return convertPartnerTierToString(eDataType, instanceValue);
			case FulcrumPackage.DIMENSION_KIND:
				return convertDimensionKindToString(eDataType, instanceValue);
			case FulcrumPackage.RELATIONSHIP_GROUP:
				return convertRelationshipGroupToString(eDataType, instanceValue);
			case FulcrumPackage.INVITATION_STATUS:
				return convertInvitationStatusToString(eDataType, instanceValue);
			case FulcrumPackage.PLAN_STATUS:
				return convertPlanStatusToString(eDataType, instanceValue);
			case FulcrumPackage.ACTION_STATUS:
				return convertActionStatusToString(eDataType, instanceValue);
			case FulcrumPackage.SESSION_FORMAT:
				return convertSessionFormatToString(eDataType, instanceValue);
			case FulcrumPackage.SESSION_STATUS:
				return convertSessionStatusToString(eDataType, instanceValue);
			case FulcrumPackage.STANCE:
				return convertStanceToString(eDataType, instanceValue);
			case FulcrumPackage.QUESTION_KIND:
				return convertQuestionKindToString(eDataType, instanceValue);
			case FulcrumPackage.OPTION_SOURCE:
				return convertOptionSourceToString(eDataType, instanceValue);
			case FulcrumPackage.PARTNER_SESSION_KIND:
				return convertPartnerSessionKindToString(eDataType, instanceValue);
			case FulcrumPackage.CHECKLIST_KIND:
				return convertChecklistKindToString(eDataType, instanceValue);
			case FulcrumPackage.ISSUE_CHANNEL:
				return convertIssueChannelToString(eDataType, instanceValue);
			case FulcrumPackage.PRIORITY:
				return convertPriorityToString(eDataType, instanceValue);
			case FulcrumPackage.ISSUE_STATUS:
				return convertIssueStatusToString(eDataType, instanceValue);
			case FulcrumPackage.ESCALATION_LEVEL:
				return convertEscalationLevelToString(eDataType, instanceValue);
			case FulcrumPackage.ISSUE_EVENT_KIND:
				return convertIssueEventKindToString(eDataType, instanceValue);
			case FulcrumPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Engagement createEngagement() {
		EngagementImpl engagement = new EngagementImpl();
		return engagement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfidentialityPolicy createConfidentialityPolicy() {
		ConfidentialityPolicyImpl confidentialityPolicy = new ConfidentialityPolicyImpl();
		return confidentialityPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportRelease createReportRelease() {
		ReportReleaseImpl reportRelease = new ReportReleaseImpl();
		return reportRelease;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReleasedCount createReleasedCount() {
		ReleasedCountImpl releasedCount = new ReleasedCountImpl();
		return releasedCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyOverride createPolicyOverride() {
		PolicyOverrideImpl policyOverride = new PolicyOverrideImpl();
		return policyOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerOrganization createPartnerOrganization() {
		PartnerOrganizationImpl partnerOrganization = new PartnerOrganizationImpl();
		return partnerOrganization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerManager createPartnerManager() {
		PartnerManagerImpl partnerManager = new PartnerManagerImpl();
		return partnerManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument createInstrument() {
		InstrumentImpl instrument = new InstrumentImpl();
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dimension createDimension() {
		DimensionImpl dimension = new DimensionImpl();
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BehaviourItem createBehaviourItem() {
		BehaviourItemImpl behaviourItem = new BehaviourItemImpl();
		return behaviourItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RatingScale createRatingScale() {
		RatingScaleImpl ratingScale = new RatingScaleImpl();
		return ratingScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleAnchor createScaleAnchor() {
		ScaleAnchorImpl scaleAnchor = new ScaleAnchorImpl();
		return scaleAnchor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment createAssessment() {
		AssessmentImpl assessment = new AssessmentImpl();
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RaterInvitation createRaterInvitation() {
		RaterInvitationImpl raterInvitation = new RaterInvitationImpl();
		return raterInvitation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemResponse createItemResponse() {
		ItemResponseImpl itemResponse = new ItemResponseImpl();
		return itemResponse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Comment createComment() {
		CommentImpl comment = new CommentImpl();
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DevelopmentPlan createDevelopmentPlan() {
		DevelopmentPlanImpl developmentPlan = new DevelopmentPlanImpl();
		return developmentPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FocusArea createFocusArea() {
		FocusAreaImpl focusArea = new FocusAreaImpl();
		return focusArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Goal createGoal() {
		GoalImpl goal = new GoalImpl();
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Action createAction() {
		ActionImpl action = new ActionImpl();
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoachingProgram createCoachingProgram() {
		CoachingProgramImpl coachingProgram = new CoachingProgramImpl();
		return coachingProgram;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoachingSession createCoachingSession() {
		CoachingSessionImpl coachingSession = new CoachingSessionImpl();
		return coachingSession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Question createQuestion() {
		QuestionImpl question = new QuestionImpl();
		return question;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerCoachingSession createPartnerCoachingSession() {
		PartnerCoachingSessionImpl partnerCoachingSession = new PartnerCoachingSessionImpl();
		return partnerCoachingSession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionOption createActionOption() {
		ActionOptionImpl actionOption = new ActionOptionImpl();
		return actionOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistEntry createChecklistEntry() {
		ChecklistEntryImpl checklistEntry = new ChecklistEntryImpl();
		return checklistEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerIssue createPartnerIssue() {
		PartnerIssueImpl partnerIssue = new PartnerIssueImpl();
		return partnerIssue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IssueEvent createIssueEvent() {
		IssueEventImpl issueEvent = new IssueEventImpl();
		return issueEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Commitment createCommitment() {
		CommitmentImpl commitment = new CommitmentImpl();
		return commitment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IssuePolicy createIssuePolicy() {
		IssuePolicyImpl issuePolicy = new IssuePolicyImpl();
		return issuePolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EscalationContact createEscalationContact() {
		EscalationContactImpl escalationContact = new EscalationContactImpl();
		return escalationContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Notification createNotification() {
		NotificationImpl notification = new NotificationImpl();
		return notification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityTarget createPriorityTarget() {
		PriorityTargetImpl priorityTarget = new PriorityTargetImpl();
		return priorityTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EngagementStatus createEngagementStatusFromString(EDataType eDataType, String initialValue) {
		EngagementStatus result = EngagementStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEngagementStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnerTier createPartnerTierFromString(EDataType eDataType, String initialValue) {
		PartnerTier result = PartnerTier.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPartnerTierToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DimensionKind createDimensionKindFromString(EDataType eDataType, String initialValue) {
		DimensionKind result = DimensionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDimensionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RelationshipGroup createRelationshipGroupFromString(EDataType eDataType, String initialValue) {
		RelationshipGroup result = RelationshipGroup.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationshipGroupToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InvitationStatus createInvitationStatusFromString(EDataType eDataType, String initialValue) {
		InvitationStatus result = InvitationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInvitationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanStatus createPlanStatusFromString(EDataType eDataType, String initialValue) {
		PlanStatus result = PlanStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionStatus createActionStatusFromString(EDataType eDataType, String initialValue) {
		ActionStatus result = ActionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SessionFormat createSessionFormatFromString(EDataType eDataType, String initialValue) {
		SessionFormat result = SessionFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSessionFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SessionStatus createSessionStatusFromString(EDataType eDataType, String initialValue) {
		SessionStatus result = SessionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSessionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stance createStanceFromString(EDataType eDataType, String initialValue) {
		Stance result = Stance.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStanceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QuestionKind createQuestionKindFromString(EDataType eDataType, String initialValue) {
		QuestionKind result = QuestionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQuestionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OptionSource createOptionSourceFromString(EDataType eDataType, String initialValue) {
		OptionSource result = OptionSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOptionSourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnerSessionKind createPartnerSessionKindFromString(EDataType eDataType, String initialValue) {
		PartnerSessionKind result = PartnerSessionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPartnerSessionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChecklistKind createChecklistKindFromString(EDataType eDataType, String initialValue) {
		ChecklistKind result = ChecklistKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChecklistKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IssueChannel createIssueChannelFromString(EDataType eDataType, String initialValue) {
		IssueChannel result = IssueChannel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIssueChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Priority createPriorityFromString(EDataType eDataType, String initialValue) {
		Priority result = Priority.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPriorityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IssueStatus createIssueStatusFromString(EDataType eDataType, String initialValue) {
		IssueStatus result = IssueStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIssueStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EscalationLevel createEscalationLevelFromString(EDataType eDataType, String initialValue) {
		EscalationLevel result = EscalationLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEscalationLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IssueEventKind createIssueEventKindFromString(EDataType eDataType, String initialValue) {
		IssueEventKind result = IssueEventKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIssueEventKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * Dates are ISO 8601 calendar dates; EMF's reflective conversion knows no LocalDate.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return initialValue == null || initialValue.isEmpty() ? null : LocalDate.parse(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FulcrumPackage getFulcrumPackage() {
		return (FulcrumPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FulcrumPackage getPackage() {
		return FulcrumPackage.eINSTANCE;
	}

} //FulcrumFactoryImpl
