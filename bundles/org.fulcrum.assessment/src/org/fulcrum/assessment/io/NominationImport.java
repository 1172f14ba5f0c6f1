package org.fulcrum.assessment.io;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fulcrum.core.io.CsvTable;
import org.fulcrum.core.io.ImportException;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumFactory;
import org.fulcrum.model.Identified;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.PartnerManager;
import org.fulcrum.model.Person;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RelationshipGroup;

/**
 * Adds rater nominations from CSV: {@code participant,rater_name,email,relationship}. Each
 * becomes an invitation (status nominated, a new secret token) in the participant's assessment
 * of the round, which is created with the engagement's instrument where missing. A rater is
 * matched to a person of the engagement by e-mail, or added. All rows or none.
 */
public final class NominationImport {

	private static final FulcrumFactory MODEL = FulcrumFactory.eINSTANCE;
	private static final SecureRandom TOKENS = new SecureRandom();
	private static final String TOKEN_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private NominationImport() {
	}

	/** Returns the number of invitations added. */
	public static int apply(Engagement engagement, CsvTable table, String round) throws ImportException {
		Problems problems = new Problems(table);
		problems.requireColumns("participant", "rater_name", "email", "relationship");
		problems.checkHeader(List.of("participant", "rater_name", "email", "relationship"));
		if (engagement.getInstruments().size() != 1) {
			problems.add(1, "", "the engagement has " + engagement.getInstruments().size()
					+ " instruments; nominations need exactly one to create assessments with");
		}
		problems.throwIfAny();
		Instrument instrument = engagement.getInstruments().get(0);
		Map<String, Identified> ids = Ids.of(engagement);
		Ids.Sequence sequence = new Ids.Sequence(ids);
		Map<String, Person> byEmail = new HashMap<>();
		engagement.getPeople().forEach(p -> {
			if (p.getEmail() != null) {
				byEmail.putIfAbsent(Emails.key(p.getEmail()), p);
			}
		});
		Map<PartnerManager, Assessment> assessments = new HashMap<>();
		engagement.getAssessments().stream().filter(a -> round.equals(a.getRound()))
				.forEach(a -> assessments.putIfAbsent(a.getSubject(), a));
		Set<String> invited = new HashSet<>();
		assessments.values().forEach(a -> a.getInvitations().forEach(i -> invited.add(a.getId() + "|" + i.getRater().getId())));
		List<Person> newPeople = new ArrayList<>();
		List<Assessment> newAssessments = new ArrayList<>();
		List<RaterInvitation> invitations = new ArrayList<>();
		List<Assessment> targets = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			if (!problems.wellFormed(row)) {
				continue;
			}
			String participantId = problems.cell(row, "participant");
			RelationshipGroup relationship = Relationships.parse(problems.cell(row, "relationship"));
			if (relationship == null) {
				problems.add(row.line(), "relationship", "'" + problems.cell(row, "relationship")
						+ "' is not one of self, manager, peer, direct report, partner, other");
			}
			if (!(ids.get(participantId) instanceof PartnerManager participant)) {
				problems.add(row.line(), "participant", "no participant with id '" + participantId + "' in the engagement");
				continue;
			}
			String email = Emails.check(problems, row, problems.cell(row, "email"));
			Person rater = relationship == RelationshipGroup.SELF ? participant : byEmail.get(Emails.key(email));
			if (rater == null) {
				rater = MODEL.createPerson();
				rater.setId(sequence.numbered("rater"));
				rater.setName(problems.cell(row, "rater_name"));
				rater.setEmail(email);
				ids.put(rater.getId(), rater);
				byEmail.put(Emails.key(email), rater);
				newPeople.add(rater);
			}
			Assessment assessment = assessments.computeIfAbsent(participant, p -> newAssessment(p, instrument, round, sequence, ids, newAssessments));
			if (!invited.add(assessment.getId() + "|" + rater.getId())) {
				problems.add(row.line(), "email", (rater.getName() == null ? email : rater.getName()) + " is already nominated to rate "
						+ participant.getName() + " in the " + round + " round");
				continue;
			}
			RaterInvitation invitation = MODEL.createRaterInvitation();
			invitation.setId(sequence.numbered("inv"));
			ids.put(invitation.getId(), invitation);
			invitation.setRater(rater);
			invitation.setRelationship(relationship == null ? RelationshipGroup.OTHER : relationship);
			invitation.setStatus(InvitationStatus.NOMINATED);
			invitation.setToken(token());
			invitations.add(invitation);
			targets.add(assessment);
		}
		problems.throwIfAny();
		engagement.getPeople().addAll(newPeople);
		engagement.getAssessments().addAll(newAssessments);
		for (int i = 0; i < invitations.size(); i++) {
			targets.get(i).getInvitations().add(invitations.get(i));
		}
		return invitations.size();
	}

	private static Assessment newAssessment(PartnerManager participant, Instrument instrument, String round,
			Ids.Sequence sequence, Map<String, Identified> ids, List<Assessment> created) {
		Assessment assessment = MODEL.createAssessment();
		assessment.setId(sequence.fresh("A-" + participant.getId() + "-" + round));
		ids.put(assessment.getId(), assessment);
		assessment.setSubject(participant);
		assessment.setInstrument(instrument);
		assessment.setRound(round);
		created.add(assessment);
		return assessment;
	}

	private static String token() {
		StringBuilder token = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			token.append(TOKEN_LETTERS.charAt(TOKENS.nextInt(TOKEN_LETTERS.length())));
		}
		return token.toString();
	}
}
