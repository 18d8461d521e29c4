// One table drives both the key handlers (useKeys) and the `?` help overlay, so the two cannot drift apart.
// Each view adds its rows under its own scope. Key names: single characters are case-sensitive ('G' ≠ 'g');
// named keys are up down left right pgup pgdn home end enter esc tab shift-tab backspace delete space, and ctrl-<x>.
import type { Key } from 'ink';

export type Scope = 'global' | 'list' | 'projects' | 'benches' | 'runs' | 'feed' | 'compare' | 'compare-case' | 'cases' | 'editor';

export interface Binding {
	action: string;
	keys: readonly string[];
	scope: Scope;
	description: string;
	/** Mutating actions are disabled (and marked so in help) with --read-only. */
	mutates?: boolean;
}

export const KEYMAP: readonly Binding[] = [
	// global — handled by App
	{ scope: 'global', action: 'help', keys: ['?'], description: 'toggle this help' },
	{ scope: 'global', action: 'command', keys: [':'], description: 'command line (:project 2, :run 812, :bench 7, :compare 810 812, :q)' },
	{ scope: 'global', action: 'back', keys: ['esc'], description: 'back' },
	{ scope: 'global', action: 'quit', keys: ['q', 'ctrl-c'], description: 'quit' },
	// list — shared by every list view (useListNavigation)
	{ scope: 'list', action: 'down', keys: ['j', 'down'], description: 'next row' },
	{ scope: 'list', action: 'up', keys: ['k', 'up'], description: 'previous row' },
	{ scope: 'list', action: 'top', keys: ['g', 'home'], description: 'first row' },
	{ scope: 'list', action: 'bottom', keys: ['G', 'end'], description: 'last row' },
	{ scope: 'list', action: 'page-down', keys: ['pgdn', 'ctrl-d'], description: 'page down' },
	{ scope: 'list', action: 'page-up', keys: ['pgup', 'ctrl-u'], description: 'page up' },
	{ scope: 'list', action: 'filter', keys: ['/'], description: 'filter rows' },
	{ scope: 'list', action: 'refresh', keys: ['r'], description: 'refresh' },
	{ scope: 'list', action: 'copy', keys: ['y'], description: 'copy the selected id (OSC 52)' },
	// views add their rows below, one block per scope
];

/** Ink's (input, key) → the key name used in KEYMAP. */
export function keyName(input: string, key: Key): string {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pgup';
	if (key.pageDown) return 'pgdn';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'enter';
	if (key.escape) return 'esc';
	if (key.tab) return key.shift ? 'shift-tab' : 'tab';
	if (key.backspace) return 'backspace';
	if (key.delete) return 'delete';
	if (key.ctrl && input) return `ctrl-${input.toLowerCase()}`;
	if (input === ' ') return 'space';
	return input;
}

export function bindingsFor(scopes: readonly Scope[]): Binding[] {
	return KEYMAP.filter((binding) => scopes.includes(binding.scope));
}

/** The binding a key name triggers within the given scopes (first match wins, in the order of `scopes`). */
export function findBinding(scopes: readonly Scope[], name: string): Binding | undefined {
	for (const scope of scopes) {
		const binding = KEYMAP.find((b) => b.scope === scope && b.keys.includes(name));
		if (binding) return binding;
	}
	return undefined;
}
