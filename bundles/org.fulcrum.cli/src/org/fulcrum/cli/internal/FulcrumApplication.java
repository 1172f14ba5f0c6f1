package org.fulcrum.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application that {@code ./fulcrum} starts; its exit code is the command's. */
public final class FulcrumApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		int exitCode;
		try {
			exitCode = new Cli(Console.system()).run(arguments == null ? new String[0] : arguments);
		} catch (Throwable e) {
			// Cli turns everything into an exit code; this is the last line should even that fail (e.g. no memory to print).
			exitCode = ExitCode.INTERNAL;
		}
		// The launcher hands this property to the OS as the process exit code.
		System.setProperty("eclipse.exitcode", Integer.toString(exitCode));
		return Integer.valueOf(exitCode);
	}

	@Override
	public void stop() {
		// Commands run to completion; there is nothing to interrupt.
	}
}
