/**
 */
package org.fulcrum.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.fulcrum.model.ChecklistEntry;
import org.fulcrum.model.ChecklistKind;
import org.fulcrum.model.FulcrumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Checklist Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.ChecklistEntryImpl#getRule <em>Rule</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ChecklistEntryImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ChecklistEntryImpl#isObserved <em>Observed</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.ChecklistEntryImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChecklistEntryImpl extends MinimalEObjectImpl.Container implements ChecklistEntry {
	/**
	 * The default value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected String rule = RULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ChecklistKind KIND_EDEFAULT = ChecklistKind.DO;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ChecklistKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isObserved() <em>Observed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isObserved()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OBSERVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isObserved() <em>Observed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isObserved()
	 * @generated
	 * @ordered
	 */
	protected boolean observed = OBSERVED_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChecklistEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.CHECKLIST_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRule() {
		return rule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRule(String newRule) {
		String oldRule = rule;
		rule = newRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.CHECKLIST_ENTRY__RULE, oldRule, rule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ChecklistKind newKind) {
		ChecklistKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.CHECKLIST_ENTRY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isObserved() {
		return observed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObserved(boolean newObserved) {
		boolean oldObserved = observed;
		observed = newObserved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.CHECKLIST_ENTRY__OBSERVED, oldObserved, observed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.CHECKLIST_ENTRY__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FulcrumPackage.CHECKLIST_ENTRY__RULE:
				return getRule();
			case FulcrumPackage.CHECKLIST_ENTRY__KIND:
				return getKind();
			case FulcrumPackage.CHECKLIST_ENTRY__OBSERVED:
				return isObserved();
			case FulcrumPackage.CHECKLIST_ENTRY__NOTE:
				return getNote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FulcrumPackage.CHECKLIST_ENTRY__RULE:
				setRule((String)newValue);
				return;
			case FulcrumPackage.CHECKLIST_ENTRY__KIND:
				setKind((ChecklistKind)newValue);
				return;
			case FulcrumPackage.CHECKLIST_ENTRY__OBSERVED:
				setObserved((Boolean)newValue);
				return;
			case FulcrumPackage.CHECKLIST_ENTRY__NOTE:
				setNote((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FulcrumPackage.CHECKLIST_ENTRY__RULE:
				setRule(RULE_EDEFAULT);
				return;
			case FulcrumPackage.CHECKLIST_ENTRY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FulcrumPackage.CHECKLIST_ENTRY__OBSERVED:
				setObserved(OBSERVED_EDEFAULT);
				return;
			case FulcrumPackage.CHECKLIST_ENTRY__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FulcrumPackage.CHECKLIST_ENTRY__RULE:
				return RULE_EDEFAULT == null ? rule != null : !RULE_EDEFAULT.equals(rule);
			case FulcrumPackage.CHECKLIST_ENTRY__KIND:
				return kind != KIND_EDEFAULT;
			case FulcrumPackage.CHECKLIST_ENTRY__OBSERVED:
				return observed != OBSERVED_EDEFAULT;
			case FulcrumPackage.CHECKLIST_ENTRY__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (rule: ");
		result.append(rule);
		result.append(", kind: ");
		result.append(kind);
		result.append(", observed: ");
		result.append(observed);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //ChecklistEntryImpl
