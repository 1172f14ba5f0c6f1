package org.fulcrum.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fulcrum.bench.SyntheticEngagement;
import org.fulcrum.core.validation.EngagementValidation;
import org.fulcrum.core.validation.Problem;
import org.fulcrum.core.validation.Problems;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerManager;
import org.junit.jupiter.api.Test;

/** Reporting lines must end: self-reporting and circles fail validation (issue 11, defect 4). */
class ReportingLinesTest {

	private static List<String> errors(Engagement engagement) {
		return Problems.of(EngagementValidation.validate(engagement)).stream().filter(Problem::isError).map(Problem::message).toList();
	}

	private static PartnerManager participant(Engagement engagement, int index) {
		return (PartnerManager) engagement.getAssessments().get(index).getSubject();
	}

	@Test
	void selfReportingIsAnError() {
		Engagement engagement = SyntheticEngagement.create(3, 3, 4, 1);
		assertEquals(List.of(), errors(engagement));
		participant(engagement, 0).setReportsTo(participant(engagement, 0));
		List<String> errors = errors(engagement);
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).contains("reports to themselves"), errors.get(0));
	}

	@Test
	void aCircleIsOneErrorNamingItsPeople() {
		Engagement engagement = SyntheticEngagement.create(4, 3, 4, 1);
		participant(engagement, 0).setReportsTo(participant(engagement, 1));
		participant(engagement, 1).setReportsTo(participant(engagement, 2));
		participant(engagement, 2).setReportsTo(participant(engagement, 0));
		participant(engagement, 3).setReportsTo(participant(engagement, 0));
		List<String> errors = errors(engagement);
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).contains("(P0 → P1 → P2 → P0)"), errors.get(0));
	}
}
