package org.fulcrum.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.assessment.io.NominationImport;
import org.fulcrum.assessment.io.ParticipantImport;
import org.fulcrum.assessment.io.ResponseImport;
import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.core.io.ImportProblem;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Participants, nominations and responses come in whole or not at all, with every fault named. */
class ImportTest {

	@TempDir
	Path folder;

	private Engagement engagement;

	@BeforeEach
	void anEngagementWithAnInstrumentAndAPartner() {
		engagement = new MiniEngagement().engagement;
		engagement.getAssessments().clear();
		engagement.getPeople().clear();
		PartnerOrganization partner = MiniEngagement.MODEL.createPartnerOrganization();
		partner.setId("ptn-1");
		engagement.getPartners().add(partner);
	}

	private CsvTable csv(String name, String content) throws Exception {
		return csv(folder, name, content);
	}

	static CsvTable csv(Path folder, String name, String content) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return CsvTable.read(file);
	}

	@Test
	void participantsAreAddedWithTheirManagerAndPartners() throws Exception {
		int added = ParticipantImport.apply(engagement, csv("p.csv", """
				id,name,email,title,reports_to,manages
				dir,Henrike Vogel,henrike@x.example,Director,,
				pm-1,"Dvořák, Jiří",jiri@x.example,Partner Manager,dir,ptn-1
				"""));
		assertEquals(2, added);
		PartnerManager jiri = (PartnerManager) engagement.getPeople().stream().filter(p -> p.getId().equals("pm-1")).findFirst().orElseThrow();
		assertEquals("Dvořák, Jiří", jiri.getName());
		assertEquals("dir", jiri.getReportsTo().getId());
		assertEquals("ptn-1", jiri.getManages().get(0).getId());
	}

	@Test
	void aBadParticipantFileChangesNothingAndNamesEveryFault() throws Exception {
		Engagement before = EcoreUtil.copy(engagement);
		ImportException refused = assertThrows(ImportException.class, () -> ParticipantImport.apply(engagement, csv("p.csv", """
				id,name,email,reports_to,manages
				pm-1,Ana,ana@x.example,,
				pm-1,Ben,ben@x.example,,
				pm-2,,not-an-address,boss,ptn-9
				pm-3,Cleo
				""")));
		assertTrue(EcoreUtil.equals(before, engagement), "nothing imported");
		assertEquals(List.of("p.csv:3: id: 'pm-1' is already used in the engagement or earlier in the file",
				"p.csv:4: name: is empty", "p.csv:4: email: 'not-an-address' is not an e-mail address",
				"p.csv:5: : has 2 fields, the header has 5".replace(": : ", ": "),
				"p.csv:4: reports_to: no person with id 'boss' in the engagement or the file",
				"p.csv:4: manages: no partner with id 'ptn-9' in the engagement"),
				refused.problems().stream().map(ImportProblem::toString).toList());
	}

	@Test
	void nominationsCreateAssessmentsAndInvitationsWithSecretTokens() throws Exception {
		ParticipantImport.apply(engagement, csv("p.csv", "id,name,email\npm-1,Ana Novák,ana@x.example\n"));
		int added = NominationImport.apply(engagement, csv("r.csv", """
				participant,rater_name,email,relationship
				pm-1,Ana Novák,ana@x.example,self
				pm-1,Jan Kowalski,jan@x.example,Direct report
				pm-1,Eva Berg,eva@x.example,peer
				"""), "baseline");
		assertEquals(3, added);
		Assessment assessment = engagement.getAssessments().get(0);
		assertEquals("baseline", assessment.getRound());
		assertEquals(List.of(RelationshipGroup.SELF, RelationshipGroup.DIRECT_REPORT, RelationshipGroup.PEER),
				assessment.getInvitations().stream().map(RaterInvitation::getRelationship).toList());
		assertTrue(assessment.getInvitations().stream().allMatch(i -> i.getStatus() == InvitationStatus.NOMINATED
				&& i.getToken().length() == 20));
		assertEquals(assessment.getSubject(), assessment.getInvitations().get(0).getRater());
		assertEquals(3, engagement.getPeople().size(), "Jan and Eva added; Ana is the participant");
	}

	@Test
	void badNominationsAreAllNamed() throws Exception {
		ParticipantImport.apply(engagement, csv("p.csv", "id,name,email\npm-1,Ana Novák,ana@x.example\n"));
		Engagement before = EcoreUtil.copy(engagement);
		ImportException refused = assertThrows(ImportException.class, () -> NominationImport.apply(engagement, csv("r.csv", """
				participant,rater_name,email,relationship
				pm-1,Jan,jan@x.example,peer
				pm-1,Jan again,JAN@x.example,peer
				pm-9,Eva,eva@x.example,peer
				pm-1,Otto,otto@x.example,boss
				"""), "baseline"));
		assertTrue(EcoreUtil.equals(before, engagement));
		List<String> problems = refused.problems().stream().map(ImportProblem::toString).toList();
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("r.csv:3: email: Jan is already nominated to rate Ana Novák"), problems.get(0));
		assertEquals("r.csv:4: participant: no participant with id 'pm-9' in the engagement", problems.get(1));
		assertTrue(problems.get(2).startsWith("r.csv:5: relationship: 'boss' is not one of"), problems.get(2));
	}

	@Test
	void responsesInTheWideLayoutCompleteTheirInvitations() throws Exception {
		List<String> tokens = nominate();
		int added = ResponseImport.apply(engagement, csv("s.csv", "token,B.1,B.2,T1.1,T1.2,T2.1,T2.2,comment:T1\n"
				+ tokens.get(0) + ",5,4,NO,3,,2,\"Listens well, \"\"really\"\"\"\n"
				+ tokens.get(1) + ",1,1,1,1,1,1,\n"));
		assertEquals(2, added);
		RaterInvitation first = engagement.getAssessments().get(0).getInvitations().get(0);
		assertEquals(InvitationStatus.COMPLETED, first.getStatus());
		assertEquals(5, first.getResponses().size(), "the empty T2.1 is no answer");
		assertTrue(first.getResponses().get(2).isNotObserved());
		var comment = engagement.getAssessments().get(0).getComments().get(0);
		assertEquals("Listens well, \"really\"", comment.getText());
		assertEquals("T1", comment.getDimension().getId());
		assertEquals(first.getRelationship(), comment.getGroup());
	}

	@Test
	void aBadResponseFileChangesNothingAndNamesEveryFault() throws Exception {
		List<String> tokens = nominate();
		Engagement before = EcoreUtil.copy(engagement);
		ImportException refused = assertThrows(ImportException.class, () -> ResponseImport.apply(engagement, csv("s.csv",
				"token,B.1,B.2\n" + tokens.get(0) + ",7,x\nNOTATOKEN,1,1\n" + tokens.get(0) + ",1,1\n" + tokens.get(1) + ",1\n")));
		assertTrue(EcoreUtil.equals(before, engagement));
		assertEquals(List.of("s.csv:2: B.1: '7' is off the scale 1–5",
				"s.csv:2: B.2: 'x' is not a scale value (1–5, written with the digits 0–9 alone) or 'not observed'",
				"s.csv:3: token: 'NOTATOKEN' is not the token of any invitation",
				"s.csv:4: token: a second submission for this invitation (the first is on line 2)",
				"s.csv:5: has 2 fields, the header has 3"),
				refused.problems().stream().map(ImportProblem::toString).toList());
	}

	@Test
	void toolsWithoutTokensIdentifyASubmissionByParticipantAndRaterEmail() throws Exception {
		nominate();
		int added = ResponseImport.apply(engagement, csv("s.csv", "participant,rater_email,B.1,B.2\npm-1,JAN@x.example,4,5\n"));
		assertEquals(1, added);
		assertEquals(InvitationStatus.COMPLETED, engagement.getAssessments().get(0).getInvitations().get(0).getStatus());
		ImportException refused = assertThrows(ImportException.class,
				() -> ResponseImport.apply(engagement, csv("t.csv", "participant,rater_email,B.1\npm-1,nobody@x.example,4\n")));
		assertEquals("t.csv:2: rater_email: no invitation of 'nobody@x.example' to rate participant 'pm-1'",
				refused.problems().get(0).toString());
	}

	@Test
	void anUnknownItemColumnRefusesTheFile() throws Exception {
		nominate();
		ImportException refused = assertThrows(ImportException.class,
				() -> ResponseImport.apply(engagement, csv("s.csv", "token,B.1,Z.9\n")));
		assertEquals("s.csv:1: Z.9: is not an item of the engagement's instruments, nor a token or comment column",
				refused.problems().get(0).toString());
	}

	@Test
	void aFileThatIsNotUtf8IsRefusedWithItsLine() throws Exception {
		Path file = folder.resolve("latin1.csv");
		Files.write(file, "id,name,email\npm-1,Ji\u0159\u00ed,j@x.example\n".getBytes(StandardCharsets.ISO_8859_1));
		ImportException refused = assertThrows(ImportException.class, () -> CsvTable.read(file));
		assertTrue(refused.problems().get(0).toString().startsWith("latin1.csv:2: is not UTF-8 text"), refused.getMessage());
	}

	@Test
	void anUnclosedQuoteIsRefused() throws Exception {
		ImportException refused = assertThrows(ImportException.class, () -> csv("q.csv", "id,name\n\"pm-1,Ana\n"));
		assertEquals("q.csv:2: a quoted field is never closed", refused.problems().get(0).toString());
	}

	private List<String> nominate() throws Exception {
		return nominate(engagement, folder);
	}

	/** Ana (pm-1) with two peers invited; their tokens. */
	static List<String> nominate(Engagement engagement, Path folder) throws Exception {
		ParticipantImport.apply(engagement, csv(folder, "p.csv", "id,name,email\npm-1,Ana Novák,ana@x.example\n"));
		NominationImport.apply(engagement, csv(folder, "r.csv", "participant,rater_name,email,relationship\n"
				+ "pm-1,Jan,jan@x.example,peer\npm-1,Eva,eva@x.example,peer\n"), "baseline");
		engagement.getAssessments().get(0).getInvitations().forEach(i -> i.setStatus(InvitationStatus.INVITED));
		return engagement.getAssessments().get(0).getInvitations().stream().map(RaterInvitation::getToken).toList();
	}
}
