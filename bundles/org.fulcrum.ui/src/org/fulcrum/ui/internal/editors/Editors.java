package org.fulcrum.ui.internal.editors;

import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fulcrum.model.Assessment;
import org.fulcrum.model.CoachingProgram;
import org.fulcrum.model.CoachingSession;
import org.fulcrum.model.ConfidentialityPolicy;
import org.fulcrum.model.DevelopmentPlan;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.PartnerCoachingSession;
import org.fulcrum.model.PartnerIssue;
import org.fulcrum.model.PartnerOrganization;
import org.fulcrum.model.Person;
import org.fulcrum.model.RaterInvitation;
import org.fulcrum.ui.EngagementSession;

/**
 * Opens editors: the engagement editor for the engagement, its people and policy; the
 * assessment editor for an assessment and its invitations; the partner issue editor for an issue,
 * its timeline and commitments; forms for a development plan, a program session and a partner
 * coaching session; the engagement editor's Coaching programs tab for a program; the object editor
 * for anything else. One editor per object: an
 * open one is brought to front. Editors remember their file and object in the part's
 * persisted state, so that the layout is restored with them.
 */
@Creatable
public final class Editors {

	public static final String FILE = "fulcrum.file";
	public static final String OBJECT = "fulcrum.object";
	public static final String TAG = "fulcrum.editor";
	public static final String STACK = "org.fulcrum.ui.partstack.editors";
	public static final String ENGAGEMENT_EDITOR = "org.fulcrum.ui.partdescriptor.engagement";
	public static final String ASSESSMENT_EDITOR = "org.fulcrum.ui.partdescriptor.assessment";
	public static final String OBJECT_EDITOR = "org.fulcrum.ui.partdescriptor.object";
	public static final String PARTNER_ISSUE_EDITOR = "org.fulcrum.ui.partdescriptor.partnerIssue";
	public static final String PLAN_EDITOR = "org.fulcrum.ui.partdescriptor.plan";
	public static final String PROGRAM_SESSION_EDITOR = "org.fulcrum.ui.partdescriptor.programSession";
	public static final String PARTNER_SESSION_EDITOR = "org.fulcrum.ui.partdescriptor.partnerSession";

	private final EPartService parts;
	private final EModelService models;
	private final MApplication application;

	@Inject
	public Editors(EPartService parts, EModelService models, MApplication application) {
		this.parts = parts;
		this.models = models;
		this.application = application;
	}

	/** The editors service of a context (a part's or the active one a handler runs in). */
	public static Editors in(IEclipseContext context) {
		return ContextInjectionFactory.make(Editors.class, context);
	}

	/** Opens (or brings to front) the editor for {@code target} and shows it there. */
	public MPart open(EngagementSession session, EObject target) {
		EObject root = editedObject(target);
		String fragment = fragment(root);
		MPart part = find(session.file(), fragment);
		if (part == null) {
			part = parts.createPart(descriptor(root));
			part.getTags().add(TAG);
			part.getPersistedState().put(FILE, session.file().toString());
			part.getPersistedState().put(OBJECT, fragment);
			part.setTooltip(session.file().toString());
			MPartStack stack = (MPartStack) models.find(STACK, application);
			stack.getChildren().add(part);
		}
		parts.showPart(part, PartState.ACTIVATE);
		if (part.getObject() instanceof Revealing revealing) {
			revealing.reveal(target);
		}
		return part;
	}

	/** The open editors of a file. */
	public List<MPart> editorsOf(Path file) {
		return models.findElements(application, null, MPart.class, List.of(TAG)).stream()
				.filter(p -> file.toString().equals(p.getPersistedState().get(FILE))).toList();
	}

	/** Closes the editors of a file without asking: the caller has dealt with unsaved changes. */
	public void closeEditorsOf(Path file) {
		for (MPart part : editorsOf(file)) {
			part.setDirty(false);
			parts.hidePart(part, true);
		}
	}

	private MPart find(Path file, String fragment) {
		return editorsOf(file).stream().filter(p -> fragment.equals(p.getPersistedState().get(OBJECT))).findFirst().orElse(null);
	}

	static String fragment(EObject object) {
		return object.eResource() != null ? object.eResource().getURIFragment(object) : EcoreUtil.getURI(object).fragment();
	}

	/** The object whose editor shows {@code target}. */
	static EObject editedObject(EObject target) {
		for (EObject o = target; o != null; o = o.eContainer()) {
			if (o instanceof Assessment || o instanceof DevelopmentPlan || o instanceof CoachingSession || o instanceof PartnerIssue
					|| o instanceof PartnerCoachingSession) {
				return o;
			}
		}
		if (target instanceof Person || target instanceof PartnerOrganization || target instanceof ConfidentialityPolicy
				|| target instanceof CoachingProgram || target instanceof Engagement) {
			return EcoreUtil.getRootContainer(target);
		}
		return target;
	}

	private static String descriptor(EObject root) {
		if (root instanceof Engagement) {
			return ENGAGEMENT_EDITOR;
		}
		if (root instanceof PartnerIssue) {
			return PARTNER_ISSUE_EDITOR;
		}
		if (root instanceof DevelopmentPlan) {
			return PLAN_EDITOR;
		}
		if (root instanceof CoachingSession) {
			return PROGRAM_SESSION_EDITOR;
		}
		if (root instanceof PartnerCoachingSession) {
			return PARTNER_SESSION_EDITOR;
		}
		return root instanceof Assessment ? ASSESSMENT_EDITOR : OBJECT_EDITOR;
	}

	/** An editor that can show one of the objects it edits, e.g. select a participant in its table. */
	public interface Revealing {
		void reveal(EObject target);
	}
}
