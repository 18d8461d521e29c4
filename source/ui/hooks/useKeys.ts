// Keymap handlers of a component: `handlers[action]` runs for the keys KEYMAP binds to it in `scopes`, when the gate
// (key-router.ts) lets the key through. Handler names are checked against the keymap by tsc.
import { useContext, useEffectEvent, useLayoutEffect } from 'react';
import type { KeysTaker } from '../key-router.js';
import type { Handlers, Scope } from '../keymap.js';
import { KeyRouterContext, OverlayContext } from './keyboard-context.js';

export interface KeysOptions {
	isActive?: boolean;
	/** The App's own keys: used only when nothing inside the view took the key. */
	global?: boolean;
}

/**
 * @example
 * useKeys(['list', 'runs'], { refresh: () => void reload(), mark: () => toggleMark(id) }, { isActive: !filter.editing });
 * // useKeys(['runs'], { refersh: … }) does not compile: `refersh` is not an action of `runs`.
 */
export function useKeys<S extends Scope>(scopes: readonly S[], handlers: Handlers<S>, options: KeysOptions = {}): void {
	const router = useContext(KeyRouterContext);
	const inOverlay = useContext(OverlayContext);
	// Read at dispatch time (an effect event holds the last committed render's values; React sets it before layout
	// effects, so before the next key): re-registering on every render would reorder takers.
	const latest = useEffectEvent(() => ({ scopes, handlers, isActive: options.isActive ?? true }));
	const layer: KeysTaker['layer'] = options.global ? 'global' : inOverlay ? 'overlay' : 'view';
	useLayoutEffect(() => {
		if (!router) return;
		return router.add({
			kind: 'keys',
			layer,
			get scopes() {
				return latest().scopes;
			},
			isActive: () => latest().isActive,
			handler: (action) => (latest().handlers as Record<string, (() => void) | undefined>)[action],
		});
	}, [router, layer]);
}
