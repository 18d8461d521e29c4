// The editor's state in a small store that key handlers read synchronously (`session.state`): keys can outrun
// renders, and a handler must act on what the previous key left, not on the last rendered state.
import { useState } from 'react';
import { useFrameCappedStore, type SnapshotStore } from '../../hooks/useFrameCappedStore.js';

export class EditorSession<S> implements SnapshotStore<S> {
	private listeners = new Set<() => void>();
	constructor(public state: S) {}
	update = (change: (state: S) => S) => {
		this.state = change(this.state);
		for (const listener of this.listeners) listener();
	};
	getSnapshot = () => this.state;
	subscribe = (listener: () => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};
}

/** One session per mounted editor (it lives as long as the view, hidden or not: the App hides views, e.g. for $EDITOR). */
export function useEditorSession<S>(initial: S): EditorSession<S> {
	return useState(() => new EditorSession(initial))[0];
}

/** Every change is drawn at once (no cap): each key an editor handles costs exactly its own frame. */
export function useSessionState<S>(session: EditorSession<S>): S {
	return useFrameCappedStore(session, Infinity);
}
