package org.fulcrum.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.assessment.io.NominationImport;
import org.fulcrum.assessment.io.ParticipantImport;
import org.fulcrum.assessment.io.ResponseImport;
import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.core.io.ImportProblem;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.InvitationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import contract held strictly (issue 11, defect 4): each gap a tester found is refused with file:line: field. */
class ImportContractTest {

	@TempDir
	Path folder;

	private Engagement engagement;

	@BeforeEach
	void anEngagementWithAnInstrument() {
		engagement = new MiniEngagement().engagement;
		engagement.getAssessments().clear();
		engagement.getPeople().clear();
	}

	private CsvTable csv(String name, String content) throws Exception {
		return ImportTest.csv(folder, name, content);
	}

	private List<String> refused(ThrowingRunnable importing) {
		Engagement before = EcoreUtil.copy(engagement);
		ImportException refused = assertThrows(ImportException.class, importing::run);
		assertTrue(EcoreUtil.equals(before, engagement), "nothing imported");
		return refused.problems().stream().map(ImportProblem::toString).toList();
	}

	interface ThrowingRunnable {
		void run() throws Exception;
	}

	@Test
	void aSecondColumnForOneItemIsRefused() throws Exception {
		List<String> tokens = nominate();
		assertEquals(List.of("s.csv:1: b.1: is a second column of the same name (the first is column 2)"),
				refused(() -> ResponseImport.apply(engagement, csv("s.csv", "token,B.1,b.1\n" + tokens.get(0) + ",4,5\n"))));
	}

	@Test
	void answersAreAsciiDigitsAloneWithoutSignSpaceOrLeadingZero() throws Exception {
		List<String> tokens = nominate();
		for (String answer : List.of(" 4", "4 ", "04", "+4", "\u0664", "4.0", "0x4", "４")) {
			List<String> problems = refused(() -> ResponseImport.apply(engagement, csv("s.csv", "token,B.1\n" + tokens.get(0) + ",\"" + answer + "\"\n")));
			assertEquals(1, problems.size(), answer + ": " + problems);
			assertTrue(problems.get(0).startsWith("s.csv:2: B.1: '" + answer + "' is not a scale value"), problems.get(0));
		}
		assertEquals(1, ResponseImport.apply(engagement, csv("s.csv", "token,B.1\n" + tokens.get(0) + ",4\n")));
	}

	@Test
	void anAllBlankSubmissionIsNotACompletedOne() throws Exception {
		List<String> tokens = nominate();
		List<String> problems = refused(() -> ResponseImport.apply(engagement, csv("s.csv", "token,B.1,B.2,comment\n" + tokens.get(0) + ",,  ,\n")));
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("s.csv:2: token: the submission holds no answer and no comment"), problems.get(0));
		assertTrue(engagement.getAssessments().get(0).getInvitations().stream().allMatch(i -> i.getStatus() != InvitationStatus.COMPLETED));
	}

	@Test
	void participantsRefuseUnknownAndDoubledColumns() throws Exception {
		assertEquals(List.of("p.csv:1: emial: is not a column of this import; the columns are id, name, email, title, organization, reports_to, manages"),
				refused(() -> ParticipantImport.apply(engagement, csv("p.csv", "id,name,email,emial\npm-1,Ana,ana@x.example,x\n"))));
		assertEquals(List.of("p.csv:1: Name: is a second column of the same name (the first is column 2)"),
				refused(() -> ParticipantImport.apply(engagement, csv("p.csv", "id,name,email,Name\npm-1,Ana,ana@x.example,Ann\n"))));
		assertEquals(List.of("r.csv:1: weight: is not a column of this import; the columns are participant, rater_name, email, relationship"),
				refused(() -> NominationImport.apply(engagement, csv("r.csv", "participant,rater_name,email,relationship,weight\n"), "baseline")));
	}

	@Test
	void eMailsDifferingOnlyInCaseAreOnePerson() throws Exception {
		assertEquals(List.of("p.csv:3: email: 'ANA@x.example' is already the e-mail of line 2 (e-mails are compared ignoring case); one person needs one row"),
				refused(() -> ParticipantImport.apply(engagement, csv("p.csv", "id,name,email\npm-1,Ana,ana@x.example\npm-2,Ana N,ANA@x.example\n"))));
		ParticipantImport.apply(engagement, csv("p.csv", "id,name,email\npm-1,Ana,ana@x.example\n"));
		List<String> problems = refused(() -> ParticipantImport.apply(engagement, csv("q.csv", "id,name,email\npm-2,Ana N,Ana@X.example\n")));
		assertEquals(List.of("q.csv:2: email: 'Ana@X.example' is already the e-mail of person 'pm-1' of the engagement (e-mails are compared ignoring case); one person needs one row"),
				problems);
	}

	@Test
	void selfReportingAndCirclesOfReportingLinesAreRefused() throws Exception {
		assertEquals(List.of("p.csv:2: reports_to: 'pm-1' is the participant itself; nobody reports to themselves"),
				refused(() -> ParticipantImport.apply(engagement, csv("p.csv", "id,name,email,reports_to\npm-1,Ana,ana@x.example,pm-1\n"))));
		List<String> circle = refused(() -> ParticipantImport.apply(engagement, csv("p.csv",
				"id,name,email,reports_to\npm-1,Ana,ana@x.example,pm-2\npm-2,Ben,ben@x.example,pm-3\npm-3,Cleo,cleo@x.example,pm-1\n")));
		assertEquals(3, circle.size(), circle.toString());
		assertTrue(circle.get(0).startsWith("p.csv:2: reports_to: 'pm-2' closes a circle of reporting lines: pm-1 → pm-2 → pm-3 → pm-1"), circle.get(0));
	}

	@Test
	void controlCharactersAreRefusedWithLineAndColumnNeverPrinted() throws Exception {
		ImportException refused = assertThrows(ImportException.class,
				() -> csv("p.csv", "id,name,email\npm-1,Ana\u001B[31m,ana@x.example\npm-2,\"Ben\nB\u0007\",ben@x.example\n"));
		List<String> problems = refused.problems().stream().map(ImportProblem::toString).toList();
		assertEquals(List.of("p.csv:2: name: holds the control character U+001B (character 4); remove it",
				"p.csv:4: name: holds the control character U+0007 (character 6); remove it"), problems);
		assertTrue(refused.getMessage().chars().noneMatch(c -> c == 0x1B || c == 7));
	}

	private List<String> nominate() throws Exception {
		return ImportTest.nominate(engagement, folder);
	}
}
