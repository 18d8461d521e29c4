// The app's one message log (see state/message-log.ts) as a small store views subscribe to: appending a message
// re-renders only the views that read the log, not every consumer of the app's services.
import { createContext, useContext, useSyncExternalStore } from 'react';
import { prependMessage, type LoggedMessage, type MessageLevel } from '../state/message-log.js';

export class MessageLogStore {
	#entries: readonly LoggedMessage[] = [];
	#seq = 0;
	readonly #listeners = new Set<() => void>();

	constructor(private readonly now: () => number = Date.now) {}

	add(level: MessageLevel, text: string, action: string): void {
		this.#entries = prependMessage(this.#entries, { seq: ++this.#seq, at: this.now(), level, text, action });
		for (const listener of [...this.#listeners]) listener();
	}

	/** Newest first. The same array until the next `add`. */
	entries = (): readonly LoggedMessage[] => this.#entries;

	subscribe = (listener: () => void): (() => void) => {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	};
}

export const MessageLogContext = createContext<MessageLogStore | null>(null);

/** The session's messages, newest first; re-renders when one is added. */
export function useMessageLog(): readonly LoggedMessage[] {
	const store = useContext(MessageLogContext);
	if (!store) throw new Error('useMessageLog outside <MessageLogContext.Provider>');
	return useSyncExternalStore(store.subscribe, store.entries);
}
