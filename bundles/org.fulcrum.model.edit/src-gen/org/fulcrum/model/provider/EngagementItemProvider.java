/**
 */
package org.fulcrum.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.FulcrumPackage;

/**
 * This is the item provider adapter for a {@link org.fulcrum.model.Engagement} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class EngagementItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EngagementItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addClientPropertyDescriptor(object);
			addConsultantsPropertyDescriptor(object);
			addStartDatePropertyDescriptor(object);
			addEndDatePropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Engagement_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Engagement_name_feature", "_UI_Engagement_type"),
				 FulcrumPackage.Literals.ENGAGEMENT__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Client feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClientPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Engagement_client_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Engagement_client_feature", "_UI_Engagement_type"),
				 FulcrumPackage.Literals.ENGAGEMENT__CLIENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Consultants feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConsultantsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Engagement_consultants_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Engagement_consultants_feature", "_UI_Engagement_type"),
				 FulcrumPackage.Literals.ENGAGEMENT__CONSULTANTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Engagement_startDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Engagement_startDate_feature", "_UI_Engagement_type"),
				 FulcrumPackage.Literals.ENGAGEMENT__START_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the End Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Engagement_endDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Engagement_endDate_feature", "_UI_Engagement_type"),
				 FulcrumPackage.Literals.ENGAGEMENT__END_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Engagement_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Engagement_status_feature", "_UI_Engagement_type"),
				 FulcrumPackage.Literals.ENGAGEMENT__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(FulcrumPackage.Literals.ENGAGEMENT__CONFIDENTIALITY);
			childrenFeatures.add(FulcrumPackage.Literals.ENGAGEMENT__ISSUE_POLICY);
			childrenFeatures.add(FulcrumPackage.Literals.ENGAGEMENT__PARTNERS);
			childrenFeatures.add(FulcrumPackage.Literals.ENGAGEMENT__PEOPLE);
			childrenFeatures.add(FulcrumPackage.Literals.ENGAGEMENT__INSTRUMENTS);
			childrenFeatures.add(FulcrumPackage.Literals.ENGAGEMENT__ASSESSMENTS);
			childrenFeatures.add(FulcrumPackage.Literals.ENGAGEMENT__PLANS);
			childrenFeatures.add(FulcrumPackage.Literals.ENGAGEMENT__PROGRAMS);
			childrenFeatures.add(FulcrumPackage.Literals.ENGAGEMENT__PARTNER_SESSIONS);
			childrenFeatures.add(FulcrumPackage.Literals.ENGAGEMENT__ISSUES);
			childrenFeatures.add(FulcrumPackage.Literals.ENGAGEMENT__OUTBOX);
			childrenFeatures.add(FulcrumPackage.Literals.ENGAGEMENT__RELEASES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Engagement.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Engagement"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Engagement)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Engagement_type") :
			getString("_UI_Engagement_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Engagement.class)) {
			case FulcrumPackage.ENGAGEMENT__NAME:
			case FulcrumPackage.ENGAGEMENT__CLIENT:
			case FulcrumPackage.ENGAGEMENT__CONSULTANTS:
			case FulcrumPackage.ENGAGEMENT__START_DATE:
			case FulcrumPackage.ENGAGEMENT__END_DATE:
			case FulcrumPackage.ENGAGEMENT__STATUS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FulcrumPackage.ENGAGEMENT__CONFIDENTIALITY:
			case FulcrumPackage.ENGAGEMENT__ISSUE_POLICY:
			case FulcrumPackage.ENGAGEMENT__PARTNERS:
			case FulcrumPackage.ENGAGEMENT__PEOPLE:
			case FulcrumPackage.ENGAGEMENT__INSTRUMENTS:
			case FulcrumPackage.ENGAGEMENT__ASSESSMENTS:
			case FulcrumPackage.ENGAGEMENT__PLANS:
			case FulcrumPackage.ENGAGEMENT__PROGRAMS:
			case FulcrumPackage.ENGAGEMENT__PARTNER_SESSIONS:
			case FulcrumPackage.ENGAGEMENT__ISSUES:
			case FulcrumPackage.ENGAGEMENT__OUTBOX:
			case FulcrumPackage.ENGAGEMENT__RELEASES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.ENGAGEMENT__CONFIDENTIALITY,
				 FulcrumFactory.eINSTANCE.createConfidentialityPolicy()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.ENGAGEMENT__ISSUE_POLICY,
				 FulcrumFactory.eINSTANCE.createIssuePolicy()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.ENGAGEMENT__PARTNERS,
				 FulcrumFactory.eINSTANCE.createPartnerOrganization()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.ENGAGEMENT__PEOPLE,
				 FulcrumFactory.eINSTANCE.createPerson()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.ENGAGEMENT__PEOPLE,
				 FulcrumFactory.eINSTANCE.createPartnerManager()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.ENGAGEMENT__INSTRUMENTS,
				 FulcrumFactory.eINSTANCE.createInstrument()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.ENGAGEMENT__ASSESSMENTS,
				 FulcrumFactory.eINSTANCE.createAssessment()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.ENGAGEMENT__PLANS,
				 FulcrumFactory.eINSTANCE.createDevelopmentPlan()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.ENGAGEMENT__PROGRAMS,
				 FulcrumFactory.eINSTANCE.createCoachingProgram()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.ENGAGEMENT__PARTNER_SESSIONS,
				 FulcrumFactory.eINSTANCE.createPartnerCoachingSession()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.ENGAGEMENT__ISSUES,
				 FulcrumFactory.eINSTANCE.createPartnerIssue()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.ENGAGEMENT__OUTBOX,
				 FulcrumFactory.eINSTANCE.createNotification()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.ENGAGEMENT__RELEASES,
				 FulcrumFactory.eINSTANCE.createReportRelease()));
	}

}
