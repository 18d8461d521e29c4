// The one gate between decoded input and handlers: who hears a key (focus, overlay, typing, read-only) is decided here
// and nowhere else. Plain TypeScript, so the rules are unit-tested without a terminal.
import type { Key } from 'ink';
import { bindingsFor, displayKey, findBinding, keyName, type Binding, type Scope } from './keymap.js';

/** One decoded key press, or one bracketed paste (always a single event, whatever it holds). */
export type InputEvent = { kind: 'key'; input: string; key: Key } | { kind: 'paste'; text: string };

/** A text field: takes typed text, its editing keys and pastes. Returns true when it used the key. */
export interface FieldTaker {
	kind: 'field';
	inOverlay: boolean;
	isActive(): boolean;
	onKey(input: string, key: Key, name: string): boolean;
	onPaste(text: string): void;
}

/** Keymap handlers of one component: the first binding of `scopes` that has a handler runs. */
export interface KeysTaker {
	kind: 'keys';
	layer: 'overlay' | 'view' | 'global';
	scopes: readonly Scope[];
	isActive(): boolean;
	handler(action: string): (() => void) | undefined;
}

export type Taker = FieldTaker | KeysTaker;

export interface GateOptions {
	readOnly: boolean;
	/** Says why a key did nothing: a mutating key in read-only mode, a paste with no text field to take it. */
	notify(message: string): void;
}

function rank(taker: Taker): number {
	if (taker.kind === 'field') return taker.inOverlay ? 0 : 2;
	return taker.layer === 'overlay' ? 1 : taker.layer === 'view' ? 3 : 4;
}

export class KeyRouter {
	private readonly takers: Taker[] = [];
	/** How many text fields or forms hold the keyboard (useTextCapture): the App's global keys are quiet meanwhile. */
	private textFields = 0;

	constructor(private readonly options: GateOptions) {}

	add(taker: Taker): () => void {
		this.takers.push(taker);
		return () => {
			const index = this.takers.indexOf(taker);
			if (index >= 0) this.takers.splice(index, 1);
		};
	}

	captureKeyboard(active: boolean): void {
		this.textFields = Math.max(0, this.textFields + (active ? 1 : -1));
	}

	get typing(): boolean {
		return this.textFields > 0;
	}

	/**
	 * THE GATE. A key goes to the innermost taker first and stops at the first one that uses it: the focused text
	 * field, the open overlay (dialog, help, command line), the view on top, then the App's global keys (quiet while
	 * a field or form holds the keyboard). While an overlay is open nothing outside it hears keys. A paste reaches
	 * text fields only, never a command. A mutating action is refused, with a notice, in read-only mode.
	 */
	dispatch(event: InputEvent): void {
		const active = this.takers.filter((t) => t.isActive());
		const overlayOpen = active.some((t) => t.kind === 'field' ? t.inOverlay : t.layer === 'overlay');
		const candidates = active
			.filter((t) => !overlayOpen || (t.kind === 'field' ? t.inOverlay : t.layer === 'overlay'))
			.filter((t) => !(t.kind === 'keys' && t.layer === 'global' && this.typing))
			.map((taker, order) => ({ taker, order }))
			.sort((a, b) => rank(a.taker) - rank(b.taker) || a.order - b.order)
			.map(({ taker }) => taker);
		if (event.kind === 'paste') {
			const field = candidates.find((t): t is FieldTaker => t.kind === 'field');
			if (field) field.onPaste(event.text);
			else this.options.notify('paste ignored: open a text field (/ filter, : command) to paste into');
			return;
		}
		const name = keyName(event.input, event.key);
		for (const taker of candidates) {
			if (taker.kind === 'field') {
				if (taker.onKey(event.input, event.key, name)) return;
				continue;
			}
			const binding = findBinding(taker.scopes, name, (b) => taker.handler(b.action) !== undefined);
			if (!binding) continue;
			this.run(binding, taker.handler(binding.action)!);
			return;
		}
	}

	private run(binding: Binding, handler: () => void): void {
		if (binding.mutates && this.options.readOnly) {
			this.options.notify(`read-only: ${displayKey(binding.keys[0])} (${binding.hint ?? binding.action}) is disabled`);
			return;
		}
		handler();
	}

	/** The scopes of the view's active keymap handlers, in the order the gate asks them: what `?` lists. */
	activeScopes(): Scope[] {
		const scopes: Scope[] = [];
		for (const taker of this.takers) {
			if (taker.kind !== 'keys' || taker.layer !== 'view' || !taker.isActive()) continue;
			for (const scope of taker.scopes) if (!scopes.includes(scope)) scopes.push(scope);
		}
		return scopes;
	}

	/** The (scope, action) pairs that active keymap handlers would run now: what `?` must list (tested). */
	handledActions(): Array<{ scope: Scope; action: string }> {
		const pairs: Array<{ scope: Scope; action: string }> = [];
		for (const taker of this.takers) {
			if (taker.kind !== 'keys' || !taker.isActive()) continue;
			for (const binding of bindingsFor(taker.scopes)) {
				if (taker.handler(binding.action)) pairs.push({ scope: binding.scope, action: binding.action });
			}
		}
		return pairs;
	}
}
