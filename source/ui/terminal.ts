// Alternate screen and cursor, restored exactly once however the app ends (quit, Ctrl-C, SIGTERM, crash).

const ENTER_ALT_SCREEN = '\x1b[?1049h';
const LEAVE_ALT_SCREEN = '\x1b[?1049l';
const HIDE_CURSOR = '\x1b[?25l';
const SHOW_CURSOR = '\x1b[?25h';
// Ink turns bracketed paste on and off itself (usePaste); off again here in case the app ends without unmounting.
const BRACKETED_PASTE_OFF = '\x1b[?2004l';

export interface TerminalSession {
	/** Leaves the alternate screen and shows the cursor; idempotent. */
	restore(): void;
	/** Re-enters after a suspend (e.g. $EDITOR). */
	reenter(): void;
}

export function enterTerminal(stream: NodeJS.WritableStream, { altScreen }: { altScreen: boolean }): TerminalSession {
	let active = false;
	const enter = () => {
		if (active) return;
		active = true;
		stream.write((altScreen ? ENTER_ALT_SCREEN : '') + HIDE_CURSOR);
	};
	const restore = () => {
		if (!active) return;
		active = false;
		stream.write(BRACKETED_PASTE_OFF + SHOW_CURSOR + (altScreen ? LEAVE_ALT_SCREEN : ''));
	};
	enter();
	// A last resort: whatever ends the process, the terminal is given back.
	process.once('exit', restore);
	return { restore, reenter: enter };
}
