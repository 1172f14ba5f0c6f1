package org.fulcrum.ui.internal.session;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.fulcrum.assessment.scoring.EngagementResult;
import org.fulcrum.assessment.scoring.ScoringEngine;
import org.fulcrum.assessment.scoring.ScoringSettings;
import org.fulcrum.core.store.EngagementDocument;
import org.fulcrum.core.validation.EngagementValidation;
import org.fulcrum.core.validation.Problem;
import org.fulcrum.core.validation.Problems;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.model.Engagement;
import org.fulcrum.ui.EngagementSession;

/** An engagement document with the command stack every change goes through; dirty while the stack is past its save point. */
public final class Session implements EngagementSession {

	private final EngagementDocument document;
	private final ComposedAdapterFactory adapters = ItemProviders.newFactory();
	private final BasicCommandStack commands = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private final Listeners listeners = new Listeners();
	private final Derived<List<Problem>> findings;
	private final Derived<EngagementResult> results;
	private volatile boolean open = true;

	Session(EngagementDocument document) {
		this.document = document;
		ResourceSet resources = document.engagement().eResource() != null && document.engagement().eResource().getResourceSet() != null
				? document.engagement().eResource().getResourceSet()
				: new ResourceSetImpl();
		this.domain = new AdapterFactoryEditingDomain(adapters, commands, resources);
		commands.addCommandStackListener(event -> fire());
		findings = new Derived<>(this, "Validating", e -> Problems.of(EngagementValidation.validate(e)));
		results = new Derived<>(this, "Scoring", e -> new ScoringEngine(ScoringSettings.DEFAULT).score(e));
	}

	/** The validation problems of this engagement, kept up to date in the background. */
	public Derived<List<Problem>> findings() {
		return findings;
	}

	/** The engagement's published results (every figure through the confidentiality rule), kept up to date in the background. */
	public Derived<EngagementResult> results() {
		return results;
	}

	@Override
	public Path file() {
		return document.file();
	}

	@Override
	public Engagement engagement() {
		return document.engagement();
	}

	@Override
	public EditingDomain editingDomain() {
		return domain;
	}

	/** The item providers of this session's objects: labels, children and property descriptors. */
	public ComposedAdapterFactory adapterFactory() {
		return adapters;
	}

	@Override
	public boolean isDirty() {
		return commands.isSaveNeeded();
	}

	@Override
	public void save() throws StoreException {
		document.markDirty();
		document.save();
		commands.saveIsDone();
		fire();
	}

	/**
	 * Saves changes made outside the command stack that must not be undone (a report release
	 * recorded in the ledger); the undo history ends here. Only for a session that was saved before.
	 */
	public void saveOutsideCommands() throws StoreException {
		document.markDirty();
		document.save();
		commands.flush();
		fire();
	}

	@Override
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Tells the listeners that something changed outside the command stack, e.g. the file was saved elsewhere. */
	public void fire() {
		listeners.fire();
	}

	/** False once the session was closed (background work that finishes later must leave it alone). */
	public boolean isOpen() {
		return open;
	}

	void close() {
		open = false;
		document.close();
		commands.flush();
		adapters.dispose();
		listeners.clear();
	}
}
