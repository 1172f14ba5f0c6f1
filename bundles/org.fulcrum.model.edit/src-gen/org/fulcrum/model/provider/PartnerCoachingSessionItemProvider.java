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
import org.fulcrum.model.PartnerCoachingSession;

/**
 * This is the item provider adapter for a {@link org.fulcrum.model.PartnerCoachingSession} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PartnerCoachingSessionItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnerCoachingSessionItemProvider(AdapterFactory adapterFactory) {
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

			addPartnerManagerPropertyDescriptor(object);
			addPartnerPropertyDescriptor(object);
			addCoacheesPropertyDescriptor(object);
			addKindPropertyDescriptor(object);
			addDatePropertyDescriptor(object);
			addDurationMinutesPropertyDescriptor(object);
			addTopicPropertyDescriptor(object);
			addSituationPropertyDescriptor(object);
			addPartnerGoalPropertyDescriptor(object);
			addObservedStancePropertyDescriptor(object);
			addNotesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Partner Manager feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPartnerManagerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerCoachingSession_partnerManager_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerCoachingSession_partnerManager_feature", "_UI_PartnerCoachingSession_type"),
				 FulcrumPackage.Literals.PARTNER_COACHING_SESSION__PARTNER_MANAGER,
				 true,
				 false,
				 true,
				 null,
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
				 getString("_UI_PartnerCoachingSession_partner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerCoachingSession_partner_feature", "_UI_PartnerCoachingSession_type"),
				 FulcrumPackage.Literals.PARTNER_COACHING_SESSION__PARTNER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Coachees feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCoacheesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerCoachingSession_coachees_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerCoachingSession_coachees_feature", "_UI_PartnerCoachingSession_type"),
				 FulcrumPackage.Literals.PARTNER_COACHING_SESSION__COACHEES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerCoachingSession_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerCoachingSession_kind_feature", "_UI_PartnerCoachingSession_type"),
				 FulcrumPackage.Literals.PARTNER_COACHING_SESSION__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerCoachingSession_date_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerCoachingSession_date_feature", "_UI_PartnerCoachingSession_type"),
				 FulcrumPackage.Literals.PARTNER_COACHING_SESSION__DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Duration Minutes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDurationMinutesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerCoachingSession_durationMinutes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerCoachingSession_durationMinutes_feature", "_UI_PartnerCoachingSession_type"),
				 FulcrumPackage.Literals.PARTNER_COACHING_SESSION__DURATION_MINUTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Topic feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTopicPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerCoachingSession_topic_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerCoachingSession_topic_feature", "_UI_PartnerCoachingSession_type"),
				 FulcrumPackage.Literals.PARTNER_COACHING_SESSION__TOPIC,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Situation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSituationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerCoachingSession_situation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerCoachingSession_situation_feature", "_UI_PartnerCoachingSession_type"),
				 FulcrumPackage.Literals.PARTNER_COACHING_SESSION__SITUATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Partner Goal feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPartnerGoalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerCoachingSession_partnerGoal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerCoachingSession_partnerGoal_feature", "_UI_PartnerCoachingSession_type"),
				 FulcrumPackage.Literals.PARTNER_COACHING_SESSION__PARTNER_GOAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Observed Stance feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addObservedStancePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerCoachingSession_observedStance_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerCoachingSession_observedStance_feature", "_UI_PartnerCoachingSession_type"),
				 FulcrumPackage.Literals.PARTNER_COACHING_SESSION__OBSERVED_STANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PartnerCoachingSession_notes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PartnerCoachingSession_notes_feature", "_UI_PartnerCoachingSession_type"),
				 FulcrumPackage.Literals.PARTNER_COACHING_SESSION__NOTES,
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
			childrenFeatures.add(FulcrumPackage.Literals.PARTNER_COACHING_SESSION__QUESTIONS);
			childrenFeatures.add(FulcrumPackage.Literals.PARTNER_COACHING_SESSION__OPTIONS);
			childrenFeatures.add(FulcrumPackage.Literals.PARTNER_COACHING_SESSION__ACTIONS);
			childrenFeatures.add(FulcrumPackage.Literals.PARTNER_COACHING_SESSION__REVIEW);
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
	 * This returns PartnerCoachingSession.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PartnerCoachingSession"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((PartnerCoachingSession)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_PartnerCoachingSession_type") :
			getString("_UI_PartnerCoachingSession_type") + " " + label;
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

		switch (notification.getFeatureID(PartnerCoachingSession.class)) {
			case FulcrumPackage.PARTNER_COACHING_SESSION__KIND:
			case FulcrumPackage.PARTNER_COACHING_SESSION__DATE:
			case FulcrumPackage.PARTNER_COACHING_SESSION__DURATION_MINUTES:
			case FulcrumPackage.PARTNER_COACHING_SESSION__TOPIC:
			case FulcrumPackage.PARTNER_COACHING_SESSION__SITUATION:
			case FulcrumPackage.PARTNER_COACHING_SESSION__PARTNER_GOAL:
			case FulcrumPackage.PARTNER_COACHING_SESSION__OBSERVED_STANCE:
			case FulcrumPackage.PARTNER_COACHING_SESSION__NOTES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FulcrumPackage.PARTNER_COACHING_SESSION__QUESTIONS:
			case FulcrumPackage.PARTNER_COACHING_SESSION__OPTIONS:
			case FulcrumPackage.PARTNER_COACHING_SESSION__ACTIONS:
			case FulcrumPackage.PARTNER_COACHING_SESSION__REVIEW:
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
				(FulcrumPackage.Literals.PARTNER_COACHING_SESSION__QUESTIONS,
				 FulcrumFactory.eINSTANCE.createQuestion()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.PARTNER_COACHING_SESSION__OPTIONS,
				 FulcrumFactory.eINSTANCE.createActionOption()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.PARTNER_COACHING_SESSION__ACTIONS,
				 FulcrumFactory.eINSTANCE.createAction()));

		newChildDescriptors.add
			(createChildParameter
				(FulcrumPackage.Literals.PARTNER_COACHING_SESSION__REVIEW,
				 FulcrumFactory.eINSTANCE.createChecklistEntry()));
	}

}
