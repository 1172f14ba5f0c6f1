/**
 * Validation of an engagement with messages a consultant understands, built on EMF's
 * {@link org.eclipse.emf.ecore.EValidator} so that the workbench and the CLI report the same problems.
 */
package org.fulcrum.core.validation;
