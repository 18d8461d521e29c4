// Key handlers registered with the App's one keyboard listener (see App: keys are queued and dispatched one at
// a time from a layout effect). Why not Ink's useInput everywhere: it (re)attaches its listener in a passive
// effect, and Ink schedules React's work without microtasks, so right after a state change (a text field
// opening, an overlay taking the keyboard) keys typed quickly — or sent by tmux — reached stale handlers or none.
// Here handlers attach in a layout effect and read `isActive` through a ref set at render; and because each key
// is dispatched from a layout effect, the renders it causes are flushed before the next key is dispatched.
import { useInput, type Key } from 'ink';
import { createContext, useContext, useLayoutEffect, useRef } from 'react';

export type RawKeyHandler = (input: string, key: Key) => void;

export class KeyRouter {
	private readonly handlers = new Set<RawKeyHandler>();

	add(handler: RawKeyHandler): () => void {
		this.handlers.add(handler);
		return () => this.handlers.delete(handler);
	}

	dispatch(input: string, key: Key): void {
		for (const handler of [...this.handlers]) handler(input, key);
	}
}

export const KeyRouterContext = createContext<KeyRouter | null>(null);

/** Receives every key while `isActive` (outside an App, falls back to Ink's useInput). */
export function useRawKeys(handler: RawKeyHandler, isActive = true): void {
	const router = useContext(KeyRouterContext);
	const latest = useRef({ handler, isActive });
	latest.current = { handler, isActive };
	useLayoutEffect(() => {
		if (!router) return;
		return router.add((input, key) => {
			if (latest.current.isActive) latest.current.handler(input, key);
		});
	}, [router]);
	useInput(handler, { isActive: !router && isActive });
}
