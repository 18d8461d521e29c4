// A text field's hold on the keyboard: while active it sees keys before anything else (it returns whether it used
// one, so Tab or Ctrl-S fall through to the form) and it is the only place a paste can go.
import type { Key } from 'ink';
import { useContext, useEffectEvent, useLayoutEffect } from 'react';
import { KeyRouterContext, OverlayContext } from './keyboard-context.js';

export interface TextKeyHandlers {
	/** `name` is the KEYMAP key name (`ctrl-w`, `alt-b`, `left`, or the typed character). True when used. */
	onKey(input: string, key: Key, name: string): boolean;
	/** A bracketed paste, whole. */
	onPaste(text: string): void;
}

export function useTextKeys(handlers: TextKeyHandlers, isActive: boolean): void {
	const router = useContext(KeyRouterContext);
	const inOverlay = useContext(OverlayContext);
	// The last committed render's handlers, read when a key arrives (set by React before layout effects).
	const latest = useEffectEvent(() => ({ handlers, isActive }));
	useLayoutEffect(() => {
		if (!router) return;
		return router.add({
			kind: 'field',
			inOverlay,
			isActive: () => latest().isActive,
			onKey: (input, key, name) => latest().handlers.onKey(input, key, name),
			onPaste: (text) => latest().handlers.onPaste(text),
		});
	}, [router, inOverlay]);
}
