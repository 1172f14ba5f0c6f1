package org.fulcrum.ui.internal.edit;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

/**
 * A command made from changes recorded while existing code (an importer, a policy change) ran
 * on the model, so that they can be undone and redone like any edit. {@link #record} leaves the
 * model as it was; executing the command applies the changes.
 */
public final class RecordedChange extends AbstractCommand {

	/** Work on the model that may fail; when it fails it must have changed nothing (the importers' all-or-nothing rule). */
	public interface Work<E extends Exception> {
		void run() throws E;
	}

	private final ChangeDescription change;

	private RecordedChange(String label, ChangeDescription change) {
		super(label);
		this.change = change;
	}

	/**
	 * Runs {@code work} on the model under {@code root} while recording, then reverts what it changed.
	 * When {@code work} throws, anything it did change is reverted too and the exception passes on.
	 */
	public static <E extends Exception> RecordedChange record(EObject root, String label, Work<E> work) throws E {
		ChangeRecorder recorder = new ChangeRecorder(root);
		try {
			work.run();
		} catch (Exception | Error e) {
			recorder.endRecording().apply();
			recorder.dispose();
			throw e;
		}
		ChangeDescription change = recorder.endRecording();
		recorder.dispose();
		change.applyAndReverse();
		return new RecordedChange(label, change);
	}

	/** Whether the work changed anything at all. */
	public boolean isEmpty() {
		return change.getObjectChanges().isEmpty() && change.getObjectsToAttach().isEmpty()
				&& change.getObjectsToDetach().isEmpty() && change.getResourceChanges().isEmpty();
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		change.applyAndReverse();
	}

	@Override
	public void undo() {
		change.applyAndReverse();
	}

	@Override
	public void redo() {
		change.applyAndReverse();
	}
}
