// Key handlers registered with the App's one keyboard listener (useKeyboard below). Why not Ink's useInput
// everywhere: it (re)attaches its listener in a passive effect, and Ink schedules React's work without microtasks,
// so right after a state change (a text field opening, an overlay taking the keyboard) keys typed quickly — or sent
// by tmux — reached stale handlers or none. Here handlers attach in a layout effect and read `isActive` through a ref
// set at render, and useKeyboard hands out the next key only once the renders of the previous one are committed.
import { useInput, type Key } from 'ink';
import { createContext, useCallback, useContext, useLayoutEffect, useRef, useState } from 'react';

export type RawKeyHandler = (input: string, key: Key) => void;

export class KeyRouter {
	private readonly handlers = new Set<RawKeyHandler>();
	/** How many text fields hold the keyboard (useTextCapture). Not React state: nothing on screen changes with it. */
	private textFields = 0;

	add(handler: RawKeyHandler): () => void {
		this.handlers.add(handler);
		return () => this.handlers.delete(handler);
	}

	dispatch(input: string, key: Key): void {
		for (const handler of [...this.handlers]) handler(input, key);
	}

	captureKeyboard(active: boolean): void {
		this.textFields = Math.max(0, this.textFields + (active ? 1 : -1));
	}

	/** True while a text field holds the keyboard: typed text is its input, not key presses. */
	get typing(): boolean {
		return this.textFields > 0;
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
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

/** A key with no modifier, as Ink reports a single typed character. */
function plainKey(input: string): Key {
	return { ...NO_KEY, shift: /^[A-Z]$/.test(input) };
}

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

/** More than one printable character with no modifier: typed ahead (`jj`) or pasted. */
function isTypedText(input: string, key: Key): boolean {
	// eslint-disable-next-line no-control-regex
	return input.length > 1 && !key.ctrl && !key.meta && !/[\x00-\x1f\x7f]/.test(input);
}

/**
 * The App's one Ink listener. Ctrl-C calls `onInterrupt` (always, even while a text field or dialog owns the
 * keyboard); every other key goes to the router, one at a time, so each key sees the handlers and state its
 * predecessor's renders left behind. A chunk of text is a paste while a text field holds the keyboard, and
 * otherwise keys typed ahead: those are pressed one by one, and whether the rest is still keys is decided again
 * after each one (`/qx` opens the filter, then types `qx` into it).
 *
 * Nothing is put in React state just to queue a key (that cost two frames per key: one to enqueue, one to
 * dequeue). A key arriving while no key is in flight is dispatched at once, together with a commit-marker update
 * that joins the batch of updates the key causes: they commit together, in one frame. Keys arriving before that
 * commit wait in the queue; the marker's layout effect dispatches the next one, and updates made in a layout
 * effect are rendered synchronously, before Ink reads any further input.
 */
export function useKeyboard(router: KeyRouter, onInterrupt: () => void): void {
	const queue = useRef<Array<[string, Key]>>([]);
	const inFlight = useRef(false);
	const [commitMarker, setCommitMarker] = useState(0);
	const interrupt = useRef(onInterrupt);
	interrupt.current = onInterrupt;

	const dispatchNext = useCallback((): boolean => {
		const next = queue.current.shift();
		if (!next) return false;
		const [input, key] = next;
		if (router.typing || !isTypedText(input, key)) {
			router.dispatch(input, key);
			return true;
		}
		const [first, ...rest] = input; // by code point
		const remainder = rest.join('');
		queue.current.unshift([remainder, plainKey(remainder)]);
		router.dispatch(first, plainKey(first));
		return true;
	}, [router]);

	// Stable, so Ink does not re-attach its listener after every render.
	const onInput = useCallback(
		(input: string, key: Key) => {
			if (key.ctrl && input === 'c') return interrupt.current();
			queue.current.push(...splitChunk(input, key));
			if (inFlight.current) return;
			dispatchNext();
			inFlight.current = true;
			setCommitMarker((n) => n + 1);
		},
		[dispatchNext],
	);
	useInput(onInput);

	useLayoutEffect(() => {
		inFlight.current = false;
		// More keys: come back after the commit of this one's (synchronous) renders.
		if (dispatchNext() && queue.current.length > 0) setCommitMarker((n) => n + 1);
	}, [commitMarker, dispatchNext]);
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
