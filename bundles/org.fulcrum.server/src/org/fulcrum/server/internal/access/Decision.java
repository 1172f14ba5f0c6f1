package org.fulcrum.server.internal.access;

import java.util.Set;

/**
 * One answer of {@link AccessDecisions}: allowed or not, why, the caller's level on the engagement
 * (null without a grant), and for {@link Action#READ_COACHING} the participants it covers
 * ({@code participants} null means all of them).
 *
 * @param known whether the caller has any access to the engagement at all: a refusal without it
 *              is answered like an engagement that does not exist, so names do not leak
 */
public record Decision(boolean allowed, Action action, String engagement, Level level, Set<String> participants, boolean known,
		String reason) {
}
