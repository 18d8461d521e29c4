// The editor's state lives outside React, keyed by route: the App unmounts every view while it is suspended for
// $EDITOR, and the form the user typed must be there when the view mounts again (and when a save answers late).
import { useCallback, useSyncExternalStore } from 'react';

export class EditorSession<S> {
	private listeners = new Set<() => void>();
	/** True while the app is suspended for $EDITOR: an unmount then is not the user leaving. */
	suspending = false;
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

const sessions = new Map<string, EditorSession<unknown>>();

export function getSession<S>(key: string, initial: () => S): EditorSession<S> {
	let session = sessions.get(key) as EditorSession<S> | undefined;
	if (!session) {
		session = new EditorSession(initial());
		sessions.set(key, session as EditorSession<unknown>);
	}
	return session;
}

/** Forgets a session (the user left the editor), unless the unmount is the app suspending for $EDITOR. */
export function releaseSession(key: string, options: { force?: boolean } = {}): void {
	const session = sessions.get(key);
	if (session && (options.force || !session.suspending)) sessions.delete(key);
}

export function useSessionState<S>(session: EditorSession<S>): S {
	const getSnapshot = useCallback(() => session.state, [session]);
	return useSyncExternalStore(session.subscribe, getSnapshot, getSnapshot);
}
