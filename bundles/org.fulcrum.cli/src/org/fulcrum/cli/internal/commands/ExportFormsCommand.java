package org.fulcrum.cli.internal.commands;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fulcrum.cli.internal.Arguments;
import org.fulcrum.cli.internal.Command;
import org.fulcrum.cli.internal.Console;
import org.fulcrum.cli.internal.ExitCode;
import org.fulcrum.core.io.CsvCells;
import org.fulcrum.core.io.XlsxWriter;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.store.EngagementStore;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.BehaviourItem;
import org.fulcrum.model.Instrument;
import org.fulcrum.model.InvitationStatus;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.model.RatingScale;
import org.fulcrum.model.query.Instruments;

/**
 * {@code ./fulcrum export-forms ENG DIR}: one questionnaire per open invitation, as CSV and
 * XLSX (who is rated, in which relationship, the token, the scale, the items), and a
 * {@code responses-template.csv} in the wide layout that {@code import-responses} reads. The
 * invitations count as sent from then on. A form never names its rater.
 */
public final class ExportFormsCommand implements Command {

	@Override
	public String name() {
		return "export-forms";
	}

	@Override
	public String synopsis() {
		return "ENG DIR";
	}

	@Override
	public String summary() {
		return "write a questionnaire per open invitation (CSV and XLSX) and a response template; marks them invited";
	}

	@Override
	public int run(Arguments arguments, Console console) throws Exception {
		arguments.allowOnly(Set.of()).atMost(2);
		Path file = Path.of(arguments.operand(0, "the engagement file ENG"));
		Path folder = Path.of(arguments.operand(1, "the output folder DIR"));
		try (EngagementDocument document = new EngagementStore().open(file)) {
			createFolder(folder);
			List<RaterInvitation> open = new ArrayList<>();
			StringBuilder template = null;
			for (Assessment assessment : document.engagement().getAssessments()) {
				List<BehaviourItem> items = Instruments.items(assessment.getInstrument());
				if (template == null) {
					template = new StringBuilder("token," + items.stream().map(i -> CsvCells.cell(i.getId())).collect(Collectors.joining(","))
							+ ",comment\n");
				}
				for (RaterInvitation invitation : assessment.getInvitations()) {
					InvitationStatus status = invitation.getStatus();
					if (status == InvitationStatus.COMPLETED || status == InvitationStatus.DECLINED) {
						continue;
					}
					List<List<String>> form = form(assessment, invitation, items);
					Files.writeString(folder.resolve(invitation.getId() + ".csv"), csv(form), StandardCharsets.UTF_8);
					try (OutputStream out = Files.newOutputStream(folder.resolve(invitation.getId() + ".xlsx"))) {
						XlsxWriter.write("Questionnaire", form, out);
					}
					template.append(CsvCells.cell(invitation.getToken())).append(",".repeat(items.size() + 1)).append('\n');
					open.add(invitation);
				}
			}
			Files.writeString(folder.resolve("responses-template.csv"), template == null ? "token\n" : template.toString(),
					StandardCharsets.UTF_8);
			open.forEach(i -> i.setStatus(InvitationStatus.INVITED));
			document.markDirty();
			document.save();
			console.out().println("export-forms: " + open.size() + " questionnaires (CSV and XLSX) and responses-template.csv in " + folder);
			return ExitCode.OK;
		}
	}

	private static List<List<String>> form(Assessment assessment, RaterInvitation invitation, List<BehaviourItem> items) {
		Instrument instrument = assessment.getInstrument();
		RatingScale scale = instrument.getScale();
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("Questionnaire", instrument.getName() + " " + instrument.getVersion()));
		rows.add(List.of("About", assessment.getSubject().getName()));
		rows.add(List.of("You rate them as", invitation.getRelationship().getLiteral()));
		rows.add(List.of("Token", invitation.getToken()));
		rows.add(List.of("Scale", scale.getAnchors().stream().map(a -> a.getValue() + " = " + a.getLabel()).collect(Collectors.joining("; "))
				+ (scale.isNotObservedAllowed() ? "; NO = " + scale.getNotObservedLabel() : "")));
		rows.add(List.of());
		rows.add(List.of("item", "behaviour", "answer"));
		for (BehaviourItem item : items) {
			rows.add(List.of(item.getId(), item.getText(), ""));
		}
		rows.add(List.of("comment", "Anything else you would like to say (anonymous)", ""));
		return rows;
	}

	private static String csv(List<List<String>> rows) {
		return rows.stream().map(CsvCells::row).collect(Collectors.joining("\n", "", "\n"));
	}

	private static void createFolder(Path folder) throws StoreException {
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new StoreException(folder, "cannot create the folder: " + e.getMessage(), e);
		}
	}
}
