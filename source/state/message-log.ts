// The session's messages — errors, warnings, notifications — each with its time and the action that caused it,
// bounded to the last MESSAGE_LOG_LIMIT, newest first. Pure; the app keeps one and the `!` view reads it.

export type MessageLevel = 'error' | 'warning' | 'info';

export interface LoggedMessage {
	/** Increasing per session: a stable key. */
	seq: number;
	/** Epoch milliseconds. */
	at: number;
	level: MessageLevel;
	/** The whole text (raw: sanitize when drawing). */
	text: string;
	/** What the user was doing: `trigger translate`, `run 812`, `:compare 3 4`. */
	action: string;
}

export const MESSAGE_LOG_LIMIT = 500;

/** `entries` newest first; returns a new array with `message` in front, at most `limit` long. */
export function prependMessage(entries: readonly LoggedMessage[], message: LoggedMessage, limit = MESSAGE_LOG_LIMIT): LoggedMessage[] {
	return [message, ...entries.slice(0, Math.max(0, limit - 1))];
}

/** `12:04:05` in local time. */
export function clockOf(at: number): string {
	return new Date(at).toTimeString().slice(0, 8);
}
