/**
 * Reading the files consultants exchange with survey tools and spreadsheets, all-or-nothing:
 * a file with any fault is refused with every fault listed as {@code file:line: field: what}.
 */
package org.fulcrum.core.io;
