/**
 * Opening and saving engagement documents ({@code *.fulcrum}): one engagement per file,
 * versioned, saved atomically, locked against a second writer.
 */
package org.fulcrum.core.store;
