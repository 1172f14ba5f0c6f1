/**
 */
package org.fulcrum.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.fulcrum.model.Action;
import org.fulcrum.model.ActionOption;
import org.fulcrum.model.ActionStatus;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.ChecklistEntry;
import org.fulcrum.model.ChecklistKind;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.Comment;
import org.fulcrum.model.Commitment;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Dimension;
import org.fulcrum.model.DimensionKind;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.EngagementStatus;
import org.fulcrum.model.EscalationContact;
import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.FocusArea;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.Goal;
import org.fulcrum.model.Identified;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.IssueChannel;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;
import org.fulcrum.model.IssuePolicy;
import org.fulcrum.model.IssueStatus;
import org.fulcrum.model.ItemResponse;
import org.fulcrum.model.Notification;
import org.fulcrum.model.OptionSource;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.PartnerSessionKind;
import org.fulcrum.model.PartnerTier;
import org.fulcrum.model.Person;
import org.fulcrum.model.PlanStatus;
import org.fulcrum.model.PolicyOverride;
import org.fulcrum.model.Priority;
import org.fulcrum.model.PriorityTarget;
import org.fulcrum.model.Question;
import org.fulcrum.model.QuestionKind;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RatingScale;
import org.fulcrum.model.RelationshipGroup;
import org.fulcrum.model.ReleasedCount;
import org.fulcrum.model.ReportRelease;
import org.fulcrum.model.ScaleAnchor;
import org.fulcrum.model.SessionFormat;
import org.fulcrum.model.SessionStatus;
import org.fulcrum.model.Stance;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FulcrumPackageImpl extends EPackageImpl implements FulcrumPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass engagementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass confidentialityPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reportReleaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass releasedCountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyOverrideEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partnerOrganizationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partnerManagerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instrumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dimensionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass behaviourItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ratingScaleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scaleAnchorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass raterInvitationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass itemResponseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass commentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass developmentPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass focusAreaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass goalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass coachingProgramEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass coachingSessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass questionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partnerCoachingSessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionOptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partnerIssueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass issueEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass commitmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass issuePolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass escalationContactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass notificationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass priorityTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum engagementStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum partnerTierEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dimensionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationshipGroupEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum invitationStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sessionFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sessionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stanceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum questionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum optionSourceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum partnerSessionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum checklistKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum issueChannelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum priorityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum issueStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum escalationLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum issueEventKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.fulcrum.model.FulcrumPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FulcrumPackageImpl() {
		super(eNS_URI, FulcrumFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link FulcrumPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FulcrumPackage init() {
		if (isInited) return (FulcrumPackage)EPackage.Registry.INSTANCE.getEPackage(FulcrumPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFulcrumPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FulcrumPackageImpl theFulcrumPackage = registeredFulcrumPackage instanceof FulcrumPackageImpl ? (FulcrumPackageImpl)registeredFulcrumPackage : new FulcrumPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theFulcrumPackage.createPackageContents();

		// Initialize created meta-data
		theFulcrumPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theFulcrumPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FulcrumPackage.eNS_URI, theFulcrumPackage);
		return theFulcrumPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEngagement() {
		return engagementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_Name() {
		return (EAttribute)engagementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_Client() {
		return (EAttribute)engagementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_Consultants() {
		return (EAttribute)engagementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_StartDate() {
		return (EAttribute)engagementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_EndDate() {
		return (EAttribute)engagementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_Status() {
		return (EAttribute)engagementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Confidentiality() {
		return (EReference)engagementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_IssuePolicy() {
		return (EReference)engagementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Partners() {
		return (EReference)engagementEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_People() {
		return (EReference)engagementEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Instruments() {
		return (EReference)engagementEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Assessments() {
		return (EReference)engagementEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Plans() {
		return (EReference)engagementEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Programs() {
		return (EReference)engagementEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_PartnerSessions() {
		return (EReference)engagementEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Issues() {
		return (EReference)engagementEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Outbox() {
		return (EReference)engagementEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Releases() {
		return (EReference)engagementEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConfidentialityPolicy() {
		return confidentialityPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfidentialityPolicy_MinimumRaters() {
		return (EAttribute)confidentialityPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfidentialityPolicy_MinimumCommenters() {
		return (EAttribute)confidentialityPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfidentialityPolicy_SelfExempt() {
		return (EAttribute)confidentialityPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfidentialityPolicy_ManagerExempt() {
		return (EAttribute)confidentialityPolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfidentialityPolicy_Frozen() {
		return (EAttribute)confidentialityPolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConfidentialityPolicy_Overrides() {
		return (EReference)confidentialityPolicyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfidentialityPolicy_NamesInCohortReports() {
		return (EAttribute)confidentialityPolicyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReportRelease() {
		return reportReleaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportRelease_At() {
		return (EAttribute)reportReleaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReportRelease_Assessment() {
		return (EReference)reportReleaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportRelease_Formats() {
		return (EAttribute)reportReleaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReportRelease_Counts() {
		return (EReference)reportReleaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReportRelease_Submissions() {
		return (EReference)reportReleaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportRelease_CommentDigests() {
		return (EAttribute)reportReleaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReleasedCount() {
		return releasedCountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReleasedCount_Group() {
		return (EAttribute)releasedCountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReleasedCount_Raters() {
		return (EAttribute)releasedCountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyOverride() {
		return policyOverrideEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyOverride_At() {
		return (EAttribute)policyOverrideEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyOverride_By() {
		return (EAttribute)policyOverrideEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyOverride_Reason() {
		return (EAttribute)policyOverrideEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyOverride_Change() {
		return (EAttribute)policyOverrideEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartnerOrganization() {
		return partnerOrganizationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerOrganization_Name() {
		return (EAttribute)partnerOrganizationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerOrganization_Tier() {
		return (EAttribute)partnerOrganizationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerOrganization_Region() {
		return (EAttribute)partnerOrganizationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerOrganization_Goals() {
		return (EAttribute)partnerOrganizationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Name() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Email() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Title() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Organization() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartnerManager() {
		return partnerManagerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerManager_Manages() {
		return (EReference)partnerManagerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerManager_ReportsTo() {
		return (EReference)partnerManagerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstrument() {
		return instrumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Name() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Version() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Description() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_Scale() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_Dimensions() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDimension() {
		return dimensionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimension_Name() {
		return (EAttribute)dimensionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimension_Kind() {
		return (EAttribute)dimensionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimension_Description() {
		return (EAttribute)dimensionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDimension_Children() {
		return (EReference)dimensionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDimension_Items() {
		return (EReference)dimensionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBehaviourItem() {
		return behaviourItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBehaviourItem_Text() {
		return (EAttribute)behaviourItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBehaviourItem_ReverseKeyed() {
		return (EAttribute)behaviourItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRatingScale() {
		return ratingScaleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRatingScale_Minimum() {
		return (EAttribute)ratingScaleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRatingScale_Maximum() {
		return (EAttribute)ratingScaleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRatingScale_NotObservedAllowed() {
		return (EAttribute)ratingScaleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRatingScale_NotObservedLabel() {
		return (EAttribute)ratingScaleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRatingScale_Anchors() {
		return (EReference)ratingScaleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScaleAnchor() {
		return scaleAnchorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleAnchor_Value() {
		return (EAttribute)scaleAnchorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleAnchor_Label() {
		return (EAttribute)scaleAnchorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessment() {
		return assessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Subject() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Instrument() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Round() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Opened() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Closed() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Invitations() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Comments() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRaterInvitation() {
		return raterInvitationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRaterInvitation_Rater() {
		return (EReference)raterInvitationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaterInvitation_Relationship() {
		return (EAttribute)raterInvitationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaterInvitation_Status() {
		return (EAttribute)raterInvitationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaterInvitation_Token() {
		return (EAttribute)raterInvitationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaterInvitation_Submitted() {
		return (EAttribute)raterInvitationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRaterInvitation_Responses() {
		return (EReference)raterInvitationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getItemResponse() {
		return itemResponseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getItemResponse_Item() {
		return (EReference)itemResponseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemResponse_Value() {
		return (EAttribute)itemResponseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemResponse_NotObserved() {
		return (EAttribute)itemResponseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComment() {
		return commentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComment_Text() {
		return (EAttribute)commentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComment_Group() {
		return (EAttribute)commentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComment_Dimension() {
		return (EReference)commentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDevelopmentPlan() {
		return developmentPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevelopmentPlan_Participant() {
		return (EReference)developmentPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevelopmentPlan_BasedOn() {
		return (EReference)developmentPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevelopmentPlan_Start() {
		return (EAttribute)developmentPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevelopmentPlan_Status() {
		return (EAttribute)developmentPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevelopmentPlan_FocusAreas() {
		return (EReference)developmentPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFocusArea() {
		return focusAreaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFocusArea_Trait() {
		return (EReference)focusAreaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFocusArea_Rationale() {
		return (EAttribute)focusAreaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFocusArea_Behaviours() {
		return (EReference)focusAreaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFocusArea_Goals() {
		return (EReference)focusAreaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGoal() {
		return goalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Statement() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Prompt() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGoal_Actions() {
		return (EReference)goalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAction() {
		return actionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_What() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Measure() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_DueDate() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Owner() {
		return (EReference)actionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Status() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Support() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCoachingProgram() {
		return coachingProgramEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoachingProgram_Name() {
		return (EAttribute)coachingProgramEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoachingProgram_Template() {
		return (EAttribute)coachingProgramEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoachingProgram_Participant() {
		return (EReference)coachingProgramEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoachingProgram_Coach() {
		return (EReference)coachingProgramEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoachingProgram_Sessions() {
		return (EReference)coachingProgramEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoachingProgram_Expectations() {
		return (EAttribute)coachingProgramEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoachingProgram_Accountability() {
		return (EAttribute)coachingProgramEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCoachingSession() {
		return coachingSessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoachingSession_Format() {
		return (EAttribute)coachingSessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoachingSession_Status() {
		return (EAttribute)coachingSessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoachingSession_Date() {
		return (EAttribute)coachingSessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoachingSession_DurationMinutes() {
		return (EAttribute)coachingSessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoachingSession_Topic() {
		return (EAttribute)coachingSessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoachingSession_Goal() {
		return (EReference)coachingSessionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoachingSession_Situation() {
		return (EAttribute)coachingSessionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoachingSession_Questions() {
		return (EReference)coachingSessionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoachingSession_Options() {
		return (EAttribute)coachingSessionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoachingSession_Actions() {
		return (EReference)coachingSessionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoachingSession_ObservedStance() {
		return (EAttribute)coachingSessionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoachingSession_Review() {
		return (EReference)coachingSessionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuestion() {
		return questionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuestion_Text() {
		return (EAttribute)questionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuestion_Open() {
		return (EAttribute)questionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuestion_Kind() {
		return (EAttribute)questionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartnerCoachingSession() {
		return partnerCoachingSessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerCoachingSession_PartnerManager() {
		return (EReference)partnerCoachingSessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerCoachingSession_Partner() {
		return (EReference)partnerCoachingSessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerCoachingSession_Coachees() {
		return (EReference)partnerCoachingSessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerCoachingSession_Kind() {
		return (EAttribute)partnerCoachingSessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerCoachingSession_Date() {
		return (EAttribute)partnerCoachingSessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerCoachingSession_DurationMinutes() {
		return (EAttribute)partnerCoachingSessionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerCoachingSession_Topic() {
		return (EAttribute)partnerCoachingSessionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerCoachingSession_Situation() {
		return (EAttribute)partnerCoachingSessionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerCoachingSession_PartnerGoal() {
		return (EAttribute)partnerCoachingSessionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerCoachingSession_Questions() {
		return (EReference)partnerCoachingSessionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerCoachingSession_Options() {
		return (EReference)partnerCoachingSessionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerCoachingSession_Actions() {
		return (EReference)partnerCoachingSessionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerCoachingSession_ObservedStance() {
		return (EAttribute)partnerCoachingSessionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerCoachingSession_Review() {
		return (EReference)partnerCoachingSessionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerCoachingSession_Notes() {
		return (EAttribute)partnerCoachingSessionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActionOption() {
		return actionOptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionOption_Text() {
		return (EAttribute)actionOptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionOption_Source() {
		return (EAttribute)actionOptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklistEntry() {
		return checklistEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistEntry_Rule() {
		return (EAttribute)checklistEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistEntry_Kind() {
		return (EAttribute)checklistEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistEntry_Observed() {
		return (EAttribute)checklistEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistEntry_Note() {
		return (EAttribute)checklistEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartnerIssue() {
		return partnerIssueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerIssue_Title() {
		return (EAttribute)partnerIssueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerIssue_Description() {
		return (EAttribute)partnerIssueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerIssue_Partner() {
		return (EReference)partnerIssueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerIssue_RaisedBy() {
		return (EAttribute)partnerIssueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerIssue_Channel() {
		return (EAttribute)partnerIssueEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerIssue_Category() {
		return (EAttribute)partnerIssueEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerIssue_Priority() {
		return (EAttribute)partnerIssueEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerIssue_Status() {
		return (EAttribute)partnerIssueEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerIssue_Owner() {
		return (EReference)partnerIssueEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerIssue_SupportOwner() {
		return (EReference)partnerIssueEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerIssue_EscalatedTo() {
		return (EReference)partnerIssueEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerIssue_ConfirmedBy() {
		return (EAttribute)partnerIssueEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerIssue_ConfirmedAt() {
		return (EAttribute)partnerIssueEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerIssue_CloseReason() {
		return (EAttribute)partnerIssueEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerIssue_Escalation() {
		return (EAttribute)partnerIssueEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerIssue_Opened() {
		return (EAttribute)partnerIssueEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerIssue_Timeline() {
		return (EReference)partnerIssueEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerIssue_Commitments() {
		return (EReference)partnerIssueEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerIssue_Related() {
		return (EReference)partnerIssueEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerIssue_RecurrenceOf() {
		return (EReference)partnerIssueEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerIssue_Traits() {
		return (EReference)partnerIssueEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIssueEvent() {
		return issueEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssueEvent_At() {
		return (EAttribute)issueEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssueEvent_Kind() {
		return (EAttribute)issueEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssueEvent_Text() {
		return (EAttribute)issueEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssueEvent_Author() {
		return (EAttribute)issueEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssueEvent_VisibleToPartner() {
		return (EAttribute)issueEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssueEvent_Status() {
		return (EAttribute)issueEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssueEvent_Level() {
		return (EAttribute)issueEventEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssueEvent_People() {
		return (EReference)issueEventEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommitment() {
		return commitmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_Description() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_Due() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_Done() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_VisibleToPartner() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIssuePolicy() {
		return issuePolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssuePolicy_RecurrenceWindowDays() {
		return (EAttribute)issuePolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssuePolicy_Targets() {
		return (EReference)issuePolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssuePolicy_EscalationPath() {
		return (EReference)issuePolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssuePolicy_InformVpOnP1() {
		return (EAttribute)issuePolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssuePolicy_InformVpOnRecurrence() {
		return (EAttribute)issuePolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssuePolicy_InformVpOnBrokenPromise() {
		return (EAttribute)issuePolicyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssuePolicy_LapsesEscalate() {
		return (EAttribute)issuePolicyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEscalationContact() {
		return escalationContactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalationContact_Level() {
		return (EAttribute)escalationContactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEscalationContact_Person() {
		return (EReference)escalationContactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNotification() {
		return notificationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotification_Key() {
		return (EAttribute)notificationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNotification_To() {
		return (EReference)notificationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNotification_Issue() {
		return (EReference)notificationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotification_Subject() {
		return (EAttribute)notificationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotification_Body() {
		return (EAttribute)notificationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotification_Reason() {
		return (EAttribute)notificationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotification_Created() {
		return (EAttribute)notificationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotification_Sent() {
		return (EAttribute)notificationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotification_Error() {
		return (EAttribute)notificationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPriorityTarget() {
		return priorityTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityTarget_Priority() {
		return (EAttribute)priorityTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityTarget_ResponseHours() {
		return (EAttribute)priorityTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityTarget_ResolutionHours() {
		return (EAttribute)priorityTargetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityTarget_UpdateHours() {
		return (EAttribute)priorityTargetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEngagementStatus() {
		return engagementStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPartnerTier() {
		return partnerTierEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDimensionKind() {
		return dimensionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationshipGroup() {
		return relationshipGroupEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInvitationStatus() {
		return invitationStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanStatus() {
		return planStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionStatus() {
		return actionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSessionFormat() {
		return sessionFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSessionStatus() {
		return sessionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStance() {
		return stanceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQuestionKind() {
		return questionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOptionSource() {
		return optionSourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPartnerSessionKind() {
		return partnerSessionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChecklistKind() {
		return checklistKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIssueChannel() {
		return issueChannelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPriority() {
		return priorityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIssueStatus() {
		return issueStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEscalationLevel() {
		return escalationLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIssueEventKind() {
		return issueEventKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FulcrumFactory getFulcrumFactory() {
		return (FulcrumFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		engagementEClass = createEClass(ENGAGEMENT);
		createEAttribute(engagementEClass, ENGAGEMENT__NAME);
		createEAttribute(engagementEClass, ENGAGEMENT__CLIENT);
		createEAttribute(engagementEClass, ENGAGEMENT__CONSULTANTS);
		createEAttribute(engagementEClass, ENGAGEMENT__START_DATE);
		createEAttribute(engagementEClass, ENGAGEMENT__END_DATE);
		createEAttribute(engagementEClass, ENGAGEMENT__STATUS);
		createEReference(engagementEClass, ENGAGEMENT__CONFIDENTIALITY);
		createEReference(engagementEClass, ENGAGEMENT__ISSUE_POLICY);
		createEReference(engagementEClass, ENGAGEMENT__PARTNERS);
		createEReference(engagementEClass, ENGAGEMENT__PEOPLE);
		createEReference(engagementEClass, ENGAGEMENT__INSTRUMENTS);
		createEReference(engagementEClass, ENGAGEMENT__ASSESSMENTS);
		createEReference(engagementEClass, ENGAGEMENT__PLANS);
		createEReference(engagementEClass, ENGAGEMENT__PROGRAMS);
		createEReference(engagementEClass, ENGAGEMENT__PARTNER_SESSIONS);
		createEReference(engagementEClass, ENGAGEMENT__ISSUES);
		createEReference(engagementEClass, ENGAGEMENT__OUTBOX);
		createEReference(engagementEClass, ENGAGEMENT__RELEASES);

		confidentialityPolicyEClass = createEClass(CONFIDENTIALITY_POLICY);
		createEAttribute(confidentialityPolicyEClass, CONFIDENTIALITY_POLICY__MINIMUM_RATERS);
		createEAttribute(confidentialityPolicyEClass, CONFIDENTIALITY_POLICY__MINIMUM_COMMENTERS);
		createEAttribute(confidentialityPolicyEClass, CONFIDENTIALITY_POLICY__SELF_EXEMPT);
		createEAttribute(confidentialityPolicyEClass, CONFIDENTIALITY_POLICY__MANAGER_EXEMPT);
		createEAttribute(confidentialityPolicyEClass, CONFIDENTIALITY_POLICY__FROZEN);
		createEReference(confidentialityPolicyEClass, CONFIDENTIALITY_POLICY__OVERRIDES);
		createEAttribute(confidentialityPolicyEClass, CONFIDENTIALITY_POLICY__NAMES_IN_COHORT_REPORTS);

		reportReleaseEClass = createEClass(REPORT_RELEASE);
		createEAttribute(reportReleaseEClass, REPORT_RELEASE__AT);
		createEReference(reportReleaseEClass, REPORT_RELEASE__ASSESSMENT);
		createEAttribute(reportReleaseEClass, REPORT_RELEASE__FORMATS);
		createEReference(reportReleaseEClass, REPORT_RELEASE__COUNTS);
		createEReference(reportReleaseEClass, REPORT_RELEASE__SUBMISSIONS);
		createEAttribute(reportReleaseEClass, REPORT_RELEASE__COMMENT_DIGESTS);

		releasedCountEClass = createEClass(RELEASED_COUNT);
		createEAttribute(releasedCountEClass, RELEASED_COUNT__GROUP);
		createEAttribute(releasedCountEClass, RELEASED_COUNT__RATERS);

		policyOverrideEClass = createEClass(POLICY_OVERRIDE);
		createEAttribute(policyOverrideEClass, POLICY_OVERRIDE__AT);
		createEAttribute(policyOverrideEClass, POLICY_OVERRIDE__BY);
		createEAttribute(policyOverrideEClass, POLICY_OVERRIDE__REASON);
		createEAttribute(policyOverrideEClass, POLICY_OVERRIDE__CHANGE);

		partnerOrganizationEClass = createEClass(PARTNER_ORGANIZATION);
		createEAttribute(partnerOrganizationEClass, PARTNER_ORGANIZATION__NAME);
		createEAttribute(partnerOrganizationEClass, PARTNER_ORGANIZATION__TIER);
		createEAttribute(partnerOrganizationEClass, PARTNER_ORGANIZATION__REGION);
		createEAttribute(partnerOrganizationEClass, PARTNER_ORGANIZATION__GOALS);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__NAME);
		createEAttribute(personEClass, PERSON__EMAIL);
		createEAttribute(personEClass, PERSON__TITLE);
		createEAttribute(personEClass, PERSON__ORGANIZATION);

		partnerManagerEClass = createEClass(PARTNER_MANAGER);
		createEReference(partnerManagerEClass, PARTNER_MANAGER__MANAGES);
		createEReference(partnerManagerEClass, PARTNER_MANAGER__REPORTS_TO);

		instrumentEClass = createEClass(INSTRUMENT);
		createEAttribute(instrumentEClass, INSTRUMENT__NAME);
		createEAttribute(instrumentEClass, INSTRUMENT__VERSION);
		createEAttribute(instrumentEClass, INSTRUMENT__DESCRIPTION);
		createEReference(instrumentEClass, INSTRUMENT__SCALE);
		createEReference(instrumentEClass, INSTRUMENT__DIMENSIONS);

		dimensionEClass = createEClass(DIMENSION);
		createEAttribute(dimensionEClass, DIMENSION__NAME);
		createEAttribute(dimensionEClass, DIMENSION__KIND);
		createEAttribute(dimensionEClass, DIMENSION__DESCRIPTION);
		createEReference(dimensionEClass, DIMENSION__CHILDREN);
		createEReference(dimensionEClass, DIMENSION__ITEMS);

		behaviourItemEClass = createEClass(BEHAVIOUR_ITEM);
		createEAttribute(behaviourItemEClass, BEHAVIOUR_ITEM__TEXT);
		createEAttribute(behaviourItemEClass, BEHAVIOUR_ITEM__REVERSE_KEYED);

		ratingScaleEClass = createEClass(RATING_SCALE);
		createEAttribute(ratingScaleEClass, RATING_SCALE__MINIMUM);
		createEAttribute(ratingScaleEClass, RATING_SCALE__MAXIMUM);
		createEAttribute(ratingScaleEClass, RATING_SCALE__NOT_OBSERVED_ALLOWED);
		createEAttribute(ratingScaleEClass, RATING_SCALE__NOT_OBSERVED_LABEL);
		createEReference(ratingScaleEClass, RATING_SCALE__ANCHORS);

		scaleAnchorEClass = createEClass(SCALE_ANCHOR);
		createEAttribute(scaleAnchorEClass, SCALE_ANCHOR__VALUE);
		createEAttribute(scaleAnchorEClass, SCALE_ANCHOR__LABEL);

		assessmentEClass = createEClass(ASSESSMENT);
		createEReference(assessmentEClass, ASSESSMENT__SUBJECT);
		createEReference(assessmentEClass, ASSESSMENT__INSTRUMENT);
		createEAttribute(assessmentEClass, ASSESSMENT__ROUND);
		createEAttribute(assessmentEClass, ASSESSMENT__OPENED);
		createEAttribute(assessmentEClass, ASSESSMENT__CLOSED);
		createEReference(assessmentEClass, ASSESSMENT__INVITATIONS);
		createEReference(assessmentEClass, ASSESSMENT__COMMENTS);

		raterInvitationEClass = createEClass(RATER_INVITATION);
		createEReference(raterInvitationEClass, RATER_INVITATION__RATER);
		createEAttribute(raterInvitationEClass, RATER_INVITATION__RELATIONSHIP);
		createEAttribute(raterInvitationEClass, RATER_INVITATION__STATUS);
		createEAttribute(raterInvitationEClass, RATER_INVITATION__TOKEN);
		createEAttribute(raterInvitationEClass, RATER_INVITATION__SUBMITTED);
		createEReference(raterInvitationEClass, RATER_INVITATION__RESPONSES);

		itemResponseEClass = createEClass(ITEM_RESPONSE);
		createEReference(itemResponseEClass, ITEM_RESPONSE__ITEM);
		createEAttribute(itemResponseEClass, ITEM_RESPONSE__VALUE);
		createEAttribute(itemResponseEClass, ITEM_RESPONSE__NOT_OBSERVED);

		commentEClass = createEClass(COMMENT);
		createEAttribute(commentEClass, COMMENT__TEXT);
		createEAttribute(commentEClass, COMMENT__GROUP);
		createEReference(commentEClass, COMMENT__DIMENSION);

		developmentPlanEClass = createEClass(DEVELOPMENT_PLAN);
		createEReference(developmentPlanEClass, DEVELOPMENT_PLAN__PARTICIPANT);
		createEReference(developmentPlanEClass, DEVELOPMENT_PLAN__BASED_ON);
		createEAttribute(developmentPlanEClass, DEVELOPMENT_PLAN__START);
		createEAttribute(developmentPlanEClass, DEVELOPMENT_PLAN__STATUS);
		createEReference(developmentPlanEClass, DEVELOPMENT_PLAN__FOCUS_AREAS);

		focusAreaEClass = createEClass(FOCUS_AREA);
		createEReference(focusAreaEClass, FOCUS_AREA__TRAIT);
		createEAttribute(focusAreaEClass, FOCUS_AREA__RATIONALE);
		createEReference(focusAreaEClass, FOCUS_AREA__BEHAVIOURS);
		createEReference(focusAreaEClass, FOCUS_AREA__GOALS);

		goalEClass = createEClass(GOAL);
		createEAttribute(goalEClass, GOAL__STATEMENT);
		createEAttribute(goalEClass, GOAL__PROMPT);
		createEReference(goalEClass, GOAL__ACTIONS);

		actionEClass = createEClass(ACTION);
		createEAttribute(actionEClass, ACTION__WHAT);
		createEAttribute(actionEClass, ACTION__MEASURE);
		createEAttribute(actionEClass, ACTION__DUE_DATE);
		createEReference(actionEClass, ACTION__OWNER);
		createEAttribute(actionEClass, ACTION__STATUS);
		createEAttribute(actionEClass, ACTION__SUPPORT);

		coachingProgramEClass = createEClass(COACHING_PROGRAM);
		createEAttribute(coachingProgramEClass, COACHING_PROGRAM__NAME);
		createEAttribute(coachingProgramEClass, COACHING_PROGRAM__TEMPLATE);
		createEReference(coachingProgramEClass, COACHING_PROGRAM__PARTICIPANT);
		createEReference(coachingProgramEClass, COACHING_PROGRAM__COACH);
		createEReference(coachingProgramEClass, COACHING_PROGRAM__SESSIONS);
		createEAttribute(coachingProgramEClass, COACHING_PROGRAM__EXPECTATIONS);
		createEAttribute(coachingProgramEClass, COACHING_PROGRAM__ACCOUNTABILITY);

		coachingSessionEClass = createEClass(COACHING_SESSION);
		createEAttribute(coachingSessionEClass, COACHING_SESSION__FORMAT);
		createEAttribute(coachingSessionEClass, COACHING_SESSION__STATUS);
		createEAttribute(coachingSessionEClass, COACHING_SESSION__DATE);
		createEAttribute(coachingSessionEClass, COACHING_SESSION__DURATION_MINUTES);
		createEAttribute(coachingSessionEClass, COACHING_SESSION__TOPIC);
		createEReference(coachingSessionEClass, COACHING_SESSION__GOAL);
		createEAttribute(coachingSessionEClass, COACHING_SESSION__SITUATION);
		createEReference(coachingSessionEClass, COACHING_SESSION__QUESTIONS);
		createEAttribute(coachingSessionEClass, COACHING_SESSION__OPTIONS);
		createEReference(coachingSessionEClass, COACHING_SESSION__ACTIONS);
		createEAttribute(coachingSessionEClass, COACHING_SESSION__OBSERVED_STANCE);
		createEReference(coachingSessionEClass, COACHING_SESSION__REVIEW);

		questionEClass = createEClass(QUESTION);
		createEAttribute(questionEClass, QUESTION__TEXT);
		createEAttribute(questionEClass, QUESTION__OPEN);
		createEAttribute(questionEClass, QUESTION__KIND);

		partnerCoachingSessionEClass = createEClass(PARTNER_COACHING_SESSION);
		createEReference(partnerCoachingSessionEClass, PARTNER_COACHING_SESSION__PARTNER_MANAGER);
		createEReference(partnerCoachingSessionEClass, PARTNER_COACHING_SESSION__PARTNER);
		createEReference(partnerCoachingSessionEClass, PARTNER_COACHING_SESSION__COACHEES);
		createEAttribute(partnerCoachingSessionEClass, PARTNER_COACHING_SESSION__KIND);
		createEAttribute(partnerCoachingSessionEClass, PARTNER_COACHING_SESSION__DATE);
		createEAttribute(partnerCoachingSessionEClass, PARTNER_COACHING_SESSION__DURATION_MINUTES);
		createEAttribute(partnerCoachingSessionEClass, PARTNER_COACHING_SESSION__TOPIC);
		createEAttribute(partnerCoachingSessionEClass, PARTNER_COACHING_SESSION__SITUATION);
		createEAttribute(partnerCoachingSessionEClass, PARTNER_COACHING_SESSION__PARTNER_GOAL);
		createEReference(partnerCoachingSessionEClass, PARTNER_COACHING_SESSION__QUESTIONS);
		createEReference(partnerCoachingSessionEClass, PARTNER_COACHING_SESSION__OPTIONS);
		createEReference(partnerCoachingSessionEClass, PARTNER_COACHING_SESSION__ACTIONS);
		createEAttribute(partnerCoachingSessionEClass, PARTNER_COACHING_SESSION__OBSERVED_STANCE);
		createEReference(partnerCoachingSessionEClass, PARTNER_COACHING_SESSION__REVIEW);
		createEAttribute(partnerCoachingSessionEClass, PARTNER_COACHING_SESSION__NOTES);

		actionOptionEClass = createEClass(ACTION_OPTION);
		createEAttribute(actionOptionEClass, ACTION_OPTION__TEXT);
		createEAttribute(actionOptionEClass, ACTION_OPTION__SOURCE);

		checklistEntryEClass = createEClass(CHECKLIST_ENTRY);
		createEAttribute(checklistEntryEClass, CHECKLIST_ENTRY__RULE);
		createEAttribute(checklistEntryEClass, CHECKLIST_ENTRY__KIND);
		createEAttribute(checklistEntryEClass, CHECKLIST_ENTRY__OBSERVED);
		createEAttribute(checklistEntryEClass, CHECKLIST_ENTRY__NOTE);

		partnerIssueEClass = createEClass(PARTNER_ISSUE);
		createEAttribute(partnerIssueEClass, PARTNER_ISSUE__TITLE);
		createEAttribute(partnerIssueEClass, PARTNER_ISSUE__DESCRIPTION);
		createEReference(partnerIssueEClass, PARTNER_ISSUE__PARTNER);
		createEAttribute(partnerIssueEClass, PARTNER_ISSUE__RAISED_BY);
		createEAttribute(partnerIssueEClass, PARTNER_ISSUE__CHANNEL);
		createEAttribute(partnerIssueEClass, PARTNER_ISSUE__CATEGORY);
		createEAttribute(partnerIssueEClass, PARTNER_ISSUE__PRIORITY);
		createEAttribute(partnerIssueEClass, PARTNER_ISSUE__STATUS);
		createEReference(partnerIssueEClass, PARTNER_ISSUE__OWNER);
		createEReference(partnerIssueEClass, PARTNER_ISSUE__SUPPORT_OWNER);
		createEReference(partnerIssueEClass, PARTNER_ISSUE__ESCALATED_TO);
		createEAttribute(partnerIssueEClass, PARTNER_ISSUE__CONFIRMED_BY);
		createEAttribute(partnerIssueEClass, PARTNER_ISSUE__CONFIRMED_AT);
		createEAttribute(partnerIssueEClass, PARTNER_ISSUE__CLOSE_REASON);
		createEAttribute(partnerIssueEClass, PARTNER_ISSUE__ESCALATION);
		createEAttribute(partnerIssueEClass, PARTNER_ISSUE__OPENED);
		createEReference(partnerIssueEClass, PARTNER_ISSUE__TIMELINE);
		createEReference(partnerIssueEClass, PARTNER_ISSUE__COMMITMENTS);
		createEReference(partnerIssueEClass, PARTNER_ISSUE__RELATED);
		createEReference(partnerIssueEClass, PARTNER_ISSUE__RECURRENCE_OF);
		createEReference(partnerIssueEClass, PARTNER_ISSUE__TRAITS);

		issueEventEClass = createEClass(ISSUE_EVENT);
		createEAttribute(issueEventEClass, ISSUE_EVENT__AT);
		createEAttribute(issueEventEClass, ISSUE_EVENT__KIND);
		createEAttribute(issueEventEClass, ISSUE_EVENT__TEXT);
		createEAttribute(issueEventEClass, ISSUE_EVENT__AUTHOR);
		createEAttribute(issueEventEClass, ISSUE_EVENT__VISIBLE_TO_PARTNER);
		createEAttribute(issueEventEClass, ISSUE_EVENT__STATUS);
		createEAttribute(issueEventEClass, ISSUE_EVENT__LEVEL);
		createEReference(issueEventEClass, ISSUE_EVENT__PEOPLE);

		commitmentEClass = createEClass(COMMITMENT);
		createEAttribute(commitmentEClass, COMMITMENT__DESCRIPTION);
		createEAttribute(commitmentEClass, COMMITMENT__DUE);
		createEAttribute(commitmentEClass, COMMITMENT__DONE);
		createEAttribute(commitmentEClass, COMMITMENT__VISIBLE_TO_PARTNER);

		issuePolicyEClass = createEClass(ISSUE_POLICY);
		createEAttribute(issuePolicyEClass, ISSUE_POLICY__RECURRENCE_WINDOW_DAYS);
		createEReference(issuePolicyEClass, ISSUE_POLICY__TARGETS);
		createEReference(issuePolicyEClass, ISSUE_POLICY__ESCALATION_PATH);
		createEAttribute(issuePolicyEClass, ISSUE_POLICY__INFORM_VP_ON_P1);
		createEAttribute(issuePolicyEClass, ISSUE_POLICY__INFORM_VP_ON_RECURRENCE);
		createEAttribute(issuePolicyEClass, ISSUE_POLICY__INFORM_VP_ON_BROKEN_PROMISE);
		createEAttribute(issuePolicyEClass, ISSUE_POLICY__LAPSES_ESCALATE);

		escalationContactEClass = createEClass(ESCALATION_CONTACT);
		createEAttribute(escalationContactEClass, ESCALATION_CONTACT__LEVEL);
		createEReference(escalationContactEClass, ESCALATION_CONTACT__PERSON);

		notificationEClass = createEClass(NOTIFICATION);
		createEAttribute(notificationEClass, NOTIFICATION__KEY);
		createEReference(notificationEClass, NOTIFICATION__TO);
		createEReference(notificationEClass, NOTIFICATION__ISSUE);
		createEAttribute(notificationEClass, NOTIFICATION__SUBJECT);
		createEAttribute(notificationEClass, NOTIFICATION__BODY);
		createEAttribute(notificationEClass, NOTIFICATION__REASON);
		createEAttribute(notificationEClass, NOTIFICATION__CREATED);
		createEAttribute(notificationEClass, NOTIFICATION__SENT);
		createEAttribute(notificationEClass, NOTIFICATION__ERROR);

		priorityTargetEClass = createEClass(PRIORITY_TARGET);
		createEAttribute(priorityTargetEClass, PRIORITY_TARGET__PRIORITY);
		createEAttribute(priorityTargetEClass, PRIORITY_TARGET__RESPONSE_HOURS);
		createEAttribute(priorityTargetEClass, PRIORITY_TARGET__RESOLUTION_HOURS);
		createEAttribute(priorityTargetEClass, PRIORITY_TARGET__UPDATE_HOURS);

		// Create enums
		engagementStatusEEnum = createEEnum(ENGAGEMENT_STATUS);
		partnerTierEEnum = createEEnum(PARTNER_TIER);
		dimensionKindEEnum = createEEnum(DIMENSION_KIND);
		relationshipGroupEEnum = createEEnum(RELATIONSHIP_GROUP);
		invitationStatusEEnum = createEEnum(INVITATION_STATUS);
		planStatusEEnum = createEEnum(PLAN_STATUS);
		actionStatusEEnum = createEEnum(ACTION_STATUS);
		sessionFormatEEnum = createEEnum(SESSION_FORMAT);
		sessionStatusEEnum = createEEnum(SESSION_STATUS);
		stanceEEnum = createEEnum(STANCE);
		questionKindEEnum = createEEnum(QUESTION_KIND);
		optionSourceEEnum = createEEnum(OPTION_SOURCE);
		partnerSessionKindEEnum = createEEnum(PARTNER_SESSION_KIND);
		checklistKindEEnum = createEEnum(CHECKLIST_KIND);
		issueChannelEEnum = createEEnum(ISSUE_CHANNEL);
		priorityEEnum = createEEnum(PRIORITY);
		issueStatusEEnum = createEEnum(ISSUE_STATUS);
		escalationLevelEEnum = createEEnum(ESCALATION_LEVEL);
		issueEventKindEEnum = createEEnum(ISSUE_EVENT_KIND);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		engagementEClass.getESuperTypes().add(this.getIdentified());
		partnerOrganizationEClass.getESuperTypes().add(this.getIdentified());
		personEClass.getESuperTypes().add(this.getIdentified());
		partnerManagerEClass.getESuperTypes().add(this.getPerson());
		instrumentEClass.getESuperTypes().add(this.getIdentified());
		dimensionEClass.getESuperTypes().add(this.getIdentified());
		behaviourItemEClass.getESuperTypes().add(this.getIdentified());
		assessmentEClass.getESuperTypes().add(this.getIdentified());
		raterInvitationEClass.getESuperTypes().add(this.getIdentified());
		developmentPlanEClass.getESuperTypes().add(this.getIdentified());
		goalEClass.getESuperTypes().add(this.getIdentified());
		actionEClass.getESuperTypes().add(this.getIdentified());
		coachingProgramEClass.getESuperTypes().add(this.getIdentified());
		coachingSessionEClass.getESuperTypes().add(this.getIdentified());
		partnerCoachingSessionEClass.getESuperTypes().add(this.getIdentified());
		partnerIssueEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 1, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(engagementEClass, Engagement.class, "Engagement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEngagement_Name(), ecorePackage.getEString(), "name", null, 0, 1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_Client(), ecorePackage.getEString(), "client", null, 0, 1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_Consultants(), ecorePackage.getEString(), "consultants", null, 0, -1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_EndDate(), this.getLocalDate(), "endDate", null, 0, 1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_Status(), this.getEngagementStatus(), "status", null, 0, 1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Confidentiality(), this.getConfidentialityPolicy(), null, "confidentiality", null, 0, 1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_IssuePolicy(), this.getIssuePolicy(), null, "issuePolicy", null, 0, 1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Partners(), this.getPartnerOrganization(), null, "partners", null, 0, -1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_People(), this.getPerson(), null, "people", null, 0, -1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Instruments(), this.getInstrument(), null, "instruments", null, 0, -1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Assessments(), this.getAssessment(), null, "assessments", null, 0, -1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Plans(), this.getDevelopmentPlan(), null, "plans", null, 0, -1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Programs(), this.getCoachingProgram(), null, "programs", null, 0, -1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_PartnerSessions(), this.getPartnerCoachingSession(), null, "partnerSessions", null, 0, -1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Issues(), this.getPartnerIssue(), null, "issues", null, 0, -1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Outbox(), this.getNotification(), null, "outbox", null, 0, -1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Releases(), this.getReportRelease(), null, "releases", null, 0, -1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(confidentialityPolicyEClass, ConfidentialityPolicy.class, "ConfidentialityPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConfidentialityPolicy_MinimumRaters(), ecorePackage.getEInt(), "minimumRaters", "3", 0, 1, ConfidentialityPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfidentialityPolicy_MinimumCommenters(), ecorePackage.getEInt(), "minimumCommenters", "3", 0, 1, ConfidentialityPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfidentialityPolicy_SelfExempt(), ecorePackage.getEBoolean(), "selfExempt", "true", 0, 1, ConfidentialityPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfidentialityPolicy_ManagerExempt(), ecorePackage.getEBoolean(), "managerExempt", "true", 0, 1, ConfidentialityPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfidentialityPolicy_Frozen(), ecorePackage.getEBoolean(), "frozen", null, 0, 1, ConfidentialityPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConfidentialityPolicy_Overrides(), this.getPolicyOverride(), null, "overrides", null, 0, -1, ConfidentialityPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfidentialityPolicy_NamesInCohortReports(), ecorePackage.getEBoolean(), "namesInCohortReports", null, 0, 1, ConfidentialityPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reportReleaseEClass, ReportRelease.class, "ReportRelease", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReportRelease_At(), ecorePackage.getEDate(), "at", null, 0, 1, ReportRelease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReportRelease_Assessment(), this.getAssessment(), null, "assessment", null, 0, 1, ReportRelease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportRelease_Formats(), ecorePackage.getEString(), "formats", null, 0, 1, ReportRelease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReportRelease_Counts(), this.getReleasedCount(), null, "counts", null, 0, -1, ReportRelease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReportRelease_Submissions(), this.getRaterInvitation(), null, "submissions", null, 0, -1, ReportRelease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportRelease_CommentDigests(), ecorePackage.getEString(), "commentDigests", null, 0, -1, ReportRelease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(releasedCountEClass, ReleasedCount.class, "ReleasedCount", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReleasedCount_Group(), ecorePackage.getEString(), "group", null, 0, 1, ReleasedCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReleasedCount_Raters(), ecorePackage.getEInt(), "raters", null, 0, 1, ReleasedCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyOverrideEClass, PolicyOverride.class, "PolicyOverride", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicyOverride_At(), ecorePackage.getEDate(), "at", null, 0, 1, PolicyOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyOverride_By(), ecorePackage.getEString(), "by", null, 0, 1, PolicyOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyOverride_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, PolicyOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyOverride_Change(), ecorePackage.getEString(), "change", null, 0, 1, PolicyOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partnerOrganizationEClass, PartnerOrganization.class, "PartnerOrganization", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPartnerOrganization_Name(), ecorePackage.getEString(), "name", null, 0, 1, PartnerOrganization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerOrganization_Tier(), this.getPartnerTier(), "tier", "registered", 0, 1, PartnerOrganization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerOrganization_Region(), ecorePackage.getEString(), "region", null, 0, 1, PartnerOrganization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerOrganization_Goals(), ecorePackage.getEString(), "goals", null, 0, -1, PartnerOrganization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_Name(), ecorePackage.getEString(), "name", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Email(), ecorePackage.getEString(), "email", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Title(), ecorePackage.getEString(), "title", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Organization(), ecorePackage.getEString(), "organization", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partnerManagerEClass, PartnerManager.class, "PartnerManager", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPartnerManager_Manages(), this.getPartnerOrganization(), null, "manages", null, 0, -1, PartnerManager.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerManager_ReportsTo(), this.getPerson(), null, "reportsTo", null, 0, 1, PartnerManager.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(instrumentEClass, Instrument.class, "Instrument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInstrument_Name(), ecorePackage.getEString(), "name", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrument_Version(), ecorePackage.getEString(), "version", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrument_Description(), ecorePackage.getEString(), "description", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrument_Scale(), this.getRatingScale(), null, "scale", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrument_Dimensions(), this.getDimension(), null, "dimensions", null, 0, -1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dimensionEClass, Dimension.class, "Dimension", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDimension_Name(), ecorePackage.getEString(), "name", null, 0, 1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDimension_Kind(), this.getDimensionKind(), "kind", null, 0, 1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDimension_Description(), ecorePackage.getEString(), "description", null, 0, 1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDimension_Children(), this.getDimension(), null, "children", null, 0, -1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDimension_Items(), this.getBehaviourItem(), null, "items", null, 0, -1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(behaviourItemEClass, BehaviourItem.class, "BehaviourItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBehaviourItem_Text(), ecorePackage.getEString(), "text", null, 0, 1, BehaviourItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBehaviourItem_ReverseKeyed(), ecorePackage.getEBoolean(), "reverseKeyed", null, 0, 1, BehaviourItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ratingScaleEClass, RatingScale.class, "RatingScale", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRatingScale_Minimum(), ecorePackage.getEInt(), "minimum", "1", 0, 1, RatingScale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRatingScale_Maximum(), ecorePackage.getEInt(), "maximum", "5", 0, 1, RatingScale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRatingScale_NotObservedAllowed(), ecorePackage.getEBoolean(), "notObservedAllowed", "true", 0, 1, RatingScale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRatingScale_NotObservedLabel(), ecorePackage.getEString(), "notObservedLabel", "Not observed", 0, 1, RatingScale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRatingScale_Anchors(), this.getScaleAnchor(), null, "anchors", null, 0, -1, RatingScale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scaleAnchorEClass, ScaleAnchor.class, "ScaleAnchor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScaleAnchor_Value(), ecorePackage.getEInt(), "value", null, 0, 1, ScaleAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScaleAnchor_Label(), ecorePackage.getEString(), "label", null, 0, 1, ScaleAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentEClass, Assessment.class, "Assessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAssessment_Subject(), this.getPartnerManager(), null, "subject", null, 1, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Instrument(), this.getInstrument(), null, "instrument", null, 1, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Round(), ecorePackage.getEString(), "round", "baseline", 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Opened(), this.getLocalDate(), "opened", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Closed(), this.getLocalDate(), "closed", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Invitations(), this.getRaterInvitation(), null, "invitations", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Comments(), this.getComment(), null, "comments", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(raterInvitationEClass, RaterInvitation.class, "RaterInvitation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRaterInvitation_Rater(), this.getPerson(), null, "rater", null, 1, 1, RaterInvitation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaterInvitation_Relationship(), this.getRelationshipGroup(), "relationship", "other", 0, 1, RaterInvitation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaterInvitation_Status(), this.getInvitationStatus(), "status", null, 0, 1, RaterInvitation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaterInvitation_Token(), ecorePackage.getEString(), "token", null, 0, 1, RaterInvitation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaterInvitation_Submitted(), ecorePackage.getEDate(), "submitted", null, 0, 1, RaterInvitation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRaterInvitation_Responses(), this.getItemResponse(), null, "responses", null, 0, -1, RaterInvitation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(itemResponseEClass, ItemResponse.class, "ItemResponse", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getItemResponse_Item(), this.getBehaviourItem(), null, "item", null, 1, 1, ItemResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemResponse_Value(), ecorePackage.getEInt(), "value", null, 0, 1, ItemResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemResponse_NotObserved(), ecorePackage.getEBoolean(), "notObserved", null, 0, 1, ItemResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(commentEClass, Comment.class, "Comment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComment_Text(), ecorePackage.getEString(), "text", null, 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComment_Group(), this.getRelationshipGroup(), "group", "other", 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComment_Dimension(), this.getDimension(), null, "dimension", null, 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(developmentPlanEClass, DevelopmentPlan.class, "DevelopmentPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDevelopmentPlan_Participant(), this.getPartnerManager(), null, "participant", null, 1, 1, DevelopmentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevelopmentPlan_BasedOn(), this.getAssessment(), null, "basedOn", null, 0, 1, DevelopmentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevelopmentPlan_Start(), this.getLocalDate(), "start", null, 0, 1, DevelopmentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevelopmentPlan_Status(), this.getPlanStatus(), "status", null, 0, 1, DevelopmentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevelopmentPlan_FocusAreas(), this.getFocusArea(), null, "focusAreas", null, 0, -1, DevelopmentPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(focusAreaEClass, FocusArea.class, "FocusArea", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFocusArea_Trait(), this.getDimension(), null, "trait", null, 1, 1, FocusArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFocusArea_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, FocusArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFocusArea_Behaviours(), this.getBehaviourItem(), null, "behaviours", null, 0, -1, FocusArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFocusArea_Goals(), this.getGoal(), null, "goals", null, 0, -1, FocusArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(goalEClass, Goal.class, "Goal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGoal_Statement(), ecorePackage.getEString(), "statement", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGoal_Prompt(), ecorePackage.getEString(), "prompt", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGoal_Actions(), this.getAction(), null, "actions", null, 0, -1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionEClass, Action.class, "Action", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAction_What(), ecorePackage.getEString(), "what", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_Measure(), ecorePackage.getEString(), "measure", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_DueDate(), this.getLocalDate(), "dueDate", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAction_Owner(), this.getPerson(), null, "owner", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_Status(), this.getActionStatus(), "status", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_Support(), ecorePackage.getEBoolean(), "support", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(coachingProgramEClass, CoachingProgram.class, "CoachingProgram", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCoachingProgram_Name(), ecorePackage.getEString(), "name", null, 0, 1, CoachingProgram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoachingProgram_Template(), ecorePackage.getEString(), "template", null, 0, 1, CoachingProgram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCoachingProgram_Participant(), this.getPartnerManager(), null, "participant", null, 1, 1, CoachingProgram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCoachingProgram_Coach(), this.getPerson(), null, "coach", null, 0, 1, CoachingProgram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCoachingProgram_Sessions(), this.getCoachingSession(), null, "sessions", null, 0, -1, CoachingProgram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoachingProgram_Expectations(), ecorePackage.getEString(), "expectations", null, 0, 1, CoachingProgram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoachingProgram_Accountability(), ecorePackage.getEString(), "accountability", null, 0, 1, CoachingProgram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(coachingSessionEClass, CoachingSession.class, "CoachingSession", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCoachingSession_Format(), this.getSessionFormat(), "format", null, 0, 1, CoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoachingSession_Status(), this.getSessionStatus(), "status", null, 0, 1, CoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoachingSession_Date(), this.getLocalDate(), "date", null, 0, 1, CoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoachingSession_DurationMinutes(), ecorePackage.getEInt(), "durationMinutes", null, 0, 1, CoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoachingSession_Topic(), ecorePackage.getEString(), "topic", null, 0, 1, CoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCoachingSession_Goal(), this.getGoal(), null, "goal", null, 0, 1, CoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoachingSession_Situation(), ecorePackage.getEString(), "situation", null, 0, 1, CoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCoachingSession_Questions(), this.getQuestion(), null, "questions", null, 0, -1, CoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoachingSession_Options(), ecorePackage.getEString(), "options", null, 0, -1, CoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCoachingSession_Actions(), this.getAction(), null, "actions", null, 0, -1, CoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoachingSession_ObservedStance(), this.getStance(), "observedStance", null, 0, 1, CoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCoachingSession_Review(), this.getChecklistEntry(), null, "review", null, 0, -1, CoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(questionEClass, Question.class, "Question", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQuestion_Text(), ecorePackage.getEString(), "text", null, 0, 1, Question.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuestion_Open(), ecorePackage.getEBoolean(), "open", "true", 0, 1, Question.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuestion_Kind(), this.getQuestionKind(), "kind", null, 0, 1, Question.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partnerCoachingSessionEClass, PartnerCoachingSession.class, "PartnerCoachingSession", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPartnerCoachingSession_PartnerManager(), this.getPartnerManager(), null, "partnerManager", null, 1, 1, PartnerCoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerCoachingSession_Partner(), this.getPartnerOrganization(), null, "partner", null, 0, 1, PartnerCoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerCoachingSession_Coachees(), this.getPerson(), null, "coachees", null, 0, -1, PartnerCoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerCoachingSession_Kind(), this.getPartnerSessionKind(), "kind", null, 0, 1, PartnerCoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerCoachingSession_Date(), this.getLocalDate(), "date", null, 0, 1, PartnerCoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerCoachingSession_DurationMinutes(), ecorePackage.getEInt(), "durationMinutes", null, 0, 1, PartnerCoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerCoachingSession_Topic(), ecorePackage.getEString(), "topic", null, 0, 1, PartnerCoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerCoachingSession_Situation(), ecorePackage.getEString(), "situation", null, 0, 1, PartnerCoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerCoachingSession_PartnerGoal(), ecorePackage.getEString(), "partnerGoal", null, 0, 1, PartnerCoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerCoachingSession_Questions(), this.getQuestion(), null, "questions", null, 0, -1, PartnerCoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerCoachingSession_Options(), this.getActionOption(), null, "options", null, 0, -1, PartnerCoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerCoachingSession_Actions(), this.getAction(), null, "actions", null, 0, -1, PartnerCoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerCoachingSession_ObservedStance(), this.getStance(), "observedStance", null, 0, 1, PartnerCoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerCoachingSession_Review(), this.getChecklistEntry(), null, "review", null, 0, -1, PartnerCoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerCoachingSession_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, PartnerCoachingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionOptionEClass, ActionOption.class, "ActionOption", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActionOption_Text(), ecorePackage.getEString(), "text", null, 0, 1, ActionOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionOption_Source(), this.getOptionSource(), "source", null, 0, 1, ActionOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklistEntryEClass, ChecklistEntry.class, "ChecklistEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChecklistEntry_Rule(), ecorePackage.getEString(), "rule", null, 0, 1, ChecklistEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistEntry_Kind(), this.getChecklistKind(), "kind", null, 0, 1, ChecklistEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistEntry_Observed(), ecorePackage.getEBoolean(), "observed", null, 0, 1, ChecklistEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistEntry_Note(), ecorePackage.getEString(), "note", null, 0, 1, ChecklistEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partnerIssueEClass, PartnerIssue.class, "PartnerIssue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPartnerIssue_Title(), ecorePackage.getEString(), "title", null, 0, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerIssue_Description(), ecorePackage.getEString(), "description", null, 0, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerIssue_Partner(), this.getPartnerOrganization(), null, "partner", null, 1, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerIssue_RaisedBy(), ecorePackage.getEString(), "raisedBy", null, 0, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerIssue_Channel(), this.getIssueChannel(), "channel", null, 0, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerIssue_Category(), ecorePackage.getEString(), "category", null, 0, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerIssue_Priority(), this.getPriority(), "priority", "p3", 0, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerIssue_Status(), this.getIssueStatus(), "status", null, 0, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerIssue_Owner(), this.getPartnerManager(), null, "owner", null, 0, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerIssue_SupportOwner(), this.getPerson(), null, "supportOwner", null, 0, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerIssue_EscalatedTo(), this.getPerson(), null, "escalatedTo", null, 0, -1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerIssue_ConfirmedBy(), ecorePackage.getEString(), "confirmedBy", null, 0, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerIssue_ConfirmedAt(), ecorePackage.getEDate(), "confirmedAt", null, 0, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerIssue_CloseReason(), ecorePackage.getEString(), "closeReason", null, 0, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerIssue_Escalation(), this.getEscalationLevel(), "escalation", null, 0, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnerIssue_Opened(), ecorePackage.getEDate(), "opened", null, 0, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerIssue_Timeline(), this.getIssueEvent(), null, "timeline", null, 0, -1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerIssue_Commitments(), this.getCommitment(), null, "commitments", null, 0, -1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerIssue_Related(), this.getPartnerIssue(), null, "related", null, 0, -1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerIssue_RecurrenceOf(), this.getPartnerIssue(), null, "recurrenceOf", null, 0, 1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnerIssue_Traits(), this.getDimension(), null, "traits", null, 0, -1, PartnerIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(issueEventEClass, IssueEvent.class, "IssueEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIssueEvent_At(), ecorePackage.getEDate(), "at", null, 0, 1, IssueEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssueEvent_Kind(), this.getIssueEventKind(), "kind", null, 0, 1, IssueEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssueEvent_Text(), ecorePackage.getEString(), "text", null, 0, 1, IssueEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssueEvent_Author(), ecorePackage.getEString(), "author", null, 0, 1, IssueEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssueEvent_VisibleToPartner(), ecorePackage.getEBoolean(), "visibleToPartner", null, 0, 1, IssueEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssueEvent_Status(), this.getIssueStatus(), "status", null, 0, 1, IssueEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssueEvent_Level(), this.getEscalationLevel(), "level", null, 0, 1, IssueEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssueEvent_People(), this.getPerson(), null, "people", null, 0, -1, IssueEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(commitmentEClass, Commitment.class, "Commitment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommitment_Description(), ecorePackage.getEString(), "description", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitment_Due(), this.getLocalDate(), "due", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitment_Done(), this.getLocalDate(), "done", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitment_VisibleToPartner(), ecorePackage.getEBoolean(), "visibleToPartner", "true", 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(issuePolicyEClass, IssuePolicy.class, "IssuePolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIssuePolicy_RecurrenceWindowDays(), ecorePackage.getEInt(), "recurrenceWindowDays", "90", 0, 1, IssuePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssuePolicy_Targets(), this.getPriorityTarget(), null, "targets", null, 0, -1, IssuePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssuePolicy_EscalationPath(), this.getEscalationContact(), null, "escalationPath", null, 0, -1, IssuePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssuePolicy_InformVpOnP1(), ecorePackage.getEBoolean(), "informVpOnP1", "true", 0, 1, IssuePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssuePolicy_InformVpOnRecurrence(), ecorePackage.getEBoolean(), "informVpOnRecurrence", "true", 0, 1, IssuePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssuePolicy_InformVpOnBrokenPromise(), ecorePackage.getEBoolean(), "informVpOnBrokenPromise", "true", 0, 1, IssuePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssuePolicy_LapsesEscalate(), ecorePackage.getEBoolean(), "lapsesEscalate", "true", 0, 1, IssuePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(escalationContactEClass, EscalationContact.class, "EscalationContact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEscalationContact_Level(), this.getEscalationLevel(), "level", null, 0, 1, EscalationContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEscalationContact_Person(), this.getPerson(), null, "person", null, 1, 1, EscalationContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(notificationEClass, Notification.class, "Notification", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNotification_Key(), ecorePackage.getEString(), "key", null, 0, 1, Notification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNotification_To(), this.getPerson(), null, "to", null, 1, 1, Notification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNotification_Issue(), this.getPartnerIssue(), null, "issue", null, 0, 1, Notification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotification_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, Notification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotification_Body(), ecorePackage.getEString(), "body", null, 0, 1, Notification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotification_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Notification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotification_Created(), ecorePackage.getEDate(), "created", null, 0, 1, Notification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotification_Sent(), ecorePackage.getEDate(), "sent", null, 0, 1, Notification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotification_Error(), ecorePackage.getEString(), "error", null, 0, 1, Notification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(priorityTargetEClass, PriorityTarget.class, "PriorityTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPriorityTarget_Priority(), this.getPriority(), "priority", null, 0, 1, PriorityTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityTarget_ResponseHours(), ecorePackage.getEInt(), "responseHours", null, 0, 1, PriorityTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityTarget_ResolutionHours(), ecorePackage.getEInt(), "resolutionHours", null, 0, 1, PriorityTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityTarget_UpdateHours(), ecorePackage.getEInt(), "updateHours", null, 0, 1, PriorityTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(engagementStatusEEnum, EngagementStatus.class, "EngagementStatus");
		addEEnumLiteral(engagementStatusEEnum, EngagementStatus.PLANNED);
		addEEnumLiteral(engagementStatusEEnum, EngagementStatus.COLLECTING);
		addEEnumLiteral(engagementStatusEEnum, EngagementStatus.REPORTING);
		addEEnumLiteral(engagementStatusEEnum, EngagementStatus.COACHING);
		addEEnumLiteral(engagementStatusEEnum, EngagementStatus.CLOSED);

		initEEnum(partnerTierEEnum, PartnerTier.class, "PartnerTier");
		addEEnumLiteral(partnerTierEEnum, PartnerTier.PLATINUM);
		addEEnumLiteral(partnerTierEEnum, PartnerTier.GOLD);
		addEEnumLiteral(partnerTierEEnum, PartnerTier.SILVER);
		addEEnumLiteral(partnerTierEEnum, PartnerTier.BRONZE);
		addEEnumLiteral(partnerTierEEnum, PartnerTier.REGISTERED);

		initEEnum(dimensionKindEEnum, DimensionKind.class, "DimensionKind");
		addEEnumLiteral(dimensionKindEEnum, DimensionKind.BASE);
		addEEnumLiteral(dimensionKindEEnum, DimensionKind.PILLAR);
		addEEnumLiteral(dimensionKindEEnum, DimensionKind.TRAIT);

		initEEnum(relationshipGroupEEnum, RelationshipGroup.class, "RelationshipGroup");
		addEEnumLiteral(relationshipGroupEEnum, RelationshipGroup.SELF);
		addEEnumLiteral(relationshipGroupEEnum, RelationshipGroup.MANAGER);
		addEEnumLiteral(relationshipGroupEEnum, RelationshipGroup.PEER);
		addEEnumLiteral(relationshipGroupEEnum, RelationshipGroup.DIRECT_REPORT);
		addEEnumLiteral(relationshipGroupEEnum, RelationshipGroup.PARTNER);
		addEEnumLiteral(relationshipGroupEEnum, RelationshipGroup.OTHER);

		initEEnum(invitationStatusEEnum, InvitationStatus.class, "InvitationStatus");
		addEEnumLiteral(invitationStatusEEnum, InvitationStatus.NOMINATED);
		addEEnumLiteral(invitationStatusEEnum, InvitationStatus.APPROVED);
		addEEnumLiteral(invitationStatusEEnum, InvitationStatus.INVITED);
		addEEnumLiteral(invitationStatusEEnum, InvitationStatus.DECLINED);
		addEEnumLiteral(invitationStatusEEnum, InvitationStatus.COMPLETED);

		initEEnum(planStatusEEnum, PlanStatus.class, "PlanStatus");
		addEEnumLiteral(planStatusEEnum, PlanStatus.DRAFT);
		addEEnumLiteral(planStatusEEnum, PlanStatus.AGREED);
		addEEnumLiteral(planStatusEEnum, PlanStatus.ACTIVE);
		addEEnumLiteral(planStatusEEnum, PlanStatus.COMPLETED);

		initEEnum(actionStatusEEnum, ActionStatus.class, "ActionStatus");
		addEEnumLiteral(actionStatusEEnum, ActionStatus.OPEN);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.IN_PROGRESS);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DONE);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DROPPED);

		initEEnum(sessionFormatEEnum, SessionFormat.class, "SessionFormat");
		addEEnumLiteral(sessionFormatEEnum, SessionFormat.WORKSHOP);
		addEEnumLiteral(sessionFormatEEnum, SessionFormat.TELEPHONE);
		addEEnumLiteral(sessionFormatEEnum, SessionFormat.VIDEO);
		addEEnumLiteral(sessionFormatEEnum, SessionFormat.IN_PERSON);

		initEEnum(sessionStatusEEnum, SessionStatus.class, "SessionStatus");
		addEEnumLiteral(sessionStatusEEnum, SessionStatus.PLANNED);
		addEEnumLiteral(sessionStatusEEnum, SessionStatus.HELD);
		addEEnumLiteral(sessionStatusEEnum, SessionStatus.CANCELLED);

		initEEnum(stanceEEnum, Stance.class, "Stance");
		addEEnumLiteral(stanceEEnum, Stance.COACH);
		addEEnumLiteral(stanceEEnum, Stance.PERSECUTOR);
		addEEnumLiteral(stanceEEnum, Stance.VICTIM);
		addEEnumLiteral(stanceEEnum, Stance.RESCUER);

		initEEnum(questionKindEEnum, QuestionKind.class, "QuestionKind");
		addEEnumLiteral(questionKindEEnum, QuestionKind.OPEN);
		addEEnumLiteral(questionKindEEnum, QuestionKind.CLOSED);
		addEEnumLiteral(questionKindEEnum, QuestionKind.MULTIPLE_CHOICE);

		initEEnum(optionSourceEEnum, OptionSource.class, "OptionSource");
		addEEnumLiteral(optionSourceEEnum, OptionSource.PARTNER);
		addEEnumLiteral(optionSourceEEnum, OptionSource.COACH);

		initEEnum(partnerSessionKindEEnum, PartnerSessionKind.class, "PartnerSessionKind");
		addEEnumLiteral(partnerSessionKindEEnum, PartnerSessionKind.OPPORTUNITY_REVIEW);
		addEEnumLiteral(partnerSessionKindEEnum, PartnerSessionKind.OPPORTUNITY_COACHING);
		addEEnumLiteral(partnerSessionKindEEnum, PartnerSessionKind.MEETING_PREPARATION);
		addEEnumLiteral(partnerSessionKindEEnum, PartnerSessionKind.PERFORMANCE_SITUATION);
		addEEnumLiteral(partnerSessionKindEEnum, PartnerSessionKind.OTHER);

		initEEnum(checklistKindEEnum, ChecklistKind.class, "ChecklistKind");
		addEEnumLiteral(checklistKindEEnum, ChecklistKind.DO);
		addEEnumLiteral(checklistKindEEnum, ChecklistKind.DONT);

		initEEnum(issueChannelEEnum, IssueChannel.class, "IssueChannel");
		addEEnumLiteral(issueChannelEEnum, IssueChannel.PHONE);
		addEEnumLiteral(issueChannelEEnum, IssueChannel.EMAIL);
		addEEnumLiteral(issueChannelEEnum, IssueChannel.PORTAL);
		addEEnumLiteral(issueChannelEEnum, IssueChannel.MEETING);

		initEEnum(priorityEEnum, Priority.class, "Priority");
		addEEnumLiteral(priorityEEnum, Priority.P1);
		addEEnumLiteral(priorityEEnum, Priority.P2);
		addEEnumLiteral(priorityEEnum, Priority.P3);
		addEEnumLiteral(priorityEEnum, Priority.P4);

		initEEnum(issueStatusEEnum, IssueStatus.class, "IssueStatus");
		addEEnumLiteral(issueStatusEEnum, IssueStatus.NEW);
		addEEnumLiteral(issueStatusEEnum, IssueStatus.TRIAGED);
		addEEnumLiteral(issueStatusEEnum, IssueStatus.IN_PROGRESS);
		addEEnumLiteral(issueStatusEEnum, IssueStatus.WAITING_ON_PARTNER);
		addEEnumLiteral(issueStatusEEnum, IssueStatus.RESOLVED);
		addEEnumLiteral(issueStatusEEnum, IssueStatus.CLOSED);

		initEEnum(escalationLevelEEnum, EscalationLevel.class, "EscalationLevel");
		addEEnumLiteral(escalationLevelEEnum, EscalationLevel.CHANNEL_MANAGER);
		addEEnumLiteral(escalationLevelEEnum, EscalationLevel.PARTNER_SUPPORT);
		addEEnumLiteral(escalationLevelEEnum, EscalationLevel.CHANNEL_DIRECTOR);
		addEEnumLiteral(escalationLevelEEnum, EscalationLevel.VP_OF_CHANNELS);

		initEEnum(issueEventKindEEnum, IssueEventKind.class, "IssueEventKind");
		addEEnumLiteral(issueEventKindEEnum, IssueEventKind.NOTE);
		addEEnumLiteral(issueEventKindEEnum, IssueEventKind.UPDATE);
		addEEnumLiteral(issueEventKindEEnum, IssueEventKind.STATUS_CHANGE);
		addEEnumLiteral(issueEventKindEEnum, IssueEventKind.ESCALATION);
		addEEnumLiteral(issueEventKindEEnum, IssueEventKind.COMMITMENT);
		addEEnumLiteral(issueEventKindEEnum, IssueEventKind.RECURRENCE);
		addEEnumLiteral(issueEventKindEEnum, IssueEventKind.ASSIGNMENT);
		addEEnumLiteral(issueEventKindEEnum, IssueEventKind.CONFIRMATION);
		addEEnumLiteral(issueEventKindEEnum, IssueEventKind.NOTICE);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //FulcrumPackageImpl
