// Routes key presses to handlers through the KEYMAP, so every handled key is listed in the help overlay.
import { useApp } from '../context.js';
import { findBinding, keyName, type Scope } from '../keymap.js';
import { useRawKeys } from './useRawKeys.js';

export type KeyHandlers = Partial<Record<string, () => void>>;

/**
 * Calls `handlers[action]` for keys bound in `scopes`. Quiet while an overlay owns the keyboard or when
 * `isActive` is false. Mutating actions are refused with a notice in --read-only mode.
 */
export function useKeys(scopes: readonly Scope[], handlers: KeyHandlers, options: { isActive?: boolean } = {}): void {
	const app = useApp();
	useRawKeys(
		(input, key) => {
			const binding = findBinding(scopes, keyName(input, key));
			const handler = binding && handlers[binding.action];
			if (!binding || !handler) return;
			if (binding.mutates && app.readOnly) {
				app.notify(`read-only: ${binding.description} is disabled`);
				return;
			}
			handler();
		},
		(options.isActive ?? true) && !app.overlayOpen,
	);
}
