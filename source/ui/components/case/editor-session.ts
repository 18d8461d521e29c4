// The editor's state in a small store that key handlers read synchronously (`session.state`): keys can outrun
// renders, and a handler must act on what the previous key left, not on the last rendered state.
import { useCallback, useState, useSyncExternalStore } from 'react';

export class EditorSession<S> {
	private listeners = new Set<() => void>();
	constructor(public state: S) {}
	update = (change: (state: S) => S) => {
		this.state = change(this.state);
		for (const listener of this.listeners) listener();
	};
	subscribe = (listener: () => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};
}

/** One session per mounted editor (it lives as long as the view, hidden or not: the App hides views, e.g. for $EDITOR). */
export function useEditorSession<S>(initial: S): EditorSession<S> {
	return useState(() => new EditorSession(initial))[0];
}

export function useSessionState<S>(session: EditorSession<S>): S {
	const getSnapshot = useCallback(() => session.state, [session]);
	return useSyncExternalStore(session.subscribe, getSnapshot, getSnapshot);
}
