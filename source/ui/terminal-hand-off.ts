// Handing the terminal to a child process ($VISUAL/$EDITOR, $PAGER) the way `git commit` does: while it runs this
// process does not read the terminal at all, so every key typed goes to the child and none is replayed as a command.
// App.suspend wraps Ink's suspendTerminal (frame erased, raw mode and bracketed paste off) with stopReading/drainInput.
import { spawn } from 'node:child_process';

interface TtyHandle {
	reading?: boolean;
	readStart?: () => number;
	readStop?: () => number;
}

/**
 * Stops reading stdin at the source and returns the function that starts it again. Removing the listener and pausing
 * the stream is not enough: Node's TTY stream keeps its read armed, and the next bytes typed are raced between this
 * process and the child (measured: vi lost its first keys). So the handle's read is stopped too, and restarted after.
 */
export function stopReading(stdin: NodeJS.ReadableStream): () => void {
	stdin.pause();
	const handle = (stdin as unknown as { _handle?: TtyHandle })._handle;
	if (!handle?.reading || !handle.readStop || !handle.readStart) return () => undefined;
	handle.reading = false;
	handle.readStop();
	return () => {
		// The stream still counts its read as pending (it was never answered), so it will not start one itself.
		handle.reading = true;
		handle.readStart?.();
	};
}

/** Discards input this process had already read but not handled, so none of it runs as a key afterwards. */
export function drainInput(stdin: NodeJS.ReadableStream): void {
	while (stdin.read() !== null);
}

export interface RunOnTerminalOptions {
	env?: NodeJS.ProcessEnv;
	/** Text for the child's stdin (a pager); without it the child reads the terminal (an editor). */
	input?: string;
}

/**
 * Runs a shell command line (`$EDITOR`, `less -R`, may carry arguments) with `args` as positional parameters (never
 * interpolated), on the real terminal; resolves with its exit code (null when killed by a signal). Call it inside
 * `app.suspend`, e.g. a pager: `app.suspend(() => runOnTerminal(process.env.PAGER || 'less', [], { input: text }))`.
 */
export function runOnTerminal(command: string, args: readonly string[], options: RunOnTerminalOptions = {}): Promise<number | null> {
	return new Promise((resolve, reject) => {
		const child = spawn('sh', ['-c', `${command} "$@"`, 'bench-tui', ...args], {
			stdio: [options.input === undefined ? 'inherit' : 'pipe', 'inherit', 'inherit'],
			env: options.env ?? process.env,
		});
		child.once('error', reject);
		child.once('exit', (code, signal) => resolve(signal ? null : code));
		if (options.input !== undefined) {
			child.stdin?.on('error', () => undefined); // a pager quit before reading everything
			child.stdin?.end(options.input);
		}
	});
}
