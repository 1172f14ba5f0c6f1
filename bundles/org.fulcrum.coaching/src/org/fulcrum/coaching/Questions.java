package org.fulcrum.coaching;

import org.fulcrum.model.Question;
import org.fulcrum.model.QuestionKind;

/** A question's kind: open, closed or multiple choice; a question recorded before kinds existed is open or closed by its flag. */
public final class Questions {

	private Questions() {
	}

	public static QuestionKind kind(Question question) {
		if (question.isSetKind()) {
			return question.getKind();
		}
		return question.isOpen() ? QuestionKind.OPEN : QuestionKind.CLOSED;
	}

	/** Sets the kind and keeps the open flag in step, so that older readers see the same question. */
	public static void setKind(Question question, QuestionKind kind) {
		question.setKind(kind);
		question.setOpen(kind == QuestionKind.OPEN);
	}
}
