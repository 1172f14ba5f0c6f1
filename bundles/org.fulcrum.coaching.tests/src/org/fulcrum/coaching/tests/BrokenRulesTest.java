package org.fulcrum.coaching.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.fulcrum.core.validation.EngagementValidation;
import org.fulcrum.core.validation.Problem;
import org.fulcrum.core.validation.Problems;
import org.fulcrum.core.validation.ValidationRule;
import org.fulcrum.model.Action;
import org.fulcrum.model.Engagement;
import org.junit.jupiter.api.Test;

/**
 * A contributed rule that throws, or a contribution that is no rule, is reported as an error and
 * the other rules still run (this fragment's fragment.xml contributes both).
 */
class BrokenRulesTest {

	/** Fails on every engagement. */
	public static final class Throwing implements ValidationRule {
		@Override
		public void check(Engagement engagement, DiagnosticChain diagnostics) {
			throw new IllegalStateException("deliberately broken");
		}
	}

	/** Contributed as a rule, but is none. */
	public static final class NotARule {
	}

	@Test
	void brokenContributionsAreNamedAndTheOtherRulesStillRun() {
		CoachingFixture fixture = new CoachingFixture();
		Action vague = fixture.action("Listen more", null, null, fixture.coachee);
		fixture.planWith(vague);
		List<Problem> problems = Problems.of(EngagementValidation.validate(fixture.engagement));
		List<String> broken = problems.stream().map(Problem::message).filter(m -> m.startsWith("A validation rule of plugin ")).toList();
		assertEquals(2, broken.size(), problems.toString());
		assertTrue(broken.stream().anyMatch(m -> m.contains("failed with java.lang.IllegalStateException: deliberately broken")),
				broken.toString());
		assertTrue(broken.stream().anyMatch(m -> m.contains("does not implement org.fulcrum.core.validation.ValidationRule")),
				broken.toString());
		assertTrue(problems.stream().allMatch(p -> !broken.contains(p.message()) || p.isError()));
		assertEquals(2, problems.stream().filter(p -> p.element() == vague).count(), "the SMART rules still ran");
	}
}
