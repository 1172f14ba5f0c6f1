package org.fulcrum.server.internal.access;

/**
 * An account that proved who it is for this request (a live API key or session token of an
 * enabled account). {@code keyId} is the key used, or null for a password session.
 */
public record Caller(long accountId, String name, Role role, Long keyId) {
}
