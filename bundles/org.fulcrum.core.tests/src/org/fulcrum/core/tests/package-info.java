/** Tests of the engagement store and validation, run inside Equinox. */
package org.fulcrum.core.tests;
