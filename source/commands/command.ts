// The shape every subcommand module exports.
export interface CommandIO {
	stdout: NodeJS.WritableStream & { isTTY?: boolean };
	stderr: NodeJS.WritableStream & { isTTY?: boolean };
	stdin: NodeJS.ReadableStream & { isTTY?: boolean };
	env: NodeJS.ProcessEnv;
}

export interface CommandModule {
	/** Runs the command with the arguments after its name; resolves to the process exit code. */
	run(argv: string[], io: CommandIO): Promise<number>;
}

/** Exit codes shared by all commands (documented in the README). */
export const EXIT = {
	ok: 0,
	error: 1,
	usage: 2,
	runFailed: 3,
	runCanceled: 4,
	belowThreshold: 5,
	regression: 6,
	notFound: 7,
	/** `history --fail-on-flaky`: a shown case is flaky. */
	flaky: 8,
	/** `cancel`: the run had already ended; nothing was sent. */
	alreadyFinished: 9,
	/** `watch` / `trigger --watch`: the same failure repeated; the run's outcome is unknown. */
	gaveUp: 10,
} as const;
