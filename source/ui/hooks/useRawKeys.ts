// One keyboard listener for the whole app, dispatching to the handlers registered below it, one key at a time.
// Why: Ink's useInput (re)attaches its listener in a passive effect, and Ink's renderer schedules React's work
// with setImmediate (no microtasks), so right after a state change (a text field opening, an overlay taking the
// keyboard) keys typed quickly — or pasted, or sent by tmux — reached stale handlers or none at all.
// Here handlers are attached in a layout effect (during commit) and read `isActive` through a ref set at
// render, and each key is dispatched only after the render the previous key caused (queued behind it).
import { useInput, type Key } from 'ink';
import { createContext, useContext, useLayoutEffect, useRef } from 'react';

export type RawKeyHandler = (input: string, key: Key) => void;

export class KeyRouter {
	private readonly handlers = new Set<RawKeyHandler>();
	private readonly queue: Array<[string, Key]> = [];
	private draining = false;

	add(handler: RawKeyHandler): () => void {
		this.handlers.add(handler);
		return () => this.handlers.delete(handler);
	}

	/** Dispatches now if idle; otherwise after the renders already scheduled (setImmediate is FIFO). */
	enqueue(input: string, key: Key): void {
		this.queue.push([input, key]);
		if (!this.draining) this.drain();
	}

	private readonly drain = (): void => {
		const next = this.queue.shift();
		if (!next) {
			this.draining = false;
			return;
		}
		this.draining = true;
		for (const handler of [...this.handlers]) handler(...next);
		setImmediate(this.drain);
	};
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
