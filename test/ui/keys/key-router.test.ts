// The gate's rules, on the real KeyRouter and KEYMAP: innermost taker first, overlays exclusive, pastes to text
// fields only, global keys quiet while typing, mutating actions refused in read-only mode.
import type { Key } from 'ink';
import { describe, expect, test } from 'vitest';
import { KeyRouter, type FieldTaker, type InputEvent, type KeysTaker } from '../../../source/ui/key-router.js';
import type { Scope } from '../../../source/ui/keymap.js';

const none: Key = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false };
const press = (input: string, key: Partial<Key> = {}): InputEvent => ({ kind: 'key', input, key: { ...none, ...key } });
const esc = press('', { escape: true });

function setup(readOnly = false) {
	const log: string[] = [];
	const router = new KeyRouter({ readOnly, notify: (message) => log.push(`notice: ${message}`) });
	const keys = (layer: KeysTaker['layer'], scopes: Scope[], actions: string[], active = () => true) =>
		router.add({ kind: 'keys', layer, scopes, isActive: active, handler: (action) => (actions.includes(action) ? () => log.push(`${layer}:${action}`) : undefined) });
	const field = (inOverlay = false, uses = (name: string) => name.length === 1 || name === 'esc') => {
		const taker: FieldTaker = {
			kind: 'field',
			inOverlay,
			isActive: () => true,
			onKey: (input, _key, name) => (uses(name) ? log.push(`field:${name}`) > 0 : false),
			onPaste: (text) => log.push(`field paste:${text}`),
		};
		return router.add(taker);
	};
	return { router, log, keys, field };
}

describe('the key gate', () => {
	test('a focused text field hears keys first; a key it does not use falls through to the view', () => {
		const { router, log, keys, field } = setup();
		keys('global', ['global'], ['quit', 'back']);
		keys('view', ['editor'], ['next-field', 'back']);
		field();
		router.captureKeyboard(true);
		router.dispatch(press('q'));
		router.dispatch(press('', { tab: true }));
		router.dispatch(esc);
		expect(log).toEqual(['field:q', 'view:next-field', 'field:esc']);
	});

	test('Esc: the first taker with a handler for it wins, so an applied filter is cleared before going back', () => {
		const { router, log, keys } = setup();
		keys('global', ['global'], ['back']);
		const withFilter = keys('view', ['list'], ['clear-filter', 'down']);
		router.dispatch(esc);
		withFilter();
		keys('view', ['list'], ['down']);
		router.dispatch(esc);
		expect(log).toEqual(['view:clear-filter', 'global:back']);
	});

	test('while an overlay is open nothing outside it hears keys', () => {
		const { router, log, keys, field } = setup();
		keys('global', ['global'], ['quit']);
		keys('view', ['list'], ['down']);
		field(false);
		const close = keys('overlay', ['confirm'], ['no']);
		router.dispatch(press('j'));
		router.dispatch(press('n'));
		expect(log).toEqual(['overlay:no']);
		close();
		router.dispatch(press('j'));
		expect(log).toEqual(['overlay:no', 'field:j']);
	});

	test('a paste reaches the text field whole, and nothing else; with no field it is refused with a notice', () => {
		const { router, log, keys, field } = setup();
		keys('global', ['global'], ['quit']);
		keys('view', ['list'], ['down']);
		router.dispatch({ kind: 'paste', text: 'jjjq' });
		expect(log).toEqual(['notice: paste ignored: open a text field (/ filter, : command) to paste into']);
		field();
		router.dispatch({ kind: 'paste', text: 'jjjq' });
		expect(log.at(-1)).toBe('field paste:jjjq');
	});

	test('global keys are quiet while a text field or form holds the keyboard', () => {
		const { router, log, keys } = setup();
		keys('global', ['global'], ['quit']);
		router.captureKeyboard(true);
		router.dispatch(press('q'));
		router.captureKeyboard(false);
		router.dispatch(press('q'));
		expect(log).toEqual(['global:quit']);
	});

	test('inactive takers are skipped; a mutating action is refused in read-only mode, with a notice', () => {
		const { router, log, keys } = setup(true);
		keys('view', ['runs'], ['cancel', 'mark'], () => false);
		keys('view', ['runs'], ['cancel', 'mark']);
		router.dispatch(press('c'));
		router.dispatch(press('m'));
		expect(log).toEqual(['notice: read-only: c (cancel) is disabled', 'view:mark']);
	});

	test('a newline is Enter', () => {
		const { router, log, keys } = setup();
		keys('view', ['list'], ['open']);
		router.dispatch(press('\n'));
		expect(log).toEqual(['view:open']);
	});

	test('Alt and Ctrl keys are their own names: Alt-e never runs e', () => {
		const { router, log, keys } = setup();
		keys('view', ['editor'], ['external-field-nav', 'save']);
		router.dispatch(press('e', { meta: true }));
		router.dispatch(press('s', { ctrl: true }));
		expect(log).toEqual(['view:save']);
	});
});
