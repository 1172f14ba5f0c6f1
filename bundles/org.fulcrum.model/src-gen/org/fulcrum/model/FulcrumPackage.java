/**
 */
package org.fulcrum.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.fulcrum.model.FulcrumFactory
 * @model kind="package"
 * @generated
 */
public interface FulcrumPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:fulcrum:engagement:1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "fulcrum";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FulcrumPackage eINSTANCE = org.fulcrum.model.impl.FulcrumPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.IdentifiedImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.EngagementImpl <em>Engagement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.EngagementImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getEngagement()
	 * @generated
	 */
	int ENGAGEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Client</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__CLIENT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Consultants</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__CONSULTANTS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__START_DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__END_DATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__STATUS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Confidentiality</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__CONFIDENTIALITY = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Issue Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__ISSUE_POLICY = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Partners</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__PARTNERS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>People</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__PEOPLE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Instruments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__INSTRUMENTS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__ASSESSMENTS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__PLANS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Programs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__PROGRAMS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Partner Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__PARTNER_SESSIONS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Issues</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__ISSUES = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Outbox</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__OUTBOX = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Releases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__RELEASES = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Engagement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The number of operations of the '<em>Engagement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.ConfidentialityPolicyImpl <em>Confidentiality Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.ConfidentialityPolicyImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getConfidentialityPolicy()
	 * @generated
	 */
	int CONFIDENTIALITY_POLICY = 2;

	/**
	 * The feature id for the '<em><b>Minimum Raters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_POLICY__MINIMUM_RATERS = 0;

	/**
	 * The feature id for the '<em><b>Minimum Commenters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_POLICY__MINIMUM_COMMENTERS = 1;

	/**
	 * The feature id for the '<em><b>Self Exempt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_POLICY__SELF_EXEMPT = 2;

	/**
	 * The feature id for the '<em><b>Manager Exempt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_POLICY__MANAGER_EXEMPT = 3;

	/**
	 * The feature id for the '<em><b>Frozen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_POLICY__FROZEN = 4;

	/**
	 * The feature id for the '<em><b>Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_POLICY__OVERRIDES = 5;

	/**
	 * The feature id for the '<em><b>Names In Cohort Reports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_POLICY__NAMES_IN_COHORT_REPORTS = 6;

	/**
	 * The number of structural features of the '<em>Confidentiality Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_POLICY_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Confidentiality Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.ReportReleaseImpl <em>Report Release</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.ReportReleaseImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getReportRelease()
	 * @generated
	 */
	int REPORT_RELEASE = 3;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_RELEASE__AT = 0;

	/**
	 * The feature id for the '<em><b>Assessment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_RELEASE__ASSESSMENT = 1;

	/**
	 * The feature id for the '<em><b>Formats</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_RELEASE__FORMATS = 2;

	/**
	 * The feature id for the '<em><b>Counts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_RELEASE__COUNTS = 3;

	/**
	 * The feature id for the '<em><b>Submissions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_RELEASE__SUBMISSIONS = 4;

	/**
	 * The feature id for the '<em><b>Comment Digests</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_RELEASE__COMMENT_DIGESTS = 5;

	/**
	 * The number of structural features of the '<em>Report Release</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_RELEASE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Report Release</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_RELEASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.ReleasedCountImpl <em>Released Count</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.ReleasedCountImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getReleasedCount()
	 * @generated
	 */
	int RELEASED_COUNT = 4;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASED_COUNT__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Raters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASED_COUNT__RATERS = 1;

	/**
	 * The number of structural features of the '<em>Released Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASED_COUNT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Released Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELEASED_COUNT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.PolicyOverrideImpl <em>Policy Override</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.PolicyOverrideImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPolicyOverride()
	 * @generated
	 */
	int POLICY_OVERRIDE = 5;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_OVERRIDE__AT = 0;

	/**
	 * The feature id for the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_OVERRIDE__BY = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_OVERRIDE__REASON = 2;

	/**
	 * The feature id for the '<em><b>Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_OVERRIDE__CHANGE = 3;

	/**
	 * The number of structural features of the '<em>Policy Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_OVERRIDE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Policy Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_OVERRIDE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.PartnerOrganizationImpl <em>Partner Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.PartnerOrganizationImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPartnerOrganization()
	 * @generated
	 */
	int PARTNER_ORGANIZATION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ORGANIZATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ORGANIZATION__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ORGANIZATION__TIER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ORGANIZATION__REGION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ORGANIZATION__GOALS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Partner Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ORGANIZATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Partner Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ORGANIZATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.PersonImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EMAIL = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__TITLE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ORGANIZATION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.PartnerManagerImpl <em>Partner Manager</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.PartnerManagerImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPartnerManager()
	 * @generated
	 */
	int PARTNER_MANAGER = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_MANAGER__ID = PERSON__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_MANAGER__NAME = PERSON__NAME;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_MANAGER__EMAIL = PERSON__EMAIL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_MANAGER__TITLE = PERSON__TITLE;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_MANAGER__ORGANIZATION = PERSON__ORGANIZATION;

	/**
	 * The feature id for the '<em><b>Manages</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_MANAGER__MANAGES = PERSON_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reports To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_MANAGER__REPORTS_TO = PERSON_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Partner Manager</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_MANAGER_FEATURE_COUNT = PERSON_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Partner Manager</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_MANAGER_OPERATION_COUNT = PERSON_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.InstrumentImpl <em>Instrument</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.InstrumentImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getInstrument()
	 * @generated
	 */
	int INSTRUMENT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__VERSION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__SCALE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__DIMENSIONS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.DimensionImpl <em>Dimension</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.DimensionImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getDimension()
	 * @generated
	 */
	int DIMENSION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__CHILDREN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__ITEMS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.BehaviourItemImpl <em>Behaviour Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.BehaviourItemImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getBehaviourItem()
	 * @generated
	 */
	int BEHAVIOUR_ITEM = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEHAVIOUR_ITEM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEHAVIOUR_ITEM__TEXT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reverse Keyed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEHAVIOUR_ITEM__REVERSE_KEYED = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Behaviour Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEHAVIOUR_ITEM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Behaviour Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BEHAVIOUR_ITEM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.RatingScaleImpl <em>Rating Scale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.RatingScaleImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getRatingScale()
	 * @generated
	 */
	int RATING_SCALE = 12;

	/**
	 * The feature id for the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__MINIMUM = 0;

	/**
	 * The feature id for the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__MAXIMUM = 1;

	/**
	 * The feature id for the '<em><b>Not Observed Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__NOT_OBSERVED_ALLOWED = 2;

	/**
	 * The feature id for the '<em><b>Not Observed Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__NOT_OBSERVED_LABEL = 3;

	/**
	 * The feature id for the '<em><b>Anchors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__ANCHORS = 4;

	/**
	 * The number of structural features of the '<em>Rating Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Rating Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.ScaleAnchorImpl <em>Scale Anchor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.ScaleAnchorImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getScaleAnchor()
	 * @generated
	 */
	int SCALE_ANCHOR = 13;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_ANCHOR__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_ANCHOR__LABEL = 1;

	/**
	 * The number of structural features of the '<em>Scale Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_ANCHOR_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Scale Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_ANCHOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.AssessmentImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SUBJECT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__INSTRUMENT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Round</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ROUND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Opened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__OPENED = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CLOSED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Invitations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__INVITATIONS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__COMMENTS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.RaterInvitationImpl <em>Rater Invitation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.RaterInvitationImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getRaterInvitation()
	 * @generated
	 */
	int RATER_INVITATION = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATER_INVITATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Rater</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATER_INVITATION__RATER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Relationship</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATER_INVITATION__RELATIONSHIP = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATER_INVITATION__STATUS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATER_INVITATION__TOKEN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Submitted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATER_INVITATION__SUBMITTED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Responses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATER_INVITATION__RESPONSES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Rater Invitation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATER_INVITATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Rater Invitation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATER_INVITATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.ItemResponseImpl <em>Item Response</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.ItemResponseImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getItemResponse()
	 * @generated
	 */
	int ITEM_RESPONSE = 16;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESPONSE__ITEM = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESPONSE__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Not Observed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESPONSE__NOT_OBSERVED = 2;

	/**
	 * The number of structural features of the '<em>Item Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESPONSE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Item Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_RESPONSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.CommentImpl <em>Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.CommentImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getComment()
	 * @generated
	 */
	int COMMENT = 17;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__GROUP = 1;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__DIMENSION = 2;

	/**
	 * The number of structural features of the '<em>Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.DevelopmentPlanImpl <em>Development Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.DevelopmentPlanImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getDevelopmentPlan()
	 * @generated
	 */
	int DEVELOPMENT_PLAN = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Participant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN__PARTICIPANT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Based On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN__BASED_ON = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN__START = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN__STATUS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Focus Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN__FOCUS_AREAS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Development Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Development Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.FocusAreaImpl <em>Focus Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.FocusAreaImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getFocusArea()
	 * @generated
	 */
	int FOCUS_AREA = 19;

	/**
	 * The feature id for the '<em><b>Trait</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__TRAIT = 0;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__RATIONALE = 1;

	/**
	 * The feature id for the '<em><b>Behaviours</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__BEHAVIOURS = 2;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__GOALS = 3;

	/**
	 * The number of structural features of the '<em>Focus Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Focus Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.GoalImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__STATEMENT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__PROMPT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ACTIONS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.ActionImpl <em>Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.ActionImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getAction()
	 * @generated
	 */
	int ACTION = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>What</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__WHAT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__MEASURE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DUE_DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__OWNER = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__STATUS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Support</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__SUPPORT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.CoachingProgramImpl <em>Coaching Program</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.CoachingProgramImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getCoachingProgram()
	 * @generated
	 */
	int COACHING_PROGRAM = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_PROGRAM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_PROGRAM__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_PROGRAM__TEMPLATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Participant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_PROGRAM__PARTICIPANT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Coach</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_PROGRAM__COACH = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_PROGRAM__SESSIONS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Expectations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_PROGRAM__EXPECTATIONS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Accountability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_PROGRAM__ACCOUNTABILITY = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Coaching Program</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_PROGRAM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Coaching Program</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_PROGRAM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.CoachingSessionImpl <em>Coaching Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.CoachingSessionImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getCoachingSession()
	 * @generated
	 */
	int COACHING_SESSION = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_SESSION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_SESSION__FORMAT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_SESSION__STATUS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_SESSION__DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_SESSION__DURATION_MINUTES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_SESSION__TOPIC = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Goal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_SESSION__GOAL = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Situation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_SESSION__SITUATION = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_SESSION__QUESTIONS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Options</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_SESSION__OPTIONS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_SESSION__ACTIONS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Observed Stance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_SESSION__OBSERVED_STANCE = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Review</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_SESSION__REVIEW = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Coaching Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_SESSION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Coaching Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACHING_SESSION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.QuestionImpl <em>Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.QuestionImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getQuestion()
	 * @generated
	 */
	int QUESTION = 24;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Open</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__OPEN = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__KIND = 2;

	/**
	 * The number of structural features of the '<em>Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl <em>Partner Coaching Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.PartnerCoachingSessionImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPartnerCoachingSession()
	 * @generated
	 */
	int PARTNER_COACHING_SESSION = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Partner Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__PARTNER_MANAGER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__PARTNER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Coachees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__COACHEES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__KIND = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__DATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__DURATION_MINUTES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__TOPIC = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Situation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__SITUATION = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Partner Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__PARTNER_GOAL = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__QUESTIONS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__OPTIONS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__ACTIONS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Observed Stance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__OBSERVED_STANCE = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Review</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__REVIEW = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION__NOTES = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Partner Coaching Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Partner Coaching Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_COACHING_SESSION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.ActionOptionImpl <em>Action Option</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.ActionOptionImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getActionOption()
	 * @generated
	 */
	int ACTION_OPTION = 26;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPTION__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPTION__SOURCE = 1;

	/**
	 * The number of structural features of the '<em>Action Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPTION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Action Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.ChecklistEntryImpl <em>Checklist Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.ChecklistEntryImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getChecklistEntry()
	 * @generated
	 */
	int CHECKLIST_ENTRY = 27;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ENTRY__RULE = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ENTRY__KIND = 1;

	/**
	 * The feature id for the '<em><b>Observed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ENTRY__OBSERVED = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ENTRY__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Checklist Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ENTRY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Checklist Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.PartnerIssueImpl <em>Partner Issue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.PartnerIssueImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPartnerIssue()
	 * @generated
	 */
	int PARTNER_ISSUE = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__PARTNER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Raised By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__RAISED_BY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__CHANNEL = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__CATEGORY = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__PRIORITY = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__STATUS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__OWNER = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Support Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__SUPPORT_OWNER = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Escalated To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__ESCALATED_TO = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Confirmed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__CONFIRMED_BY = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Confirmed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__CONFIRMED_AT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Close Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__CLOSE_REASON = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Escalation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__ESCALATION = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Opened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__OPENED = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Timeline</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__TIMELINE = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Commitments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__COMMITMENTS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Related</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__RELATED = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Recurrence Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__RECURRENCE_OF = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Traits</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE__TRAITS = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The number of structural features of the '<em>Partner Issue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The number of operations of the '<em>Partner Issue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_ISSUE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.IssueEventImpl <em>Issue Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.IssueEventImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getIssueEvent()
	 * @generated
	 */
	int ISSUE_EVENT = 29;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_EVENT__AT = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_EVENT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_EVENT__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_EVENT__AUTHOR = 3;

	/**
	 * The feature id for the '<em><b>Visible To Partner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_EVENT__VISIBLE_TO_PARTNER = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_EVENT__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_EVENT__LEVEL = 6;

	/**
	 * The feature id for the '<em><b>People</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_EVENT__PEOPLE = 7;

	/**
	 * The number of structural features of the '<em>Issue Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_EVENT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Issue Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.CommitmentImpl <em>Commitment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.CommitmentImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getCommitment()
	 * @generated
	 */
	int COMMITMENT = 30;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__DUE = 1;

	/**
	 * The feature id for the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__DONE = 2;

	/**
	 * The feature id for the '<em><b>Visible To Partner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__VISIBLE_TO_PARTNER = 3;

	/**
	 * The number of structural features of the '<em>Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.IssuePolicyImpl <em>Issue Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.IssuePolicyImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getIssuePolicy()
	 * @generated
	 */
	int ISSUE_POLICY = 31;

	/**
	 * The feature id for the '<em><b>Recurrence Window Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_POLICY__RECURRENCE_WINDOW_DAYS = 0;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_POLICY__TARGETS = 1;

	/**
	 * The feature id for the '<em><b>Escalation Path</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_POLICY__ESCALATION_PATH = 2;

	/**
	 * The feature id for the '<em><b>Inform Vp On P1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_POLICY__INFORM_VP_ON_P1 = 3;

	/**
	 * The feature id for the '<em><b>Inform Vp On Recurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_POLICY__INFORM_VP_ON_RECURRENCE = 4;

	/**
	 * The feature id for the '<em><b>Inform Vp On Broken Promise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_POLICY__INFORM_VP_ON_BROKEN_PROMISE = 5;

	/**
	 * The feature id for the '<em><b>Lapses Escalate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_POLICY__LAPSES_ESCALATE = 6;

	/**
	 * The number of structural features of the '<em>Issue Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_POLICY_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Issue Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.EscalationContactImpl <em>Escalation Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.EscalationContactImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getEscalationContact()
	 * @generated
	 */
	int ESCALATION_CONTACT = 32;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_CONTACT__LEVEL = 0;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_CONTACT__PERSON = 1;

	/**
	 * The number of structural features of the '<em>Escalation Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_CONTACT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Escalation Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_CONTACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.NotificationImpl <em>Notification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.NotificationImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getNotification()
	 * @generated
	 */
	int NOTIFICATION = 33;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION__KEY = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION__TO = 1;

	/**
	 * The feature id for the '<em><b>Issue</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION__ISSUE = 2;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION__SUBJECT = 3;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION__BODY = 4;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION__REASON = 5;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION__CREATED = 6;

	/**
	 * The feature id for the '<em><b>Sent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION__SENT = 7;

	/**
	 * The feature id for the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION__ERROR = 8;

	/**
	 * The number of structural features of the '<em>Notification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Notification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.impl.PriorityTargetImpl <em>Priority Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.impl.PriorityTargetImpl
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPriorityTarget()
	 * @generated
	 */
	int PRIORITY_TARGET = 34;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_TARGET__PRIORITY = 0;

	/**
	 * The feature id for the '<em><b>Response Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_TARGET__RESPONSE_HOURS = 1;

	/**
	 * The feature id for the '<em><b>Resolution Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_TARGET__RESOLUTION_HOURS = 2;

	/**
	 * The feature id for the '<em><b>Update Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_TARGET__UPDATE_HOURS = 3;

	/**
	 * The number of structural features of the '<em>Priority Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_TARGET_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Priority Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_TARGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.EngagementStatus <em>Engagement Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.EngagementStatus
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getEngagementStatus()
	 * @generated
	 */
	int ENGAGEMENT_STATUS = 35;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.PartnerTier <em>Partner Tier</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.PartnerTier
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPartnerTier()
	 * @generated
	 */
	int PARTNER_TIER = 36;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.DimensionKind <em>Dimension Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.DimensionKind
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getDimensionKind()
	 * @generated
	 */
	int DIMENSION_KIND = 37;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.RelationshipGroup <em>Relationship Group</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.RelationshipGroup
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getRelationshipGroup()
	 * @generated
	 */
	int RELATIONSHIP_GROUP = 38;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.InvitationStatus <em>Invitation Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.InvitationStatus
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getInvitationStatus()
	 * @generated
	 */
	int INVITATION_STATUS = 39;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.PlanStatus <em>Plan Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.PlanStatus
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPlanStatus()
	 * @generated
	 */
	int PLAN_STATUS = 40;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.ActionStatus
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 41;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.SessionFormat <em>Session Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.SessionFormat
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getSessionFormat()
	 * @generated
	 */
	int SESSION_FORMAT = 42;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.SessionStatus <em>Session Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.SessionStatus
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getSessionStatus()
	 * @generated
	 */
	int SESSION_STATUS = 43;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.Stance <em>Stance</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.Stance
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getStance()
	 * @generated
	 */
	int STANCE = 44;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.QuestionKind <em>Question Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.QuestionKind
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getQuestionKind()
	 * @generated
	 */
	int QUESTION_KIND = 45;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.OptionSource <em>Option Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.OptionSource
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getOptionSource()
	 * @generated
	 */
	int OPTION_SOURCE = 46;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.PartnerSessionKind <em>Partner Session Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.PartnerSessionKind
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPartnerSessionKind()
	 * @generated
	 */
	int PARTNER_SESSION_KIND = 47;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.ChecklistKind <em>Checklist Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.ChecklistKind
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getChecklistKind()
	 * @generated
	 */
	int CHECKLIST_KIND = 48;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.IssueChannel <em>Issue Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.IssueChannel
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getIssueChannel()
	 * @generated
	 */
	int ISSUE_CHANNEL = 49;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.Priority <em>Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.Priority
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPriority()
	 * @generated
	 */
	int PRIORITY = 50;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.IssueStatus <em>Issue Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.IssueStatus
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getIssueStatus()
	 * @generated
	 */
	int ISSUE_STATUS = 51;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.EscalationLevel <em>Escalation Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.EscalationLevel
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getEscalationLevel()
	 * @generated
	 */
	int ESCALATION_LEVEL = 52;

	/**
	 * The meta object id for the '{@link org.fulcrum.model.IssueEventKind <em>Issue Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fulcrum.model.IssueEventKind
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getIssueEventKind()
	 * @generated
	 */
	int ISSUE_EVENT_KIND = 53;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 54;


	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.fulcrum.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.fulcrum.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.Engagement <em>Engagement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Engagement</em>'.
	 * @see org.fulcrum.model.Engagement
	 * @generated
	 */
	EClass getEngagement();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Engagement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fulcrum.model.Engagement#getName()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Engagement#getClient <em>Client</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client</em>'.
	 * @see org.fulcrum.model.Engagement#getClient()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_Client();

	/**
	 * Returns the meta object for the attribute list '{@link org.fulcrum.model.Engagement#getConsultants <em>Consultants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Consultants</em>'.
	 * @see org.fulcrum.model.Engagement#getConsultants()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_Consultants();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Engagement#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.fulcrum.model.Engagement#getStartDate()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Engagement#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.fulcrum.model.Engagement#getEndDate()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Engagement#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.fulcrum.model.Engagement#getStatus()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_Status();

	/**
	 * Returns the meta object for the containment reference '{@link org.fulcrum.model.Engagement#getConfidentiality <em>Confidentiality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Confidentiality</em>'.
	 * @see org.fulcrum.model.Engagement#getConfidentiality()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Confidentiality();

	/**
	 * Returns the meta object for the containment reference '{@link org.fulcrum.model.Engagement#getIssuePolicy <em>Issue Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Issue Policy</em>'.
	 * @see org.fulcrum.model.Engagement#getIssuePolicy()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_IssuePolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Engagement#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Partners</em>'.
	 * @see org.fulcrum.model.Engagement#getPartners()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Partners();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Engagement#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>People</em>'.
	 * @see org.fulcrum.model.Engagement#getPeople()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_People();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Engagement#getInstruments <em>Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instruments</em>'.
	 * @see org.fulcrum.model.Engagement#getInstruments()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Instruments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Engagement#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see org.fulcrum.model.Engagement#getAssessments()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Assessments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Engagement#getPlans <em>Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Plans</em>'.
	 * @see org.fulcrum.model.Engagement#getPlans()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Plans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Engagement#getPrograms <em>Programs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Programs</em>'.
	 * @see org.fulcrum.model.Engagement#getPrograms()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Programs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Engagement#getPartnerSessions <em>Partner Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Partner Sessions</em>'.
	 * @see org.fulcrum.model.Engagement#getPartnerSessions()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_PartnerSessions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Engagement#getIssues <em>Issues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Issues</em>'.
	 * @see org.fulcrum.model.Engagement#getIssues()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Issues();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Engagement#getOutbox <em>Outbox</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outbox</em>'.
	 * @see org.fulcrum.model.Engagement#getOutbox()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Outbox();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Engagement#getReleases <em>Releases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Releases</em>'.
	 * @see org.fulcrum.model.Engagement#getReleases()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Releases();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.ConfidentialityPolicy <em>Confidentiality Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Confidentiality Policy</em>'.
	 * @see org.fulcrum.model.ConfidentialityPolicy
	 * @generated
	 */
	EClass getConfidentialityPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ConfidentialityPolicy#getMinimumRaters <em>Minimum Raters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Raters</em>'.
	 * @see org.fulcrum.model.ConfidentialityPolicy#getMinimumRaters()
	 * @see #getConfidentialityPolicy()
	 * @generated
	 */
	EAttribute getConfidentialityPolicy_MinimumRaters();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ConfidentialityPolicy#getMinimumCommenters <em>Minimum Commenters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Commenters</em>'.
	 * @see org.fulcrum.model.ConfidentialityPolicy#getMinimumCommenters()
	 * @see #getConfidentialityPolicy()
	 * @generated
	 */
	EAttribute getConfidentialityPolicy_MinimumCommenters();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ConfidentialityPolicy#isSelfExempt <em>Self Exempt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Self Exempt</em>'.
	 * @see org.fulcrum.model.ConfidentialityPolicy#isSelfExempt()
	 * @see #getConfidentialityPolicy()
	 * @generated
	 */
	EAttribute getConfidentialityPolicy_SelfExempt();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ConfidentialityPolicy#isManagerExempt <em>Manager Exempt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manager Exempt</em>'.
	 * @see org.fulcrum.model.ConfidentialityPolicy#isManagerExempt()
	 * @see #getConfidentialityPolicy()
	 * @generated
	 */
	EAttribute getConfidentialityPolicy_ManagerExempt();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ConfidentialityPolicy#isFrozen <em>Frozen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frozen</em>'.
	 * @see org.fulcrum.model.ConfidentialityPolicy#isFrozen()
	 * @see #getConfidentialityPolicy()
	 * @generated
	 */
	EAttribute getConfidentialityPolicy_Frozen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.ConfidentialityPolicy#getOverrides <em>Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overrides</em>'.
	 * @see org.fulcrum.model.ConfidentialityPolicy#getOverrides()
	 * @see #getConfidentialityPolicy()
	 * @generated
	 */
	EReference getConfidentialityPolicy_Overrides();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ConfidentialityPolicy#isNamesInCohortReports <em>Names In Cohort Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Names In Cohort Reports</em>'.
	 * @see org.fulcrum.model.ConfidentialityPolicy#isNamesInCohortReports()
	 * @see #getConfidentialityPolicy()
	 * @generated
	 */
	EAttribute getConfidentialityPolicy_NamesInCohortReports();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.ReportRelease <em>Report Release</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report Release</em>'.
	 * @see org.fulcrum.model.ReportRelease
	 * @generated
	 */
	EClass getReportRelease();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ReportRelease#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.fulcrum.model.ReportRelease#getAt()
	 * @see #getReportRelease()
	 * @generated
	 */
	EAttribute getReportRelease_At();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.ReportRelease#getAssessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assessment</em>'.
	 * @see org.fulcrum.model.ReportRelease#getAssessment()
	 * @see #getReportRelease()
	 * @generated
	 */
	EReference getReportRelease_Assessment();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ReportRelease#getFormats <em>Formats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Formats</em>'.
	 * @see org.fulcrum.model.ReportRelease#getFormats()
	 * @see #getReportRelease()
	 * @generated
	 */
	EAttribute getReportRelease_Formats();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.ReportRelease#getCounts <em>Counts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Counts</em>'.
	 * @see org.fulcrum.model.ReportRelease#getCounts()
	 * @see #getReportRelease()
	 * @generated
	 */
	EReference getReportRelease_Counts();

	/**
	 * Returns the meta object for the reference list '{@link org.fulcrum.model.ReportRelease#getSubmissions <em>Submissions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Submissions</em>'.
	 * @see org.fulcrum.model.ReportRelease#getSubmissions()
	 * @see #getReportRelease()
	 * @generated
	 */
	EReference getReportRelease_Submissions();

	/**
	 * Returns the meta object for the attribute list '{@link org.fulcrum.model.ReportRelease#getCommentDigests <em>Comment Digests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Comment Digests</em>'.
	 * @see org.fulcrum.model.ReportRelease#getCommentDigests()
	 * @see #getReportRelease()
	 * @generated
	 */
	EAttribute getReportRelease_CommentDigests();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.ReleasedCount <em>Released Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Released Count</em>'.
	 * @see org.fulcrum.model.ReleasedCount
	 * @generated
	 */
	EClass getReleasedCount();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ReleasedCount#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.fulcrum.model.ReleasedCount#getGroup()
	 * @see #getReleasedCount()
	 * @generated
	 */
	EAttribute getReleasedCount_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ReleasedCount#getRaters <em>Raters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raters</em>'.
	 * @see org.fulcrum.model.ReleasedCount#getRaters()
	 * @see #getReleasedCount()
	 * @generated
	 */
	EAttribute getReleasedCount_Raters();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.PolicyOverride <em>Policy Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Override</em>'.
	 * @see org.fulcrum.model.PolicyOverride
	 * @generated
	 */
	EClass getPolicyOverride();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PolicyOverride#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.fulcrum.model.PolicyOverride#getAt()
	 * @see #getPolicyOverride()
	 * @generated
	 */
	EAttribute getPolicyOverride_At();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PolicyOverride#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By</em>'.
	 * @see org.fulcrum.model.PolicyOverride#getBy()
	 * @see #getPolicyOverride()
	 * @generated
	 */
	EAttribute getPolicyOverride_By();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PolicyOverride#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.fulcrum.model.PolicyOverride#getReason()
	 * @see #getPolicyOverride()
	 * @generated
	 */
	EAttribute getPolicyOverride_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PolicyOverride#getChange <em>Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change</em>'.
	 * @see org.fulcrum.model.PolicyOverride#getChange()
	 * @see #getPolicyOverride()
	 * @generated
	 */
	EAttribute getPolicyOverride_Change();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.PartnerOrganization <em>Partner Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partner Organization</em>'.
	 * @see org.fulcrum.model.PartnerOrganization
	 * @generated
	 */
	EClass getPartnerOrganization();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerOrganization#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fulcrum.model.PartnerOrganization#getName()
	 * @see #getPartnerOrganization()
	 * @generated
	 */
	EAttribute getPartnerOrganization_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerOrganization#getTier <em>Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tier</em>'.
	 * @see org.fulcrum.model.PartnerOrganization#getTier()
	 * @see #getPartnerOrganization()
	 * @generated
	 */
	EAttribute getPartnerOrganization_Tier();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerOrganization#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.fulcrum.model.PartnerOrganization#getRegion()
	 * @see #getPartnerOrganization()
	 * @generated
	 */
	EAttribute getPartnerOrganization_Region();

	/**
	 * Returns the meta object for the attribute list '{@link org.fulcrum.model.PartnerOrganization#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Goals</em>'.
	 * @see org.fulcrum.model.PartnerOrganization#getGoals()
	 * @see #getPartnerOrganization()
	 * @generated
	 */
	EAttribute getPartnerOrganization_Goals();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.fulcrum.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Person#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fulcrum.model.Person#getName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Person#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.fulcrum.model.Person#getEmail()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Person#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.fulcrum.model.Person#getTitle()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Person#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organization</em>'.
	 * @see org.fulcrum.model.Person#getOrganization()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Organization();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.PartnerManager <em>Partner Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partner Manager</em>'.
	 * @see org.fulcrum.model.PartnerManager
	 * @generated
	 */
	EClass getPartnerManager();

	/**
	 * Returns the meta object for the reference list '{@link org.fulcrum.model.PartnerManager#getManages <em>Manages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Manages</em>'.
	 * @see org.fulcrum.model.PartnerManager#getManages()
	 * @see #getPartnerManager()
	 * @generated
	 */
	EReference getPartnerManager_Manages();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.PartnerManager#getReportsTo <em>Reports To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reports To</em>'.
	 * @see org.fulcrum.model.PartnerManager#getReportsTo()
	 * @see #getPartnerManager()
	 * @generated
	 */
	EReference getPartnerManager_ReportsTo();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.Instrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument</em>'.
	 * @see org.fulcrum.model.Instrument
	 * @generated
	 */
	EClass getInstrument();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Instrument#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fulcrum.model.Instrument#getName()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Instrument#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.fulcrum.model.Instrument#getVersion()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Instrument#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.fulcrum.model.Instrument#getDescription()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.fulcrum.model.Instrument#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scale</em>'.
	 * @see org.fulcrum.model.Instrument#getScale()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Scale();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Instrument#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dimensions</em>'.
	 * @see org.fulcrum.model.Instrument#getDimensions()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Dimensions();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.Dimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dimension</em>'.
	 * @see org.fulcrum.model.Dimension
	 * @generated
	 */
	EClass getDimension();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Dimension#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fulcrum.model.Dimension#getName()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Dimension#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.fulcrum.model.Dimension#getKind()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Dimension#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.fulcrum.model.Dimension#getDescription()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Dimension#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.fulcrum.model.Dimension#getChildren()
	 * @see #getDimension()
	 * @generated
	 */
	EReference getDimension_Children();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Dimension#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.fulcrum.model.Dimension#getItems()
	 * @see #getDimension()
	 * @generated
	 */
	EReference getDimension_Items();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.BehaviourItem <em>Behaviour Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Behaviour Item</em>'.
	 * @see org.fulcrum.model.BehaviourItem
	 * @generated
	 */
	EClass getBehaviourItem();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.BehaviourItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.fulcrum.model.BehaviourItem#getText()
	 * @see #getBehaviourItem()
	 * @generated
	 */
	EAttribute getBehaviourItem_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.BehaviourItem#isReverseKeyed <em>Reverse Keyed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reverse Keyed</em>'.
	 * @see org.fulcrum.model.BehaviourItem#isReverseKeyed()
	 * @see #getBehaviourItem()
	 * @generated
	 */
	EAttribute getBehaviourItem_ReverseKeyed();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.RatingScale <em>Rating Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rating Scale</em>'.
	 * @see org.fulcrum.model.RatingScale
	 * @generated
	 */
	EClass getRatingScale();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.RatingScale#getMinimum <em>Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum</em>'.
	 * @see org.fulcrum.model.RatingScale#getMinimum()
	 * @see #getRatingScale()
	 * @generated
	 */
	EAttribute getRatingScale_Minimum();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.RatingScale#getMaximum <em>Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum</em>'.
	 * @see org.fulcrum.model.RatingScale#getMaximum()
	 * @see #getRatingScale()
	 * @generated
	 */
	EAttribute getRatingScale_Maximum();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.RatingScale#isNotObservedAllowed <em>Not Observed Allowed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Observed Allowed</em>'.
	 * @see org.fulcrum.model.RatingScale#isNotObservedAllowed()
	 * @see #getRatingScale()
	 * @generated
	 */
	EAttribute getRatingScale_NotObservedAllowed();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.RatingScale#getNotObservedLabel <em>Not Observed Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Observed Label</em>'.
	 * @see org.fulcrum.model.RatingScale#getNotObservedLabel()
	 * @see #getRatingScale()
	 * @generated
	 */
	EAttribute getRatingScale_NotObservedLabel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.RatingScale#getAnchors <em>Anchors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Anchors</em>'.
	 * @see org.fulcrum.model.RatingScale#getAnchors()
	 * @see #getRatingScale()
	 * @generated
	 */
	EReference getRatingScale_Anchors();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.ScaleAnchor <em>Scale Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale Anchor</em>'.
	 * @see org.fulcrum.model.ScaleAnchor
	 * @generated
	 */
	EClass getScaleAnchor();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ScaleAnchor#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.fulcrum.model.ScaleAnchor#getValue()
	 * @see #getScaleAnchor()
	 * @generated
	 */
	EAttribute getScaleAnchor_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ScaleAnchor#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.fulcrum.model.ScaleAnchor#getLabel()
	 * @see #getScaleAnchor()
	 * @generated
	 */
	EAttribute getScaleAnchor_Label();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see org.fulcrum.model.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.Assessment#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see org.fulcrum.model.Assessment#getSubject()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Subject();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.Assessment#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Instrument</em>'.
	 * @see org.fulcrum.model.Assessment#getInstrument()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Instrument();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Assessment#getRound <em>Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Round</em>'.
	 * @see org.fulcrum.model.Assessment#getRound()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Round();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Assessment#getOpened <em>Opened</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened</em>'.
	 * @see org.fulcrum.model.Assessment#getOpened()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Opened();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Assessment#getClosed <em>Closed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed</em>'.
	 * @see org.fulcrum.model.Assessment#getClosed()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Closed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Assessment#getInvitations <em>Invitations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Invitations</em>'.
	 * @see org.fulcrum.model.Assessment#getInvitations()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Invitations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Assessment#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comments</em>'.
	 * @see org.fulcrum.model.Assessment#getComments()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Comments();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.RaterInvitation <em>Rater Invitation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rater Invitation</em>'.
	 * @see org.fulcrum.model.RaterInvitation
	 * @generated
	 */
	EClass getRaterInvitation();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.RaterInvitation#getRater <em>Rater</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Rater</em>'.
	 * @see org.fulcrum.model.RaterInvitation#getRater()
	 * @see #getRaterInvitation()
	 * @generated
	 */
	EReference getRaterInvitation_Rater();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.RaterInvitation#getRelationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relationship</em>'.
	 * @see org.fulcrum.model.RaterInvitation#getRelationship()
	 * @see #getRaterInvitation()
	 * @generated
	 */
	EAttribute getRaterInvitation_Relationship();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.RaterInvitation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.fulcrum.model.RaterInvitation#getStatus()
	 * @see #getRaterInvitation()
	 * @generated
	 */
	EAttribute getRaterInvitation_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.RaterInvitation#getToken <em>Token</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Token</em>'.
	 * @see org.fulcrum.model.RaterInvitation#getToken()
	 * @see #getRaterInvitation()
	 * @generated
	 */
	EAttribute getRaterInvitation_Token();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.RaterInvitation#getSubmitted <em>Submitted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submitted</em>'.
	 * @see org.fulcrum.model.RaterInvitation#getSubmitted()
	 * @see #getRaterInvitation()
	 * @generated
	 */
	EAttribute getRaterInvitation_Submitted();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.RaterInvitation#getResponses <em>Responses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Responses</em>'.
	 * @see org.fulcrum.model.RaterInvitation#getResponses()
	 * @see #getRaterInvitation()
	 * @generated
	 */
	EReference getRaterInvitation_Responses();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.ItemResponse <em>Item Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item Response</em>'.
	 * @see org.fulcrum.model.ItemResponse
	 * @generated
	 */
	EClass getItemResponse();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.ItemResponse#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.fulcrum.model.ItemResponse#getItem()
	 * @see #getItemResponse()
	 * @generated
	 */
	EReference getItemResponse_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ItemResponse#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.fulcrum.model.ItemResponse#getValue()
	 * @see #getItemResponse()
	 * @generated
	 */
	EAttribute getItemResponse_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ItemResponse#isNotObserved <em>Not Observed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Observed</em>'.
	 * @see org.fulcrum.model.ItemResponse#isNotObserved()
	 * @see #getItemResponse()
	 * @generated
	 */
	EAttribute getItemResponse_NotObserved();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.Comment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comment</em>'.
	 * @see org.fulcrum.model.Comment
	 * @generated
	 */
	EClass getComment();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Comment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.fulcrum.model.Comment#getText()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Comment#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.fulcrum.model.Comment#getGroup()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Group();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.Comment#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dimension</em>'.
	 * @see org.fulcrum.model.Comment#getDimension()
	 * @see #getComment()
	 * @generated
	 */
	EReference getComment_Dimension();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.DevelopmentPlan <em>Development Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Development Plan</em>'.
	 * @see org.fulcrum.model.DevelopmentPlan
	 * @generated
	 */
	EClass getDevelopmentPlan();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.DevelopmentPlan#getParticipant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Participant</em>'.
	 * @see org.fulcrum.model.DevelopmentPlan#getParticipant()
	 * @see #getDevelopmentPlan()
	 * @generated
	 */
	EReference getDevelopmentPlan_Participant();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.DevelopmentPlan#getBasedOn <em>Based On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Based On</em>'.
	 * @see org.fulcrum.model.DevelopmentPlan#getBasedOn()
	 * @see #getDevelopmentPlan()
	 * @generated
	 */
	EReference getDevelopmentPlan_BasedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.DevelopmentPlan#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.fulcrum.model.DevelopmentPlan#getStart()
	 * @see #getDevelopmentPlan()
	 * @generated
	 */
	EAttribute getDevelopmentPlan_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.DevelopmentPlan#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.fulcrum.model.DevelopmentPlan#getStatus()
	 * @see #getDevelopmentPlan()
	 * @generated
	 */
	EAttribute getDevelopmentPlan_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.DevelopmentPlan#getFocusAreas <em>Focus Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Focus Areas</em>'.
	 * @see org.fulcrum.model.DevelopmentPlan#getFocusAreas()
	 * @see #getDevelopmentPlan()
	 * @generated
	 */
	EReference getDevelopmentPlan_FocusAreas();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.FocusArea <em>Focus Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Focus Area</em>'.
	 * @see org.fulcrum.model.FocusArea
	 * @generated
	 */
	EClass getFocusArea();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.FocusArea#getTrait <em>Trait</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Trait</em>'.
	 * @see org.fulcrum.model.FocusArea#getTrait()
	 * @see #getFocusArea()
	 * @generated
	 */
	EReference getFocusArea_Trait();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.FocusArea#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.fulcrum.model.FocusArea#getRationale()
	 * @see #getFocusArea()
	 * @generated
	 */
	EAttribute getFocusArea_Rationale();

	/**
	 * Returns the meta object for the reference list '{@link org.fulcrum.model.FocusArea#getBehaviours <em>Behaviours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Behaviours</em>'.
	 * @see org.fulcrum.model.FocusArea#getBehaviours()
	 * @see #getFocusArea()
	 * @generated
	 */
	EReference getFocusArea_Behaviours();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.FocusArea#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see org.fulcrum.model.FocusArea#getGoals()
	 * @see #getFocusArea()
	 * @generated
	 */
	EReference getFocusArea_Goals();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see org.fulcrum.model.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Goal#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.fulcrum.model.Goal#getStatement()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Statement();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Goal#getPrompt <em>Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prompt</em>'.
	 * @see org.fulcrum.model.Goal#getPrompt()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Prompt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.Goal#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.fulcrum.model.Goal#getActions()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Actions();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action</em>'.
	 * @see org.fulcrum.model.Action
	 * @generated
	 */
	EClass getAction();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Action#getWhat <em>What</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>What</em>'.
	 * @see org.fulcrum.model.Action#getWhat()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_What();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Action#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see org.fulcrum.model.Action#getMeasure()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Measure();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Action#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.fulcrum.model.Action#getDueDate()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_DueDate();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.Action#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.fulcrum.model.Action#getOwner()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Action#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.fulcrum.model.Action#getStatus()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Action#isSupport <em>Support</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support</em>'.
	 * @see org.fulcrum.model.Action#isSupport()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Support();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.CoachingProgram <em>Coaching Program</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coaching Program</em>'.
	 * @see org.fulcrum.model.CoachingProgram
	 * @generated
	 */
	EClass getCoachingProgram();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.CoachingProgram#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fulcrum.model.CoachingProgram#getName()
	 * @see #getCoachingProgram()
	 * @generated
	 */
	EAttribute getCoachingProgram_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.CoachingProgram#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template</em>'.
	 * @see org.fulcrum.model.CoachingProgram#getTemplate()
	 * @see #getCoachingProgram()
	 * @generated
	 */
	EAttribute getCoachingProgram_Template();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.CoachingProgram#getParticipant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Participant</em>'.
	 * @see org.fulcrum.model.CoachingProgram#getParticipant()
	 * @see #getCoachingProgram()
	 * @generated
	 */
	EReference getCoachingProgram_Participant();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.CoachingProgram#getCoach <em>Coach</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Coach</em>'.
	 * @see org.fulcrum.model.CoachingProgram#getCoach()
	 * @see #getCoachingProgram()
	 * @generated
	 */
	EReference getCoachingProgram_Coach();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.CoachingProgram#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sessions</em>'.
	 * @see org.fulcrum.model.CoachingProgram#getSessions()
	 * @see #getCoachingProgram()
	 * @generated
	 */
	EReference getCoachingProgram_Sessions();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.CoachingProgram#getExpectations <em>Expectations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expectations</em>'.
	 * @see org.fulcrum.model.CoachingProgram#getExpectations()
	 * @see #getCoachingProgram()
	 * @generated
	 */
	EAttribute getCoachingProgram_Expectations();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.CoachingProgram#getAccountability <em>Accountability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accountability</em>'.
	 * @see org.fulcrum.model.CoachingProgram#getAccountability()
	 * @see #getCoachingProgram()
	 * @generated
	 */
	EAttribute getCoachingProgram_Accountability();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.CoachingSession <em>Coaching Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coaching Session</em>'.
	 * @see org.fulcrum.model.CoachingSession
	 * @generated
	 */
	EClass getCoachingSession();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.CoachingSession#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.fulcrum.model.CoachingSession#getFormat()
	 * @see #getCoachingSession()
	 * @generated
	 */
	EAttribute getCoachingSession_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.CoachingSession#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.fulcrum.model.CoachingSession#getStatus()
	 * @see #getCoachingSession()
	 * @generated
	 */
	EAttribute getCoachingSession_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.CoachingSession#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.fulcrum.model.CoachingSession#getDate()
	 * @see #getCoachingSession()
	 * @generated
	 */
	EAttribute getCoachingSession_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.CoachingSession#getDurationMinutes <em>Duration Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Minutes</em>'.
	 * @see org.fulcrum.model.CoachingSession#getDurationMinutes()
	 * @see #getCoachingSession()
	 * @generated
	 */
	EAttribute getCoachingSession_DurationMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.CoachingSession#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.fulcrum.model.CoachingSession#getTopic()
	 * @see #getCoachingSession()
	 * @generated
	 */
	EAttribute getCoachingSession_Topic();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.CoachingSession#getGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Goal</em>'.
	 * @see org.fulcrum.model.CoachingSession#getGoal()
	 * @see #getCoachingSession()
	 * @generated
	 */
	EReference getCoachingSession_Goal();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.CoachingSession#getSituation <em>Situation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Situation</em>'.
	 * @see org.fulcrum.model.CoachingSession#getSituation()
	 * @see #getCoachingSession()
	 * @generated
	 */
	EAttribute getCoachingSession_Situation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.CoachingSession#getQuestions <em>Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Questions</em>'.
	 * @see org.fulcrum.model.CoachingSession#getQuestions()
	 * @see #getCoachingSession()
	 * @generated
	 */
	EReference getCoachingSession_Questions();

	/**
	 * Returns the meta object for the attribute list '{@link org.fulcrum.model.CoachingSession#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Options</em>'.
	 * @see org.fulcrum.model.CoachingSession#getOptions()
	 * @see #getCoachingSession()
	 * @generated
	 */
	EAttribute getCoachingSession_Options();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.CoachingSession#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.fulcrum.model.CoachingSession#getActions()
	 * @see #getCoachingSession()
	 * @generated
	 */
	EReference getCoachingSession_Actions();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.CoachingSession#getObservedStance <em>Observed Stance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Stance</em>'.
	 * @see org.fulcrum.model.CoachingSession#getObservedStance()
	 * @see #getCoachingSession()
	 * @generated
	 */
	EAttribute getCoachingSession_ObservedStance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.CoachingSession#getReview <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Review</em>'.
	 * @see org.fulcrum.model.CoachingSession#getReview()
	 * @see #getCoachingSession()
	 * @generated
	 */
	EReference getCoachingSession_Review();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.Question <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Question</em>'.
	 * @see org.fulcrum.model.Question
	 * @generated
	 */
	EClass getQuestion();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Question#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.fulcrum.model.Question#getText()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Question#isOpen <em>Open</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Open</em>'.
	 * @see org.fulcrum.model.Question#isOpen()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Open();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Question#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.fulcrum.model.Question#getKind()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Kind();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.PartnerCoachingSession <em>Partner Coaching Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partner Coaching Session</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession
	 * @generated
	 */
	EClass getPartnerCoachingSession();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.PartnerCoachingSession#getPartnerManager <em>Partner Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Partner Manager</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession#getPartnerManager()
	 * @see #getPartnerCoachingSession()
	 * @generated
	 */
	EReference getPartnerCoachingSession_PartnerManager();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.PartnerCoachingSession#getPartner <em>Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Partner</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession#getPartner()
	 * @see #getPartnerCoachingSession()
	 * @generated
	 */
	EReference getPartnerCoachingSession_Partner();

	/**
	 * Returns the meta object for the reference list '{@link org.fulcrum.model.PartnerCoachingSession#getCoachees <em>Coachees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Coachees</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession#getCoachees()
	 * @see #getPartnerCoachingSession()
	 * @generated
	 */
	EReference getPartnerCoachingSession_Coachees();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerCoachingSession#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession#getKind()
	 * @see #getPartnerCoachingSession()
	 * @generated
	 */
	EAttribute getPartnerCoachingSession_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerCoachingSession#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession#getDate()
	 * @see #getPartnerCoachingSession()
	 * @generated
	 */
	EAttribute getPartnerCoachingSession_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerCoachingSession#getDurationMinutes <em>Duration Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Minutes</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession#getDurationMinutes()
	 * @see #getPartnerCoachingSession()
	 * @generated
	 */
	EAttribute getPartnerCoachingSession_DurationMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerCoachingSession#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession#getTopic()
	 * @see #getPartnerCoachingSession()
	 * @generated
	 */
	EAttribute getPartnerCoachingSession_Topic();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerCoachingSession#getSituation <em>Situation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Situation</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession#getSituation()
	 * @see #getPartnerCoachingSession()
	 * @generated
	 */
	EAttribute getPartnerCoachingSession_Situation();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerCoachingSession#getPartnerGoal <em>Partner Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partner Goal</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession#getPartnerGoal()
	 * @see #getPartnerCoachingSession()
	 * @generated
	 */
	EAttribute getPartnerCoachingSession_PartnerGoal();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.PartnerCoachingSession#getQuestions <em>Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Questions</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession#getQuestions()
	 * @see #getPartnerCoachingSession()
	 * @generated
	 */
	EReference getPartnerCoachingSession_Questions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.PartnerCoachingSession#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Options</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession#getOptions()
	 * @see #getPartnerCoachingSession()
	 * @generated
	 */
	EReference getPartnerCoachingSession_Options();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.PartnerCoachingSession#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession#getActions()
	 * @see #getPartnerCoachingSession()
	 * @generated
	 */
	EReference getPartnerCoachingSession_Actions();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerCoachingSession#getObservedStance <em>Observed Stance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Stance</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession#getObservedStance()
	 * @see #getPartnerCoachingSession()
	 * @generated
	 */
	EAttribute getPartnerCoachingSession_ObservedStance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.PartnerCoachingSession#getReview <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Review</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession#getReview()
	 * @see #getPartnerCoachingSession()
	 * @generated
	 */
	EReference getPartnerCoachingSession_Review();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerCoachingSession#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.fulcrum.model.PartnerCoachingSession#getNotes()
	 * @see #getPartnerCoachingSession()
	 * @generated
	 */
	EAttribute getPartnerCoachingSession_Notes();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.ActionOption <em>Action Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action Option</em>'.
	 * @see org.fulcrum.model.ActionOption
	 * @generated
	 */
	EClass getActionOption();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ActionOption#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.fulcrum.model.ActionOption#getText()
	 * @see #getActionOption()
	 * @generated
	 */
	EAttribute getActionOption_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ActionOption#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.fulcrum.model.ActionOption#getSource()
	 * @see #getActionOption()
	 * @generated
	 */
	EAttribute getActionOption_Source();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.ChecklistEntry <em>Checklist Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist Entry</em>'.
	 * @see org.fulcrum.model.ChecklistEntry
	 * @generated
	 */
	EClass getChecklistEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ChecklistEntry#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule</em>'.
	 * @see org.fulcrum.model.ChecklistEntry#getRule()
	 * @see #getChecklistEntry()
	 * @generated
	 */
	EAttribute getChecklistEntry_Rule();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ChecklistEntry#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.fulcrum.model.ChecklistEntry#getKind()
	 * @see #getChecklistEntry()
	 * @generated
	 */
	EAttribute getChecklistEntry_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ChecklistEntry#isObserved <em>Observed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed</em>'.
	 * @see org.fulcrum.model.ChecklistEntry#isObserved()
	 * @see #getChecklistEntry()
	 * @generated
	 */
	EAttribute getChecklistEntry_Observed();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.ChecklistEntry#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.fulcrum.model.ChecklistEntry#getNote()
	 * @see #getChecklistEntry()
	 * @generated
	 */
	EAttribute getChecklistEntry_Note();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.PartnerIssue <em>Partner Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partner Issue</em>'.
	 * @see org.fulcrum.model.PartnerIssue
	 * @generated
	 */
	EClass getPartnerIssue();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerIssue#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getTitle()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EAttribute getPartnerIssue_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerIssue#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getDescription()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EAttribute getPartnerIssue_Description();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.PartnerIssue#getPartner <em>Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Partner</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getPartner()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EReference getPartnerIssue_Partner();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerIssue#getRaisedBy <em>Raised By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raised By</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getRaisedBy()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EAttribute getPartnerIssue_RaisedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerIssue#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getChannel()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EAttribute getPartnerIssue_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerIssue#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getCategory()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EAttribute getPartnerIssue_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerIssue#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getPriority()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EAttribute getPartnerIssue_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerIssue#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getStatus()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EAttribute getPartnerIssue_Status();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.PartnerIssue#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getOwner()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EReference getPartnerIssue_Owner();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.PartnerIssue#getSupportOwner <em>Support Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Support Owner</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getSupportOwner()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EReference getPartnerIssue_SupportOwner();

	/**
	 * Returns the meta object for the reference list '{@link org.fulcrum.model.PartnerIssue#getEscalatedTo <em>Escalated To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Escalated To</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getEscalatedTo()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EReference getPartnerIssue_EscalatedTo();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerIssue#getConfirmedBy <em>Confirmed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmed By</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getConfirmedBy()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EAttribute getPartnerIssue_ConfirmedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerIssue#getConfirmedAt <em>Confirmed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmed At</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getConfirmedAt()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EAttribute getPartnerIssue_ConfirmedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerIssue#getCloseReason <em>Close Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Close Reason</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getCloseReason()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EAttribute getPartnerIssue_CloseReason();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerIssue#getEscalation <em>Escalation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Escalation</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getEscalation()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EAttribute getPartnerIssue_Escalation();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PartnerIssue#getOpened <em>Opened</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getOpened()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EAttribute getPartnerIssue_Opened();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.PartnerIssue#getTimeline <em>Timeline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Timeline</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getTimeline()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EReference getPartnerIssue_Timeline();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.PartnerIssue#getCommitments <em>Commitments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Commitments</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getCommitments()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EReference getPartnerIssue_Commitments();

	/**
	 * Returns the meta object for the reference list '{@link org.fulcrum.model.PartnerIssue#getRelated <em>Related</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Related</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getRelated()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EReference getPartnerIssue_Related();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.PartnerIssue#getRecurrenceOf <em>Recurrence Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Recurrence Of</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getRecurrenceOf()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EReference getPartnerIssue_RecurrenceOf();

	/**
	 * Returns the meta object for the reference list '{@link org.fulcrum.model.PartnerIssue#getTraits <em>Traits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Traits</em>'.
	 * @see org.fulcrum.model.PartnerIssue#getTraits()
	 * @see #getPartnerIssue()
	 * @generated
	 */
	EReference getPartnerIssue_Traits();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.IssueEvent <em>Issue Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Issue Event</em>'.
	 * @see org.fulcrum.model.IssueEvent
	 * @generated
	 */
	EClass getIssueEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.IssueEvent#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.fulcrum.model.IssueEvent#getAt()
	 * @see #getIssueEvent()
	 * @generated
	 */
	EAttribute getIssueEvent_At();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.IssueEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.fulcrum.model.IssueEvent#getKind()
	 * @see #getIssueEvent()
	 * @generated
	 */
	EAttribute getIssueEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.IssueEvent#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.fulcrum.model.IssueEvent#getText()
	 * @see #getIssueEvent()
	 * @generated
	 */
	EAttribute getIssueEvent_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.IssueEvent#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.fulcrum.model.IssueEvent#getAuthor()
	 * @see #getIssueEvent()
	 * @generated
	 */
	EAttribute getIssueEvent_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.IssueEvent#isVisibleToPartner <em>Visible To Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visible To Partner</em>'.
	 * @see org.fulcrum.model.IssueEvent#isVisibleToPartner()
	 * @see #getIssueEvent()
	 * @generated
	 */
	EAttribute getIssueEvent_VisibleToPartner();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.IssueEvent#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.fulcrum.model.IssueEvent#getStatus()
	 * @see #getIssueEvent()
	 * @generated
	 */
	EAttribute getIssueEvent_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.IssueEvent#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.fulcrum.model.IssueEvent#getLevel()
	 * @see #getIssueEvent()
	 * @generated
	 */
	EAttribute getIssueEvent_Level();

	/**
	 * Returns the meta object for the reference list '{@link org.fulcrum.model.IssueEvent#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>People</em>'.
	 * @see org.fulcrum.model.IssueEvent#getPeople()
	 * @see #getIssueEvent()
	 * @generated
	 */
	EReference getIssueEvent_People();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.Commitment <em>Commitment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Commitment</em>'.
	 * @see org.fulcrum.model.Commitment
	 * @generated
	 */
	EClass getCommitment();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Commitment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.fulcrum.model.Commitment#getDescription()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Commitment#getDue <em>Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due</em>'.
	 * @see org.fulcrum.model.Commitment#getDue()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_Due();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Commitment#getDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done</em>'.
	 * @see org.fulcrum.model.Commitment#getDone()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_Done();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Commitment#isVisibleToPartner <em>Visible To Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visible To Partner</em>'.
	 * @see org.fulcrum.model.Commitment#isVisibleToPartner()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_VisibleToPartner();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.IssuePolicy <em>Issue Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Issue Policy</em>'.
	 * @see org.fulcrum.model.IssuePolicy
	 * @generated
	 */
	EClass getIssuePolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.IssuePolicy#getRecurrenceWindowDays <em>Recurrence Window Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recurrence Window Days</em>'.
	 * @see org.fulcrum.model.IssuePolicy#getRecurrenceWindowDays()
	 * @see #getIssuePolicy()
	 * @generated
	 */
	EAttribute getIssuePolicy_RecurrenceWindowDays();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.IssuePolicy#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.fulcrum.model.IssuePolicy#getTargets()
	 * @see #getIssuePolicy()
	 * @generated
	 */
	EReference getIssuePolicy_Targets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fulcrum.model.IssuePolicy#getEscalationPath <em>Escalation Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Escalation Path</em>'.
	 * @see org.fulcrum.model.IssuePolicy#getEscalationPath()
	 * @see #getIssuePolicy()
	 * @generated
	 */
	EReference getIssuePolicy_EscalationPath();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.IssuePolicy#isInformVpOnP1 <em>Inform Vp On P1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inform Vp On P1</em>'.
	 * @see org.fulcrum.model.IssuePolicy#isInformVpOnP1()
	 * @see #getIssuePolicy()
	 * @generated
	 */
	EAttribute getIssuePolicy_InformVpOnP1();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.IssuePolicy#isInformVpOnRecurrence <em>Inform Vp On Recurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inform Vp On Recurrence</em>'.
	 * @see org.fulcrum.model.IssuePolicy#isInformVpOnRecurrence()
	 * @see #getIssuePolicy()
	 * @generated
	 */
	EAttribute getIssuePolicy_InformVpOnRecurrence();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.IssuePolicy#isInformVpOnBrokenPromise <em>Inform Vp On Broken Promise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inform Vp On Broken Promise</em>'.
	 * @see org.fulcrum.model.IssuePolicy#isInformVpOnBrokenPromise()
	 * @see #getIssuePolicy()
	 * @generated
	 */
	EAttribute getIssuePolicy_InformVpOnBrokenPromise();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.IssuePolicy#isLapsesEscalate <em>Lapses Escalate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lapses Escalate</em>'.
	 * @see org.fulcrum.model.IssuePolicy#isLapsesEscalate()
	 * @see #getIssuePolicy()
	 * @generated
	 */
	EAttribute getIssuePolicy_LapsesEscalate();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.EscalationContact <em>Escalation Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Escalation Contact</em>'.
	 * @see org.fulcrum.model.EscalationContact
	 * @generated
	 */
	EClass getEscalationContact();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.EscalationContact#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.fulcrum.model.EscalationContact#getLevel()
	 * @see #getEscalationContact()
	 * @generated
	 */
	EAttribute getEscalationContact_Level();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.EscalationContact#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.fulcrum.model.EscalationContact#getPerson()
	 * @see #getEscalationContact()
	 * @generated
	 */
	EReference getEscalationContact_Person();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.Notification <em>Notification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Notification</em>'.
	 * @see org.fulcrum.model.Notification
	 * @generated
	 */
	EClass getNotification();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Notification#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.fulcrum.model.Notification#getKey()
	 * @see #getNotification()
	 * @generated
	 */
	EAttribute getNotification_Key();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.Notification#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see org.fulcrum.model.Notification#getTo()
	 * @see #getNotification()
	 * @generated
	 */
	EReference getNotification_To();

	/**
	 * Returns the meta object for the reference '{@link org.fulcrum.model.Notification#getIssue <em>Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Issue</em>'.
	 * @see org.fulcrum.model.Notification#getIssue()
	 * @see #getNotification()
	 * @generated
	 */
	EReference getNotification_Issue();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Notification#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.fulcrum.model.Notification#getSubject()
	 * @see #getNotification()
	 * @generated
	 */
	EAttribute getNotification_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Notification#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.fulcrum.model.Notification#getBody()
	 * @see #getNotification()
	 * @generated
	 */
	EAttribute getNotification_Body();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Notification#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.fulcrum.model.Notification#getReason()
	 * @see #getNotification()
	 * @generated
	 */
	EAttribute getNotification_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Notification#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.fulcrum.model.Notification#getCreated()
	 * @see #getNotification()
	 * @generated
	 */
	EAttribute getNotification_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Notification#getSent <em>Sent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sent</em>'.
	 * @see org.fulcrum.model.Notification#getSent()
	 * @see #getNotification()
	 * @generated
	 */
	EAttribute getNotification_Sent();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.Notification#getError <em>Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error</em>'.
	 * @see org.fulcrum.model.Notification#getError()
	 * @see #getNotification()
	 * @generated
	 */
	EAttribute getNotification_Error();

	/**
	 * Returns the meta object for class '{@link org.fulcrum.model.PriorityTarget <em>Priority Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Priority Target</em>'.
	 * @see org.fulcrum.model.PriorityTarget
	 * @generated
	 */
	EClass getPriorityTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PriorityTarget#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.fulcrum.model.PriorityTarget#getPriority()
	 * @see #getPriorityTarget()
	 * @generated
	 */
	EAttribute getPriorityTarget_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PriorityTarget#getResponseHours <em>Response Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Response Hours</em>'.
	 * @see org.fulcrum.model.PriorityTarget#getResponseHours()
	 * @see #getPriorityTarget()
	 * @generated
	 */
	EAttribute getPriorityTarget_ResponseHours();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PriorityTarget#getResolutionHours <em>Resolution Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution Hours</em>'.
	 * @see org.fulcrum.model.PriorityTarget#getResolutionHours()
	 * @see #getPriorityTarget()
	 * @generated
	 */
	EAttribute getPriorityTarget_ResolutionHours();

	/**
	 * Returns the meta object for the attribute '{@link org.fulcrum.model.PriorityTarget#getUpdateHours <em>Update Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Update Hours</em>'.
	 * @see org.fulcrum.model.PriorityTarget#getUpdateHours()
	 * @see #getPriorityTarget()
	 * @generated
	 */
	EAttribute getPriorityTarget_UpdateHours();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.EngagementStatus <em>Engagement Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Engagement Status</em>'.
	 * @see org.fulcrum.model.EngagementStatus
	 * @generated
	 */
	EEnum getEngagementStatus();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.PartnerTier <em>Partner Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Partner Tier</em>'.
	 * @see org.fulcrum.model.PartnerTier
	 * @generated
	 */
	EEnum getPartnerTier();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.DimensionKind <em>Dimension Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dimension Kind</em>'.
	 * @see org.fulcrum.model.DimensionKind
	 * @generated
	 */
	EEnum getDimensionKind();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.RelationshipGroup <em>Relationship Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship Group</em>'.
	 * @see org.fulcrum.model.RelationshipGroup
	 * @generated
	 */
	EEnum getRelationshipGroup();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.InvitationStatus <em>Invitation Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Invitation Status</em>'.
	 * @see org.fulcrum.model.InvitationStatus
	 * @generated
	 */
	EEnum getInvitationStatus();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.PlanStatus <em>Plan Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Status</em>'.
	 * @see org.fulcrum.model.PlanStatus
	 * @generated
	 */
	EEnum getPlanStatus();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.fulcrum.model.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.SessionFormat <em>Session Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Session Format</em>'.
	 * @see org.fulcrum.model.SessionFormat
	 * @generated
	 */
	EEnum getSessionFormat();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.SessionStatus <em>Session Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Session Status</em>'.
	 * @see org.fulcrum.model.SessionStatus
	 * @generated
	 */
	EEnum getSessionStatus();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.Stance <em>Stance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stance</em>'.
	 * @see org.fulcrum.model.Stance
	 * @generated
	 */
	EEnum getStance();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.QuestionKind <em>Question Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Question Kind</em>'.
	 * @see org.fulcrum.model.QuestionKind
	 * @generated
	 */
	EEnum getQuestionKind();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.OptionSource <em>Option Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Option Source</em>'.
	 * @see org.fulcrum.model.OptionSource
	 * @generated
	 */
	EEnum getOptionSource();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.PartnerSessionKind <em>Partner Session Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Partner Session Kind</em>'.
	 * @see org.fulcrum.model.PartnerSessionKind
	 * @generated
	 */
	EEnum getPartnerSessionKind();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.ChecklistKind <em>Checklist Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Checklist Kind</em>'.
	 * @see org.fulcrum.model.ChecklistKind
	 * @generated
	 */
	EEnum getChecklistKind();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.IssueChannel <em>Issue Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Issue Channel</em>'.
	 * @see org.fulcrum.model.IssueChannel
	 * @generated
	 */
	EEnum getIssueChannel();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.Priority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Priority</em>'.
	 * @see org.fulcrum.model.Priority
	 * @generated
	 */
	EEnum getPriority();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.IssueStatus <em>Issue Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Issue Status</em>'.
	 * @see org.fulcrum.model.IssueStatus
	 * @generated
	 */
	EEnum getIssueStatus();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.EscalationLevel <em>Escalation Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Escalation Level</em>'.
	 * @see org.fulcrum.model.EscalationLevel
	 * @generated
	 */
	EEnum getEscalationLevel();

	/**
	 * Returns the meta object for enum '{@link org.fulcrum.model.IssueEventKind <em>Issue Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Issue Event Kind</em>'.
	 * @see org.fulcrum.model.IssueEventKind
	 * @generated
	 */
	EEnum getIssueEventKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time of day, written as ISO 8601 (2026-11-23).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FulcrumFactory getFulcrumFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.IdentifiedImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.EngagementImpl <em>Engagement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.EngagementImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getEngagement()
		 * @generated
		 */
		EClass ENGAGEMENT = eINSTANCE.getEngagement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__NAME = eINSTANCE.getEngagement_Name();

		/**
		 * The meta object literal for the '<em><b>Client</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__CLIENT = eINSTANCE.getEngagement_Client();

		/**
		 * The meta object literal for the '<em><b>Consultants</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__CONSULTANTS = eINSTANCE.getEngagement_Consultants();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__START_DATE = eINSTANCE.getEngagement_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__END_DATE = eINSTANCE.getEngagement_EndDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__STATUS = eINSTANCE.getEngagement_Status();

		/**
		 * The meta object literal for the '<em><b>Confidentiality</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__CONFIDENTIALITY = eINSTANCE.getEngagement_Confidentiality();

		/**
		 * The meta object literal for the '<em><b>Issue Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__ISSUE_POLICY = eINSTANCE.getEngagement_IssuePolicy();

		/**
		 * The meta object literal for the '<em><b>Partners</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__PARTNERS = eINSTANCE.getEngagement_Partners();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__PEOPLE = eINSTANCE.getEngagement_People();

		/**
		 * The meta object literal for the '<em><b>Instruments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__INSTRUMENTS = eINSTANCE.getEngagement_Instruments();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__ASSESSMENTS = eINSTANCE.getEngagement_Assessments();

		/**
		 * The meta object literal for the '<em><b>Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__PLANS = eINSTANCE.getEngagement_Plans();

		/**
		 * The meta object literal for the '<em><b>Programs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__PROGRAMS = eINSTANCE.getEngagement_Programs();

		/**
		 * The meta object literal for the '<em><b>Partner Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__PARTNER_SESSIONS = eINSTANCE.getEngagement_PartnerSessions();

		/**
		 * The meta object literal for the '<em><b>Issues</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__ISSUES = eINSTANCE.getEngagement_Issues();

		/**
		 * The meta object literal for the '<em><b>Outbox</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__OUTBOX = eINSTANCE.getEngagement_Outbox();

		/**
		 * The meta object literal for the '<em><b>Releases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__RELEASES = eINSTANCE.getEngagement_Releases();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.ConfidentialityPolicyImpl <em>Confidentiality Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.ConfidentialityPolicyImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getConfidentialityPolicy()
		 * @generated
		 */
		EClass CONFIDENTIALITY_POLICY = eINSTANCE.getConfidentialityPolicy();

		/**
		 * The meta object literal for the '<em><b>Minimum Raters</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIDENTIALITY_POLICY__MINIMUM_RATERS = eINSTANCE.getConfidentialityPolicy_MinimumRaters();

		/**
		 * The meta object literal for the '<em><b>Minimum Commenters</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIDENTIALITY_POLICY__MINIMUM_COMMENTERS = eINSTANCE.getConfidentialityPolicy_MinimumCommenters();

		/**
		 * The meta object literal for the '<em><b>Self Exempt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIDENTIALITY_POLICY__SELF_EXEMPT = eINSTANCE.getConfidentialityPolicy_SelfExempt();

		/**
		 * The meta object literal for the '<em><b>Manager Exempt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIDENTIALITY_POLICY__MANAGER_EXEMPT = eINSTANCE.getConfidentialityPolicy_ManagerExempt();

		/**
		 * The meta object literal for the '<em><b>Frozen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIDENTIALITY_POLICY__FROZEN = eINSTANCE.getConfidentialityPolicy_Frozen();

		/**
		 * The meta object literal for the '<em><b>Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFIDENTIALITY_POLICY__OVERRIDES = eINSTANCE.getConfidentialityPolicy_Overrides();

		/**
		 * The meta object literal for the '<em><b>Names In Cohort Reports</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIDENTIALITY_POLICY__NAMES_IN_COHORT_REPORTS = eINSTANCE.getConfidentialityPolicy_NamesInCohortReports();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.ReportReleaseImpl <em>Report Release</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.ReportReleaseImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getReportRelease()
		 * @generated
		 */
		EClass REPORT_RELEASE = eINSTANCE.getReportRelease();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_RELEASE__AT = eINSTANCE.getReportRelease_At();

		/**
		 * The meta object literal for the '<em><b>Assessment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT_RELEASE__ASSESSMENT = eINSTANCE.getReportRelease_Assessment();

		/**
		 * The meta object literal for the '<em><b>Formats</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_RELEASE__FORMATS = eINSTANCE.getReportRelease_Formats();

		/**
		 * The meta object literal for the '<em><b>Counts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT_RELEASE__COUNTS = eINSTANCE.getReportRelease_Counts();

		/**
		 * The meta object literal for the '<em><b>Submissions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT_RELEASE__SUBMISSIONS = eINSTANCE.getReportRelease_Submissions();

		/**
		 * The meta object literal for the '<em><b>Comment Digests</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_RELEASE__COMMENT_DIGESTS = eINSTANCE.getReportRelease_CommentDigests();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.ReleasedCountImpl <em>Released Count</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.ReleasedCountImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getReleasedCount()
		 * @generated
		 */
		EClass RELEASED_COUNT = eINSTANCE.getReleasedCount();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELEASED_COUNT__GROUP = eINSTANCE.getReleasedCount_Group();

		/**
		 * The meta object literal for the '<em><b>Raters</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELEASED_COUNT__RATERS = eINSTANCE.getReleasedCount_Raters();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.PolicyOverrideImpl <em>Policy Override</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.PolicyOverrideImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPolicyOverride()
		 * @generated
		 */
		EClass POLICY_OVERRIDE = eINSTANCE.getPolicyOverride();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_OVERRIDE__AT = eINSTANCE.getPolicyOverride_At();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_OVERRIDE__BY = eINSTANCE.getPolicyOverride_By();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_OVERRIDE__REASON = eINSTANCE.getPolicyOverride_Reason();

		/**
		 * The meta object literal for the '<em><b>Change</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_OVERRIDE__CHANGE = eINSTANCE.getPolicyOverride_Change();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.PartnerOrganizationImpl <em>Partner Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.PartnerOrganizationImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPartnerOrganization()
		 * @generated
		 */
		EClass PARTNER_ORGANIZATION = eINSTANCE.getPartnerOrganization();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ORGANIZATION__NAME = eINSTANCE.getPartnerOrganization_Name();

		/**
		 * The meta object literal for the '<em><b>Tier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ORGANIZATION__TIER = eINSTANCE.getPartnerOrganization_Tier();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ORGANIZATION__REGION = eINSTANCE.getPartnerOrganization_Region();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ORGANIZATION__GOALS = eINSTANCE.getPartnerOrganization_Goals();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.PersonImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME = eINSTANCE.getPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__EMAIL = eINSTANCE.getPerson_Email();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__TITLE = eINSTANCE.getPerson_Title();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ORGANIZATION = eINSTANCE.getPerson_Organization();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.PartnerManagerImpl <em>Partner Manager</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.PartnerManagerImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPartnerManager()
		 * @generated
		 */
		EClass PARTNER_MANAGER = eINSTANCE.getPartnerManager();

		/**
		 * The meta object literal for the '<em><b>Manages</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_MANAGER__MANAGES = eINSTANCE.getPartnerManager_Manages();

		/**
		 * The meta object literal for the '<em><b>Reports To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_MANAGER__REPORTS_TO = eINSTANCE.getPartnerManager_ReportsTo();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.InstrumentImpl <em>Instrument</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.InstrumentImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getInstrument()
		 * @generated
		 */
		EClass INSTRUMENT = eINSTANCE.getInstrument();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__NAME = eINSTANCE.getInstrument_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__VERSION = eINSTANCE.getInstrument_Version();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__DESCRIPTION = eINSTANCE.getInstrument_Description();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__SCALE = eINSTANCE.getInstrument_Scale();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__DIMENSIONS = eINSTANCE.getInstrument_Dimensions();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.DimensionImpl <em>Dimension</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.DimensionImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getDimension()
		 * @generated
		 */
		EClass DIMENSION = eINSTANCE.getDimension();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__NAME = eINSTANCE.getDimension_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__KIND = eINSTANCE.getDimension_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__DESCRIPTION = eINSTANCE.getDimension_Description();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIMENSION__CHILDREN = eINSTANCE.getDimension_Children();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIMENSION__ITEMS = eINSTANCE.getDimension_Items();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.BehaviourItemImpl <em>Behaviour Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.BehaviourItemImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getBehaviourItem()
		 * @generated
		 */
		EClass BEHAVIOUR_ITEM = eINSTANCE.getBehaviourItem();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEHAVIOUR_ITEM__TEXT = eINSTANCE.getBehaviourItem_Text();

		/**
		 * The meta object literal for the '<em><b>Reverse Keyed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BEHAVIOUR_ITEM__REVERSE_KEYED = eINSTANCE.getBehaviourItem_ReverseKeyed();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.RatingScaleImpl <em>Rating Scale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.RatingScaleImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getRatingScale()
		 * @generated
		 */
		EClass RATING_SCALE = eINSTANCE.getRatingScale();

		/**
		 * The meta object literal for the '<em><b>Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING_SCALE__MINIMUM = eINSTANCE.getRatingScale_Minimum();

		/**
		 * The meta object literal for the '<em><b>Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING_SCALE__MAXIMUM = eINSTANCE.getRatingScale_Maximum();

		/**
		 * The meta object literal for the '<em><b>Not Observed Allowed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING_SCALE__NOT_OBSERVED_ALLOWED = eINSTANCE.getRatingScale_NotObservedAllowed();

		/**
		 * The meta object literal for the '<em><b>Not Observed Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING_SCALE__NOT_OBSERVED_LABEL = eINSTANCE.getRatingScale_NotObservedLabel();

		/**
		 * The meta object literal for the '<em><b>Anchors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATING_SCALE__ANCHORS = eINSTANCE.getRatingScale_Anchors();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.ScaleAnchorImpl <em>Scale Anchor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.ScaleAnchorImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getScaleAnchor()
		 * @generated
		 */
		EClass SCALE_ANCHOR = eINSTANCE.getScaleAnchor();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_ANCHOR__VALUE = eINSTANCE.getScaleAnchor_Value();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_ANCHOR__LABEL = eINSTANCE.getScaleAnchor_Label();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.AssessmentImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__SUBJECT = eINSTANCE.getAssessment_Subject();

		/**
		 * The meta object literal for the '<em><b>Instrument</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__INSTRUMENT = eINSTANCE.getAssessment_Instrument();

		/**
		 * The meta object literal for the '<em><b>Round</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__ROUND = eINSTANCE.getAssessment_Round();

		/**
		 * The meta object literal for the '<em><b>Opened</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__OPENED = eINSTANCE.getAssessment_Opened();

		/**
		 * The meta object literal for the '<em><b>Closed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__CLOSED = eINSTANCE.getAssessment_Closed();

		/**
		 * The meta object literal for the '<em><b>Invitations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__INVITATIONS = eINSTANCE.getAssessment_Invitations();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__COMMENTS = eINSTANCE.getAssessment_Comments();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.RaterInvitationImpl <em>Rater Invitation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.RaterInvitationImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getRaterInvitation()
		 * @generated
		 */
		EClass RATER_INVITATION = eINSTANCE.getRaterInvitation();

		/**
		 * The meta object literal for the '<em><b>Rater</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATER_INVITATION__RATER = eINSTANCE.getRaterInvitation_Rater();

		/**
		 * The meta object literal for the '<em><b>Relationship</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATER_INVITATION__RELATIONSHIP = eINSTANCE.getRaterInvitation_Relationship();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATER_INVITATION__STATUS = eINSTANCE.getRaterInvitation_Status();

		/**
		 * The meta object literal for the '<em><b>Token</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATER_INVITATION__TOKEN = eINSTANCE.getRaterInvitation_Token();

		/**
		 * The meta object literal for the '<em><b>Submitted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATER_INVITATION__SUBMITTED = eINSTANCE.getRaterInvitation_Submitted();

		/**
		 * The meta object literal for the '<em><b>Responses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATER_INVITATION__RESPONSES = eINSTANCE.getRaterInvitation_Responses();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.ItemResponseImpl <em>Item Response</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.ItemResponseImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getItemResponse()
		 * @generated
		 */
		EClass ITEM_RESPONSE = eINSTANCE.getItemResponse();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_RESPONSE__ITEM = eINSTANCE.getItemResponse_Item();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_RESPONSE__VALUE = eINSTANCE.getItemResponse_Value();

		/**
		 * The meta object literal for the '<em><b>Not Observed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_RESPONSE__NOT_OBSERVED = eINSTANCE.getItemResponse_NotObserved();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.CommentImpl <em>Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.CommentImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getComment()
		 * @generated
		 */
		EClass COMMENT = eINSTANCE.getComment();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__TEXT = eINSTANCE.getComment_Text();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__GROUP = eINSTANCE.getComment_Group();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMENT__DIMENSION = eINSTANCE.getComment_Dimension();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.DevelopmentPlanImpl <em>Development Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.DevelopmentPlanImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getDevelopmentPlan()
		 * @generated
		 */
		EClass DEVELOPMENT_PLAN = eINSTANCE.getDevelopmentPlan();

		/**
		 * The meta object literal for the '<em><b>Participant</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVELOPMENT_PLAN__PARTICIPANT = eINSTANCE.getDevelopmentPlan_Participant();

		/**
		 * The meta object literal for the '<em><b>Based On</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVELOPMENT_PLAN__BASED_ON = eINSTANCE.getDevelopmentPlan_BasedOn();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVELOPMENT_PLAN__START = eINSTANCE.getDevelopmentPlan_Start();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVELOPMENT_PLAN__STATUS = eINSTANCE.getDevelopmentPlan_Status();

		/**
		 * The meta object literal for the '<em><b>Focus Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVELOPMENT_PLAN__FOCUS_AREAS = eINSTANCE.getDevelopmentPlan_FocusAreas();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.FocusAreaImpl <em>Focus Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.FocusAreaImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getFocusArea()
		 * @generated
		 */
		EClass FOCUS_AREA = eINSTANCE.getFocusArea();

		/**
		 * The meta object literal for the '<em><b>Trait</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOCUS_AREA__TRAIT = eINSTANCE.getFocusArea_Trait();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOCUS_AREA__RATIONALE = eINSTANCE.getFocusArea_Rationale();

		/**
		 * The meta object literal for the '<em><b>Behaviours</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOCUS_AREA__BEHAVIOURS = eINSTANCE.getFocusArea_Behaviours();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOCUS_AREA__GOALS = eINSTANCE.getFocusArea_Goals();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.GoalImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__STATEMENT = eINSTANCE.getGoal_Statement();

		/**
		 * The meta object literal for the '<em><b>Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__PROMPT = eINSTANCE.getGoal_Prompt();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__ACTIONS = eINSTANCE.getGoal_Actions();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.ActionImpl <em>Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.ActionImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getAction()
		 * @generated
		 */
		EClass ACTION = eINSTANCE.getAction();

		/**
		 * The meta object literal for the '<em><b>What</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__WHAT = eINSTANCE.getAction_What();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__MEASURE = eINSTANCE.getAction_Measure();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__DUE_DATE = eINSTANCE.getAction_DueDate();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__OWNER = eINSTANCE.getAction_Owner();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__STATUS = eINSTANCE.getAction_Status();

		/**
		 * The meta object literal for the '<em><b>Support</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__SUPPORT = eINSTANCE.getAction_Support();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.CoachingProgramImpl <em>Coaching Program</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.CoachingProgramImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getCoachingProgram()
		 * @generated
		 */
		EClass COACHING_PROGRAM = eINSTANCE.getCoachingProgram();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COACHING_PROGRAM__NAME = eINSTANCE.getCoachingProgram_Name();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COACHING_PROGRAM__TEMPLATE = eINSTANCE.getCoachingProgram_Template();

		/**
		 * The meta object literal for the '<em><b>Participant</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COACHING_PROGRAM__PARTICIPANT = eINSTANCE.getCoachingProgram_Participant();

		/**
		 * The meta object literal for the '<em><b>Coach</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COACHING_PROGRAM__COACH = eINSTANCE.getCoachingProgram_Coach();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COACHING_PROGRAM__SESSIONS = eINSTANCE.getCoachingProgram_Sessions();

		/**
		 * The meta object literal for the '<em><b>Expectations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COACHING_PROGRAM__EXPECTATIONS = eINSTANCE.getCoachingProgram_Expectations();

		/**
		 * The meta object literal for the '<em><b>Accountability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COACHING_PROGRAM__ACCOUNTABILITY = eINSTANCE.getCoachingProgram_Accountability();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.CoachingSessionImpl <em>Coaching Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.CoachingSessionImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getCoachingSession()
		 * @generated
		 */
		EClass COACHING_SESSION = eINSTANCE.getCoachingSession();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COACHING_SESSION__FORMAT = eINSTANCE.getCoachingSession_Format();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COACHING_SESSION__STATUS = eINSTANCE.getCoachingSession_Status();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COACHING_SESSION__DATE = eINSTANCE.getCoachingSession_Date();

		/**
		 * The meta object literal for the '<em><b>Duration Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COACHING_SESSION__DURATION_MINUTES = eINSTANCE.getCoachingSession_DurationMinutes();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COACHING_SESSION__TOPIC = eINSTANCE.getCoachingSession_Topic();

		/**
		 * The meta object literal for the '<em><b>Goal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COACHING_SESSION__GOAL = eINSTANCE.getCoachingSession_Goal();

		/**
		 * The meta object literal for the '<em><b>Situation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COACHING_SESSION__SITUATION = eINSTANCE.getCoachingSession_Situation();

		/**
		 * The meta object literal for the '<em><b>Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COACHING_SESSION__QUESTIONS = eINSTANCE.getCoachingSession_Questions();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COACHING_SESSION__OPTIONS = eINSTANCE.getCoachingSession_Options();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COACHING_SESSION__ACTIONS = eINSTANCE.getCoachingSession_Actions();

		/**
		 * The meta object literal for the '<em><b>Observed Stance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COACHING_SESSION__OBSERVED_STANCE = eINSTANCE.getCoachingSession_ObservedStance();

		/**
		 * The meta object literal for the '<em><b>Review</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COACHING_SESSION__REVIEW = eINSTANCE.getCoachingSession_Review();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.QuestionImpl <em>Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.QuestionImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getQuestion()
		 * @generated
		 */
		EClass QUESTION = eINSTANCE.getQuestion();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__TEXT = eINSTANCE.getQuestion_Text();

		/**
		 * The meta object literal for the '<em><b>Open</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__OPEN = eINSTANCE.getQuestion_Open();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__KIND = eINSTANCE.getQuestion_Kind();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.PartnerCoachingSessionImpl <em>Partner Coaching Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.PartnerCoachingSessionImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPartnerCoachingSession()
		 * @generated
		 */
		EClass PARTNER_COACHING_SESSION = eINSTANCE.getPartnerCoachingSession();

		/**
		 * The meta object literal for the '<em><b>Partner Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_COACHING_SESSION__PARTNER_MANAGER = eINSTANCE.getPartnerCoachingSession_PartnerManager();

		/**
		 * The meta object literal for the '<em><b>Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_COACHING_SESSION__PARTNER = eINSTANCE.getPartnerCoachingSession_Partner();

		/**
		 * The meta object literal for the '<em><b>Coachees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_COACHING_SESSION__COACHEES = eINSTANCE.getPartnerCoachingSession_Coachees();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_COACHING_SESSION__KIND = eINSTANCE.getPartnerCoachingSession_Kind();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_COACHING_SESSION__DATE = eINSTANCE.getPartnerCoachingSession_Date();

		/**
		 * The meta object literal for the '<em><b>Duration Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_COACHING_SESSION__DURATION_MINUTES = eINSTANCE.getPartnerCoachingSession_DurationMinutes();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_COACHING_SESSION__TOPIC = eINSTANCE.getPartnerCoachingSession_Topic();

		/**
		 * The meta object literal for the '<em><b>Situation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_COACHING_SESSION__SITUATION = eINSTANCE.getPartnerCoachingSession_Situation();

		/**
		 * The meta object literal for the '<em><b>Partner Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_COACHING_SESSION__PARTNER_GOAL = eINSTANCE.getPartnerCoachingSession_PartnerGoal();

		/**
		 * The meta object literal for the '<em><b>Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_COACHING_SESSION__QUESTIONS = eINSTANCE.getPartnerCoachingSession_Questions();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_COACHING_SESSION__OPTIONS = eINSTANCE.getPartnerCoachingSession_Options();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_COACHING_SESSION__ACTIONS = eINSTANCE.getPartnerCoachingSession_Actions();

		/**
		 * The meta object literal for the '<em><b>Observed Stance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_COACHING_SESSION__OBSERVED_STANCE = eINSTANCE.getPartnerCoachingSession_ObservedStance();

		/**
		 * The meta object literal for the '<em><b>Review</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_COACHING_SESSION__REVIEW = eINSTANCE.getPartnerCoachingSession_Review();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_COACHING_SESSION__NOTES = eINSTANCE.getPartnerCoachingSession_Notes();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.ActionOptionImpl <em>Action Option</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.ActionOptionImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getActionOption()
		 * @generated
		 */
		EClass ACTION_OPTION = eINSTANCE.getActionOption();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_OPTION__TEXT = eINSTANCE.getActionOption_Text();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_OPTION__SOURCE = eINSTANCE.getActionOption_Source();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.ChecklistEntryImpl <em>Checklist Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.ChecklistEntryImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getChecklistEntry()
		 * @generated
		 */
		EClass CHECKLIST_ENTRY = eINSTANCE.getChecklistEntry();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ENTRY__RULE = eINSTANCE.getChecklistEntry_Rule();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ENTRY__KIND = eINSTANCE.getChecklistEntry_Kind();

		/**
		 * The meta object literal for the '<em><b>Observed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ENTRY__OBSERVED = eINSTANCE.getChecklistEntry_Observed();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ENTRY__NOTE = eINSTANCE.getChecklistEntry_Note();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.PartnerIssueImpl <em>Partner Issue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.PartnerIssueImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPartnerIssue()
		 * @generated
		 */
		EClass PARTNER_ISSUE = eINSTANCE.getPartnerIssue();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ISSUE__TITLE = eINSTANCE.getPartnerIssue_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ISSUE__DESCRIPTION = eINSTANCE.getPartnerIssue_Description();

		/**
		 * The meta object literal for the '<em><b>Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_ISSUE__PARTNER = eINSTANCE.getPartnerIssue_Partner();

		/**
		 * The meta object literal for the '<em><b>Raised By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ISSUE__RAISED_BY = eINSTANCE.getPartnerIssue_RaisedBy();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ISSUE__CHANNEL = eINSTANCE.getPartnerIssue_Channel();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ISSUE__CATEGORY = eINSTANCE.getPartnerIssue_Category();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ISSUE__PRIORITY = eINSTANCE.getPartnerIssue_Priority();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ISSUE__STATUS = eINSTANCE.getPartnerIssue_Status();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_ISSUE__OWNER = eINSTANCE.getPartnerIssue_Owner();

		/**
		 * The meta object literal for the '<em><b>Support Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_ISSUE__SUPPORT_OWNER = eINSTANCE.getPartnerIssue_SupportOwner();

		/**
		 * The meta object literal for the '<em><b>Escalated To</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_ISSUE__ESCALATED_TO = eINSTANCE.getPartnerIssue_EscalatedTo();

		/**
		 * The meta object literal for the '<em><b>Confirmed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ISSUE__CONFIRMED_BY = eINSTANCE.getPartnerIssue_ConfirmedBy();

		/**
		 * The meta object literal for the '<em><b>Confirmed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ISSUE__CONFIRMED_AT = eINSTANCE.getPartnerIssue_ConfirmedAt();

		/**
		 * The meta object literal for the '<em><b>Close Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ISSUE__CLOSE_REASON = eINSTANCE.getPartnerIssue_CloseReason();

		/**
		 * The meta object literal for the '<em><b>Escalation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ISSUE__ESCALATION = eINSTANCE.getPartnerIssue_Escalation();

		/**
		 * The meta object literal for the '<em><b>Opened</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_ISSUE__OPENED = eINSTANCE.getPartnerIssue_Opened();

		/**
		 * The meta object literal for the '<em><b>Timeline</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_ISSUE__TIMELINE = eINSTANCE.getPartnerIssue_Timeline();

		/**
		 * The meta object literal for the '<em><b>Commitments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_ISSUE__COMMITMENTS = eINSTANCE.getPartnerIssue_Commitments();

		/**
		 * The meta object literal for the '<em><b>Related</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_ISSUE__RELATED = eINSTANCE.getPartnerIssue_Related();

		/**
		 * The meta object literal for the '<em><b>Recurrence Of</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_ISSUE__RECURRENCE_OF = eINSTANCE.getPartnerIssue_RecurrenceOf();

		/**
		 * The meta object literal for the '<em><b>Traits</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_ISSUE__TRAITS = eINSTANCE.getPartnerIssue_Traits();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.IssueEventImpl <em>Issue Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.IssueEventImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getIssueEvent()
		 * @generated
		 */
		EClass ISSUE_EVENT = eINSTANCE.getIssueEvent();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE_EVENT__AT = eINSTANCE.getIssueEvent_At();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE_EVENT__KIND = eINSTANCE.getIssueEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE_EVENT__TEXT = eINSTANCE.getIssueEvent_Text();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE_EVENT__AUTHOR = eINSTANCE.getIssueEvent_Author();

		/**
		 * The meta object literal for the '<em><b>Visible To Partner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE_EVENT__VISIBLE_TO_PARTNER = eINSTANCE.getIssueEvent_VisibleToPartner();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE_EVENT__STATUS = eINSTANCE.getIssueEvent_Status();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE_EVENT__LEVEL = eINSTANCE.getIssueEvent_Level();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE_EVENT__PEOPLE = eINSTANCE.getIssueEvent_People();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.CommitmentImpl <em>Commitment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.CommitmentImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getCommitment()
		 * @generated
		 */
		EClass COMMITMENT = eINSTANCE.getCommitment();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__DESCRIPTION = eINSTANCE.getCommitment_Description();

		/**
		 * The meta object literal for the '<em><b>Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__DUE = eINSTANCE.getCommitment_Due();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__DONE = eINSTANCE.getCommitment_Done();

		/**
		 * The meta object literal for the '<em><b>Visible To Partner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__VISIBLE_TO_PARTNER = eINSTANCE.getCommitment_VisibleToPartner();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.IssuePolicyImpl <em>Issue Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.IssuePolicyImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getIssuePolicy()
		 * @generated
		 */
		EClass ISSUE_POLICY = eINSTANCE.getIssuePolicy();

		/**
		 * The meta object literal for the '<em><b>Recurrence Window Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE_POLICY__RECURRENCE_WINDOW_DAYS = eINSTANCE.getIssuePolicy_RecurrenceWindowDays();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE_POLICY__TARGETS = eINSTANCE.getIssuePolicy_Targets();

		/**
		 * The meta object literal for the '<em><b>Escalation Path</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE_POLICY__ESCALATION_PATH = eINSTANCE.getIssuePolicy_EscalationPath();

		/**
		 * The meta object literal for the '<em><b>Inform Vp On P1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE_POLICY__INFORM_VP_ON_P1 = eINSTANCE.getIssuePolicy_InformVpOnP1();

		/**
		 * The meta object literal for the '<em><b>Inform Vp On Recurrence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE_POLICY__INFORM_VP_ON_RECURRENCE = eINSTANCE.getIssuePolicy_InformVpOnRecurrence();

		/**
		 * The meta object literal for the '<em><b>Inform Vp On Broken Promise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE_POLICY__INFORM_VP_ON_BROKEN_PROMISE = eINSTANCE.getIssuePolicy_InformVpOnBrokenPromise();

		/**
		 * The meta object literal for the '<em><b>Lapses Escalate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE_POLICY__LAPSES_ESCALATE = eINSTANCE.getIssuePolicy_LapsesEscalate();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.EscalationContactImpl <em>Escalation Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.EscalationContactImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getEscalationContact()
		 * @generated
		 */
		EClass ESCALATION_CONTACT = eINSTANCE.getEscalationContact();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION_CONTACT__LEVEL = eINSTANCE.getEscalationContact_Level();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESCALATION_CONTACT__PERSON = eINSTANCE.getEscalationContact_Person();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.NotificationImpl <em>Notification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.NotificationImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getNotification()
		 * @generated
		 */
		EClass NOTIFICATION = eINSTANCE.getNotification();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION__KEY = eINSTANCE.getNotification_Key();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTIFICATION__TO = eINSTANCE.getNotification_To();

		/**
		 * The meta object literal for the '<em><b>Issue</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTIFICATION__ISSUE = eINSTANCE.getNotification_Issue();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION__SUBJECT = eINSTANCE.getNotification_Subject();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION__BODY = eINSTANCE.getNotification_Body();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION__REASON = eINSTANCE.getNotification_Reason();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION__CREATED = eINSTANCE.getNotification_Created();

		/**
		 * The meta object literal for the '<em><b>Sent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION__SENT = eINSTANCE.getNotification_Sent();

		/**
		 * The meta object literal for the '<em><b>Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION__ERROR = eINSTANCE.getNotification_Error();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.impl.PriorityTargetImpl <em>Priority Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.impl.PriorityTargetImpl
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPriorityTarget()
		 * @generated
		 */
		EClass PRIORITY_TARGET = eINSTANCE.getPriorityTarget();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_TARGET__PRIORITY = eINSTANCE.getPriorityTarget_Priority();

		/**
		 * The meta object literal for the '<em><b>Response Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_TARGET__RESPONSE_HOURS = eINSTANCE.getPriorityTarget_ResponseHours();

		/**
		 * The meta object literal for the '<em><b>Resolution Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_TARGET__RESOLUTION_HOURS = eINSTANCE.getPriorityTarget_ResolutionHours();

		/**
		 * The meta object literal for the '<em><b>Update Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_TARGET__UPDATE_HOURS = eINSTANCE.getPriorityTarget_UpdateHours();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.EngagementStatus <em>Engagement Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.EngagementStatus
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getEngagementStatus()
		 * @generated
		 */
		EEnum ENGAGEMENT_STATUS = eINSTANCE.getEngagementStatus();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.PartnerTier <em>Partner Tier</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.PartnerTier
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPartnerTier()
		 * @generated
		 */
		EEnum PARTNER_TIER = eINSTANCE.getPartnerTier();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.DimensionKind <em>Dimension Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.DimensionKind
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getDimensionKind()
		 * @generated
		 */
		EEnum DIMENSION_KIND = eINSTANCE.getDimensionKind();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.RelationshipGroup <em>Relationship Group</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.RelationshipGroup
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getRelationshipGroup()
		 * @generated
		 */
		EEnum RELATIONSHIP_GROUP = eINSTANCE.getRelationshipGroup();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.InvitationStatus <em>Invitation Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.InvitationStatus
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getInvitationStatus()
		 * @generated
		 */
		EEnum INVITATION_STATUS = eINSTANCE.getInvitationStatus();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.PlanStatus <em>Plan Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.PlanStatus
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPlanStatus()
		 * @generated
		 */
		EEnum PLAN_STATUS = eINSTANCE.getPlanStatus();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.ActionStatus
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.SessionFormat <em>Session Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.SessionFormat
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getSessionFormat()
		 * @generated
		 */
		EEnum SESSION_FORMAT = eINSTANCE.getSessionFormat();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.SessionStatus <em>Session Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.SessionStatus
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getSessionStatus()
		 * @generated
		 */
		EEnum SESSION_STATUS = eINSTANCE.getSessionStatus();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.Stance <em>Stance</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.Stance
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getStance()
		 * @generated
		 */
		EEnum STANCE = eINSTANCE.getStance();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.QuestionKind <em>Question Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.QuestionKind
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getQuestionKind()
		 * @generated
		 */
		EEnum QUESTION_KIND = eINSTANCE.getQuestionKind();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.OptionSource <em>Option Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.OptionSource
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getOptionSource()
		 * @generated
		 */
		EEnum OPTION_SOURCE = eINSTANCE.getOptionSource();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.PartnerSessionKind <em>Partner Session Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.PartnerSessionKind
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPartnerSessionKind()
		 * @generated
		 */
		EEnum PARTNER_SESSION_KIND = eINSTANCE.getPartnerSessionKind();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.ChecklistKind <em>Checklist Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.ChecklistKind
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getChecklistKind()
		 * @generated
		 */
		EEnum CHECKLIST_KIND = eINSTANCE.getChecklistKind();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.IssueChannel <em>Issue Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.IssueChannel
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getIssueChannel()
		 * @generated
		 */
		EEnum ISSUE_CHANNEL = eINSTANCE.getIssueChannel();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.Priority <em>Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.Priority
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getPriority()
		 * @generated
		 */
		EEnum PRIORITY = eINSTANCE.getPriority();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.IssueStatus <em>Issue Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.IssueStatus
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getIssueStatus()
		 * @generated
		 */
		EEnum ISSUE_STATUS = eINSTANCE.getIssueStatus();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.EscalationLevel <em>Escalation Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.EscalationLevel
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getEscalationLevel()
		 * @generated
		 */
		EEnum ESCALATION_LEVEL = eINSTANCE.getEscalationLevel();

		/**
		 * The meta object literal for the '{@link org.fulcrum.model.IssueEventKind <em>Issue Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fulcrum.model.IssueEventKind
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getIssueEventKind()
		 * @generated
		 */
		EEnum ISSUE_EVENT_KIND = eINSTANCE.getIssueEventKind();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.fulcrum.model.impl.FulcrumPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //FulcrumPackage
