/**
 */
package org.fulcrum.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.fulcrum.model.FulcrumPackage;
import org.fulcrum.model.IssueEvent;
import org.fulcrum.model.IssueEventKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Issue Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.impl.IssueEventImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.IssueEventImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.IssueEventImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.IssueEventImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.fulcrum.model.impl.IssueEventImpl#isVisibleToPartner <em>Visible To Partner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IssueEventImpl extends MinimalEObjectImpl.Container implements IssueEvent {
	/**
	 * The default value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected Date at = AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final IssueEventKind KIND_EDEFAULT = IssueEventKind.NOTE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected IssueEventKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isVisibleToPartner() <em>Visible To Partner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisibleToPartner()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VISIBLE_TO_PARTNER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isVisibleToPartner() <em>Visible To Partner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisibleToPartner()
	 * @generated
	 * @ordered
	 */
	protected boolean visibleToPartner = VISIBLE_TO_PARTNER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IssueEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FulcrumPackage.Literals.ISSUE_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getAt() {
		return at;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Date newAt) {
		Date oldAt = at;
		at = newAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ISSUE_EVENT__AT, oldAt, at));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IssueEventKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(IssueEventKind newKind) {
		IssueEventKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ISSUE_EVENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ISSUE_EVENT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ISSUE_EVENT__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVisibleToPartner() {
		return visibleToPartner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisibleToPartner(boolean newVisibleToPartner) {
		boolean oldVisibleToPartner = visibleToPartner;
		visibleToPartner = newVisibleToPartner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FulcrumPackage.ISSUE_EVENT__VISIBLE_TO_PARTNER, oldVisibleToPartner, visibleToPartner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FulcrumPackage.ISSUE_EVENT__AT:
				return getAt();
			case FulcrumPackage.ISSUE_EVENT__KIND:
				return getKind();
			case FulcrumPackage.ISSUE_EVENT__TEXT:
				return getText();
			case FulcrumPackage.ISSUE_EVENT__AUTHOR:
				return getAuthor();
			case FulcrumPackage.ISSUE_EVENT__VISIBLE_TO_PARTNER:
				return isVisibleToPartner();
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
			case FulcrumPackage.ISSUE_EVENT__AT:
				setAt((Date)newValue);
				return;
			case FulcrumPackage.ISSUE_EVENT__KIND:
				setKind((IssueEventKind)newValue);
				return;
			case FulcrumPackage.ISSUE_EVENT__TEXT:
				setText((String)newValue);
				return;
			case FulcrumPackage.ISSUE_EVENT__AUTHOR:
				setAuthor((String)newValue);
				return;
			case FulcrumPackage.ISSUE_EVENT__VISIBLE_TO_PARTNER:
				setVisibleToPartner((Boolean)newValue);
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
			case FulcrumPackage.ISSUE_EVENT__AT:
				setAt(AT_EDEFAULT);
				return;
			case FulcrumPackage.ISSUE_EVENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FulcrumPackage.ISSUE_EVENT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case FulcrumPackage.ISSUE_EVENT__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case FulcrumPackage.ISSUE_EVENT__VISIBLE_TO_PARTNER:
				setVisibleToPartner(VISIBLE_TO_PARTNER_EDEFAULT);
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
			case FulcrumPackage.ISSUE_EVENT__AT:
				return AT_EDEFAULT == null ? at != null : !AT_EDEFAULT.equals(at);
			case FulcrumPackage.ISSUE_EVENT__KIND:
				return kind != KIND_EDEFAULT;
			case FulcrumPackage.ISSUE_EVENT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case FulcrumPackage.ISSUE_EVENT__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case FulcrumPackage.ISSUE_EVENT__VISIBLE_TO_PARTNER:
				return visibleToPartner != VISIBLE_TO_PARTNER_EDEFAULT;
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
		result.append(" (at: ");
		result.append(at);
		result.append(", kind: ");
		result.append(kind);
		result.append(", text: ");
		result.append(text);
		result.append(", author: ");
		result.append(author);
		result.append(", visibleToPartner: ");
		result.append(visibleToPartner);
		result.append(')');
		return result.toString();
	}

} //IssueEventImpl
