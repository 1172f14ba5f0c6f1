/**
 */
package org.fulcrum.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Priority Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The response and resolution targets of one priority, in hours from the intake.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fulcrum.model.PriorityTarget#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.fulcrum.model.PriorityTarget#getResponseHours <em>Response Hours</em>}</li>
 *   <li>{@link org.fulcrum.model.PriorityTarget#getResolutionHours <em>Resolution Hours</em>}</li>
 *   <li>{@link org.fulcrum.model.PriorityTarget#getUpdateHours <em>Update Hours</em>}</li>
 * </ul>
 *
 * @see org.fulcrum.model.FulcrumPackage#getPriorityTarget()
 * @model
 * @generated
 */
public interface PriorityTarget extends EObject {
	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fulcrum.model.Priority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.fulcrum.model.Priority
	 * @see #setPriority(Priority)
	 * @see org.fulcrum.model.FulcrumPackage#getPriorityTarget_Priority()
	 * @model
	 * @generated
	 */
	Priority getPriority();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PriorityTarget#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.fulcrum.model.Priority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Priority value);

	/**
	 * Returns the value of the '<em><b>Response Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Response Hours</em>' attribute.
	 * @see #setResponseHours(int)
	 * @see org.fulcrum.model.FulcrumPackage#getPriorityTarget_ResponseHours()
	 * @model
	 * @generated
	 */
	int getResponseHours();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PriorityTarget#getResponseHours <em>Response Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response Hours</em>' attribute.
	 * @see #getResponseHours()
	 * @generated
	 */
	void setResponseHours(int value);

	/**
	 * Returns the value of the '<em><b>Resolution Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolution Hours</em>' attribute.
	 * @see #setResolutionHours(int)
	 * @see org.fulcrum.model.FulcrumPackage#getPriorityTarget_ResolutionHours()
	 * @model
	 * @generated
	 */
	int getResolutionHours();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PriorityTarget#getResolutionHours <em>Resolution Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution Hours</em>' attribute.
	 * @see #getResolutionHours()
	 * @generated
	 */
	void setResolutionHours(int value);

	/**
	 * Returns the value of the '<em><b>Update Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often the partner hears of progress while the issue is open, in hours; 0 takes Fulcrum's default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Update Hours</em>' attribute.
	 * @see #setUpdateHours(int)
	 * @see org.fulcrum.model.FulcrumPackage#getPriorityTarget_UpdateHours()
	 * @model
	 * @generated
	 */
	int getUpdateHours();

	/**
	 * Sets the value of the '{@link org.fulcrum.model.PriorityTarget#getUpdateHours <em>Update Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Hours</em>' attribute.
	 * @see #getUpdateHours()
	 * @generated
	 */
	void setUpdateHours(int value);

} // PriorityTarget
