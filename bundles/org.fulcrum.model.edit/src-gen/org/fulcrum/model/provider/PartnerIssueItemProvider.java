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

import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.PartnerIssue;

/**
 * This is the item provider adapter for a {@link org.fulcrum.model.PartnerIssue} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PartnerIssueItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnerIssueItemProvider(AdapterFactory adapterFactory) {
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

			addTitlePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addPartnerPropertyDescriptor(object);
			addRaisedByPropertyDescriptor(object);
			addChannelPropertyDescriptor(object);
			addCategoryPropertyDescriptor(object);
			addPriorityPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addOwnerPropertyDescriptor(object);
			addSupportOwnerPropertyDescriptor(object);
			addEscalatedToPropertyDescriptor(object);
			addConfirmedByPropertyDescriptor(object);
			addConfirmedAtPropertyDescriptor(object);
			addCloseReasonPropertyDescriptor(object);
			addEscalationPropertyDescriptor(object);
			addOpenedPropertyDescriptor(object);
			addRelatedPropertyDescriptor(object);
			addRecurrenceOfPropertyDescriptor(object);
			addTraitsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_title_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_description_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Partner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPartnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_partner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_partner_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__PARTNER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Raised By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRaisedByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_raisedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_raisedBy_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__RAISED_BY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Channel feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChannelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_channel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_channel_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__CHANNEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Category feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCategoryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_category_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_category_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__CATEGORY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Priority feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPriorityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_priority_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_priority_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__PRIORITY,
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
				 getString("_UI_PartnerIssue_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_status_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_owner_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__OWNER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Support Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_supportOwner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_supportOwner_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__SUPPORT_OWNER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Escalated To feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEscalatedToPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_escalatedTo_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_escalatedTo_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__ESCALATED_TO,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Confirmed By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConfirmedByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_confirmedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_confirmedBy_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__CONFIRMED_BY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Confirmed At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConfirmedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_confirmedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_confirmedAt_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__CONFIRMED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Close Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCloseReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_closeReason_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_closeReason_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__CLOSE_REASON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Escalation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEscalationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_escalation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_escalation_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__ESCALATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Opened feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOpenedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_opened_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_opened_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__OPENED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Related feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRelatedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_related_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_related_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__RELATED,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Recurrence Of feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecurrenceOfPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_recurrenceOf_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_recurrenceOf_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__RECURRENCE_OF,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Traits feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTraitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerIssue_traits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerIssue_traits_feature", "_UI_PartnerIssue_type"),
				 FulcrumPackage.Literals.PARTNER_ISSUE__TRAITS,
				 true,
				 false,
				 true,
				 null,
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
			childrenFeatures.add(FulcrumPackage.Literals.PARTNER_ISSUE__TIMELINE);
			childrenFeatures.add(FulcrumPackage.Literals.PARTNER_ISSUE__COMMITMENTS);
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
	 * This returns PartnerIssue.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PartnerIssue"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((PartnerIssue)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_PartnerIssue_type") :
			getString("_UI_PartnerIssue_type") + " " + label;
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

		switch (notification.getFeatureID(PartnerIssue.class)) {
			case FulcrumPackage.PARTNER_ISSUE__TITLE:
			case FulcrumPackage.PARTNER_ISSUE__DESCRIPTION:
			case FulcrumPackage.PARTNER_ISSUE__RAISED_BY:
			case FulcrumPackage.PARTNER_ISSUE__CHANNEL:
			case FulcrumPackage.PARTNER_ISSUE__CATEGORY:
			case FulcrumPackage.PARTNER_ISSUE__PRIORITY:
			case FulcrumPackage.PARTNER_ISSUE__STATUS:
			case FulcrumPackage.PARTNER_ISSUE__CONFIRMED_BY:
			case FulcrumPackage.PARTNER_ISSUE__CONFIRMED_AT:
			case FulcrumPackage.PARTNER_ISSUE__CLOSE_REASON:
			case FulcrumPackage.PARTNER_ISSUE__ESCALATION:
			case FulcrumPackage.PARTNER_ISSUE__OPENED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FulcrumPackage.PARTNER_ISSUE__TIMELINE:
			case FulcrumPackage.PARTNER_ISSUE__COMMITMENTS:
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
				(FulcrumPackage.Literals.PARTNER_ISSUE__TIMELINE,
				 FulcrumFactory.eINSTANCE.createIssueEvent()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.PARTNER_ISSUE__COMMITMENTS,
				 FulcrumFactory.eINSTANCE.createCommitment()));
	}

}
