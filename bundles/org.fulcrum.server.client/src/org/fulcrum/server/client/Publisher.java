package org.fulcrum.server.client;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fulcrum.model.Assessment;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.server.protocol.FormDocument;
import org.fulcrum.server.protocol.Publication;
import org.fulcrum.server.protocol.Secrets;

/**
 * Prepares what {@code ./fulcrum publish} sends: the questionnaires and the open invitations
 * (neither completed nor declined) of an engagement, or of one round. A link's token is the
 * invitation's token; one weaker than 128 random bits (files made by hand, older imports) is
 * replaced by a fresh one ({@link Secrets#fresh}) first, so the caller must save the engagement.
 */
public final class Publisher {

	/** One rater's private link. */
	public record Link(RaterInvitation invitation, URI url) {
	}

	/** The publication, the links to send, and how many tokens were renewed. */
	public record Prepared(Publication publication, List<Link> links, int renewed) {
	}

	private Publisher() {
	}

	public static Prepared prepare(Engagement engagement, String round, URI linkBase, FormBuilder forms) throws IOException {
		if (engagement.getId() == null || engagement.getId().isBlank()) {
			throw new IllegalArgumentException("the engagement has no id; give it one before publishing");
		}
		int threshold = engagement.getConfidentiality() == null ? 3 : engagement.getConfidentiality().getMinimumRaters();
		Map<String, FormDocument> documents = new LinkedHashMap<>();
		List<Publication.Invitation> invitations = new ArrayList<>();
		List<Link> links = new ArrayList<>();
		int renewed = 0;
		String base = linkBase.toString().endsWith("/") ? linkBase.toString() : linkBase + "/";
		for (Assessment assessment : engagement.getAssessments()) {
			if (round != null && !round.equals(assessment.getRound()) || assessment.getInstrument() == null) {
				continue;
			}
			String form = assessment.getInstrument().getId();
			for (RaterInvitation invitation : assessment.getInvitations()) {
				if (!open(invitation)) {
					continue;
				}
				if (!documents.containsKey(form)) {
					documents.put(form, forms.form(assessment.getInstrument()));
				}
				if (!strong(invitation.getToken())) {
					invitation.setToken(Secrets.fresh());
					renewed++;
				}
				invitation.setStatus(InvitationStatus.INVITED);
				invitations.add(new Publication.Invitation(hash(invitation.getToken()), form, assessment.getSubject().getName(),
						invitation.getRelationship().getLiteral()));
				links.add(new Link(invitation, URI.create(base + "r/" + invitation.getToken())));
			}
		}
		return new Prepared(new Publication(engagement.getId(), engagement.getName() == null ? engagement.getId() : engagement.getName(),
				threshold, documents, invitations), links, renewed);
	}

	/** An invitation still waiting for answers. */
	static boolean open(RaterInvitation invitation) {
		return invitation.getStatus() != InvitationStatus.COMPLETED && invitation.getStatus() != InvitationStatus.DECLINED
				&& invitation.getResponses().isEmpty();
	}

	/** At least 22 URL-safe characters: 128 bits or more when random. */
	static boolean strong(String token) {
		return token != null && token.length() >= 22 && token.length() <= 100 && token.matches("[A-Za-z0-9_-]+");
	}

	/** The SHA-256 of a token, as the server keeps it. */
	public static String hash(String token) {
		return Secrets.hash(token);
	}
}
