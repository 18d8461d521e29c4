// The App's one reader of input: Ink 8's parser splits every read into keys (CSI/SS3 sequences with modifiers, Alt as
// an ESC prefix, a lone Esc told apart by a short timeout) and usePaste turns on bracketed paste, so a paste is one
// event. Keys reach the router one at a time, each after the renders of the one before are committed.
import { useInput, usePaste, type Key } from 'ink';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { InputEvent, KeyRouter } from '../key-router.js';

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

/**
 * Ink passes a run of characters read at once (typed ahead, or tmux's `run 812⏎`) as one string; only Backspace and
 * Ctrl-C are split out of it. With bracketed paste on, such a run is never a paste, so every control character in it
 * is a key of its own here (Enter — also as a newline —, Tab, Ctrl-A … Ctrl-Z, as Ink reports them alone); the text between them is pressed
 * one character at a time unless a text field holds the keyboard (see `nextKeys`).
 */
export function typedKeys(input: string, key: Key): InputEvent[] {
	if ([...input].length < 2 || key.ctrl || key.meta) return [{ kind: 'key', input, key }];
	return (
		input
			// eslint-disable-next-line no-control-regex
			.split(/([\x00-\x1f])/)
		.filter((part) => part !== '')
		.map((part): InputEvent => {
			const code = part.charCodeAt(0);
			if (part.length > 1 || code >= 0x20) return { kind: 'key', input: part, key: plainKey(part) };
			if (part === '\r' || part === '\n') return { kind: 'key', input: '', key: { ...NO_KEY, return: true } };
			if (part === '\t') return { kind: 'key', input: '', key: { ...NO_KEY, tab: true } };
			// Ctrl-letter: 0x01 is Ctrl-A; 0x00 is Ctrl-Space; 0x1c–0x1f are Ctrl-\ ] ^ _.
			const name = code === 0 ? ' ' : code <= 0x1a ? String.fromCharCode(code + 0x60) : String.fromCharCode(code + 0x40);
			return { kind: 'key', input: name, key: { ...NO_KEY, ctrl: true } };
		})
	);
}

function plainKey(text: string): Key {
	return { ...NO_KEY, shift: /^\p{Lu}$/u.test(text) };
}

/**
 * The next key to dispatch from `event`, and what is left of it. A run of text goes whole to a text field (one
 * frame); otherwise its first character is pressed and the rest waits, decided again after that key's commit:
 * `/qx` opens the filter, then types `qx` into it.
 */
export function nextKeys(event: InputEvent, typing: boolean): [InputEvent, InputEvent | undefined] {
	if (event.kind === 'paste' || typing) return [event, undefined];
	const [first, ...rest] = event.input; // by code point
	if (rest.length === 0) return [event, undefined];
	const remainder = rest.join('');
	return [
		{ kind: 'key', input: first, key: plainKey(first) },
		{ kind: 'key', input: remainder, key: plainKey(remainder) },
	];
}

/**
 * Ctrl-C calls `onInterrupt` (always, even while a text field or dialog holds the keyboard); every other key and
 * paste goes to the router in order.
 *
 * Ink 8 delivers the keys of one read synchronously, one after another; a handler closing over the previous render's
 * state would lose moves (three Down arrows moving one row). So a key arriving while none is in flight is dispatched
 * at once together with a commit-marker update that joins the batch of updates the key causes; keys arriving before
 * that commit wait in the queue, and the marker's layout effect dispatches the next one. Updates made in a layout
 * effect render synchronously, so no frame is spent on queueing.
 */
export function useKeyboard(router: KeyRouter, onInterrupt: () => void): void {
	const queue = useRef<InputEvent[]>([]);
	const inFlight = useRef(false);
	const [commitMarker, setCommitMarker] = useState(0);

	const dispatchNext = useCallback((): boolean => {
		const event = queue.current.shift();
		if (!event) return false;
		const [next, rest] = nextKeys(event, router.typing);
		if (rest) queue.current.unshift(rest);
		router.dispatch(next);
		return true;
	}, [router]);

	const enqueue = useCallback(
		(events: InputEvent[]) => {
			queue.current.push(...events);
			if (inFlight.current) return;
			dispatchNext();
			inFlight.current = true;
			setCommitMarker((n) => n + 1);
		},
		[dispatchNext],
	);

	// Ink's useInput calls the handler of the last commit (an effect event), so this closure sees the latest onInterrupt.
	useInput((input, key) => {
		if (key.ctrl && input === 'c') return onInterrupt();
		enqueue(typedKeys(input, key));
	});
	usePaste((text) => enqueue([{ kind: 'paste', text }]));

	useLayoutEffect(() => {
		inFlight.current = false;
		// More keys: come back after the commit of this one's (synchronous) renders.
		if (dispatchNext() && queue.current.length > 0) setCommitMarker((n) => n + 1);
	}, [commitMarker, dispatchNext]);
}
