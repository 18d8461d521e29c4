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

const NO_KEY: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
};

/**
 * Ink hands over whatever one read returned; typed-ahead or pasted input (or tmux send-keys) can arrive as one
 * chunk like `run 812\r`. Splits such a chunk into its text and its Enter / Tab / Backspace keys, in order.
 */
export function splitChunk(input: string, key: Key): Array<[string, Key]> {
	if (input.length < 2 || key.ctrl || key.meta || !/[\r\t\x7f]/.test(input)) return [[input, key]];
	const keys: Array<[string, Key]> = [];
	for (const part of input.split(/([\r\t\x7f])/)) {
		if (part === '\r') keys.push(['', { ...NO_KEY, return: true }]);
		else if (part === '\t') keys.push(['', { ...NO_KEY, tab: true }]);
		else if (part === '\x7f') keys.push(['', { ...NO_KEY, delete: true }]);
		else if (part) keys.push([part, NO_KEY]);
	}
	return keys;
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
