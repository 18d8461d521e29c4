// The `?` overlay, generated from KEYMAP: the global keys, the current view's scopes (in the order they win), then the
// keys of text fields, the yes/no question and this overlay. A key a higher scope takes is not listed again lower down.
// Mutating keys are marked `!`; in read-only mode they are listed as disabled.
import { Box } from 'ink';
import { Text } from './Text.js';
import { useState } from 'react';
import { bindingsFor, displayKey, hintLine, SHARED_SCOPES, type Scope } from '../keymap.js';
import { useKeys } from '../hooks/useKeys.js';
import { pad } from '../../look/text.js';

export interface HelpLine {
	scope?: Scope;
	keys?: string;
	description?: string;
	mutates?: boolean;
}

/** The mark beside a key that changes data, in help and in the README's table. */
export const MUTATING_MARK = '!';

export function helpLines(scopes: readonly Scope[], readOnly: boolean): HelpLine[] {
	const lines: HelpLine[] = [];
	const viewScopes = scopes.filter((s) => s !== 'global' && !SHARED_SCOPES.includes(s));
	// Keys are taken innermost first: the view's own scopes (in order) before the App's global keys.
	const taken = new Set<string>();
	const sections: Array<{ scope: Scope; keys: string[][] }> = [];
	for (const scope of viewScopes) {
		sections.push({ scope, keys: bindingsFor([scope]).map((b) => b.keys.filter((k) => !taken.has(k))) });
		for (const binding of bindingsFor([scope])) for (const key of binding.keys) taken.add(key);
	}
	const global = { scope: 'global' as Scope, keys: bindingsFor(['global']).map((b) => b.keys.filter((k) => !taken.has(k) || k === 'esc')) };
	for (const { scope, keys } of [global, ...sections, ...SHARED_SCOPES.map((s) => ({ scope: s, keys: bindingsFor([s]).map((b) => [...b.keys]) }))]) {
		const bindings = bindingsFor([scope]);
		const shown = bindings.map((binding, i) => ({ binding, keys: keys[i] })).filter(({ keys }) => keys.length > 0);
		if (!shown.length) continue;
		lines.push({ scope });
		for (const { binding, keys } of shown) {
			const disabled = readOnly && binding.mutates;
			lines.push({
				keys: keys.map(displayKey).join(' '),
				description: binding.description + (disabled ? '  (disabled: read-only)' : ''),
				mutates: binding.mutates,
			});
		}
	}
	return lines;
}

export function HelpOverlay({ scopes, readOnly, height, onClose }: { scopes: readonly Scope[]; readOnly: boolean; height: number; onClose: () => void }) {
	const lines = helpLines(scopes, readOnly);
	const [offset, setOffset] = useState(0);
	const bodyHeight = Math.max(1, height - 1);
	const maxOffset = Math.max(0, lines.length - bodyHeight);
	useKeys(['help'], {
		close: onClose,
		down: () => setOffset((o) => Math.min(maxOffset, o + 1)),
		up: () => setOffset((o) => Math.max(0, o - 1)),
		'page-down': () => setOffset((o) => Math.min(maxOffset, o + bodyHeight)),
		'page-up': () => setOffset((o) => Math.max(0, o - bodyHeight)),
	});
	return (
		<Box flexDirection="column" height={height} overflow="hidden">
			<Text bold wrap="truncate">
				{'Keys  '}
				<Text dimColor>{`(${MUTATING_MARK} changes data${readOnly ? ', disabled in read-only' : ''} · ${hintLine('help', ['down', 'close'], { allKeys: true })})`}</Text>
			</Text>
			{lines.slice(offset, offset + bodyHeight).map((line, i) =>
				line.scope ? (
					<Text key={i} bold color="cyan">
						{line.scope}
					</Text>
				) : (
					<Text key={i} wrap="truncate" dimColor={readOnly && line.mutates}>
						{`  ${line.mutates ? MUTATING_MARK : ' '} ${pad(line.keys ?? '', 16)} ${line.description}`}
					</Text>
				),
			)}
		</Box>
	);
}
