package org.fulcrum.issues;

import java.time.Instant;

import org.fulcrum.model.EscalationLevel;
import org.fulcrum.model.PartnerIssue;

/**
 * One step up the escalation ladder: the issue reaches {@code level} at the moment {@code at}
 * when it broke a target, for the reason given (e.g. "not resolved within the P2 resolution
 * target of 72 h").
 */
public record EscalationStep(PartnerIssue issue, EscalationLevel level, Instant at, String reason) {
}
