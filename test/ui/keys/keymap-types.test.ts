// Handlers are typed by KEYMAP: naming an action a scope does not have fails `tsc` (npm test runs tsc over test/),
// which the `@ts-expect-error` lines below prove — if one of them compiled, tsc would report the unused directive.
import { describe, expect, test } from 'vitest';
import { useKeys } from '../../../source/ui/hooks/useKeys.js';
import { hintLine, KEYMAP, type Handlers } from '../../../source/ui/keymap.js';

/** Never rendered: only compiled. */
export function MisspelledHandlers() {
	// @ts-expect-error — `refersh` is not an action of the list scope
	useKeys(['list'], { refersh: () => undefined });
	// @ts-expect-error — `cancel` is an action of `runs`, not of `cases`
	useKeys(['cases'], { cancel: () => undefined });
	useKeys(['runs', 'list'], { cancel: () => undefined, refresh: () => undefined });
	return null;
}

describe('the typed keymap', () => {
	test('a handler map only takes the actions of its scopes', () => {
		const handlers: Handlers<'confirm'> = { yes: () => undefined, no: () => undefined };
		// @ts-expect-error — `maybe` is not an action of the confirm scope
		const wrong: Handlers<'confirm'> = { maybe: () => undefined };
		expect(Object.keys(handlers)).toEqual(['yes', 'no']);
		expect(wrong).toBeDefined();
		// @ts-expect-error — footers name actions too
		expect(() => hintLine('editor', ['sav'])).toThrow();
	});

	test('no key is bound twice within a scope, and every binding has a key', () => {
		for (const binding of KEYMAP) expect(binding.keys.length, `${binding.scope}:${binding.action}`).toBeGreaterThan(0);
		const seen = new Map<string, string>();
		for (const binding of KEYMAP) {
			for (const key of binding.keys) {
				const id = `${binding.scope} ${key}`;
				expect(seen.get(id), `${id} bound to ${seen.get(id)} and ${binding.action}`).toBeUndefined();
				seen.set(id, binding.action);
			}
		}
	});
});
