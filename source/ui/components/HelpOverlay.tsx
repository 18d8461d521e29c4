// The `?` overlay, generated from KEYMAP: the global keys, the scopes of the keys the view handles right now (in the
// order the gate asks them), then text fields, the yes/no question and this overlay. A key an earlier scope takes is
// not listed again under a later one (Esc excepted: it is layered, each scope's Esc acts in turn).
// Mutating keys are marked `!`; in read-only mode they are listed as disabled.
import { Box } from 'ink';
import { Text } from './Text.js';
import { useState } from 'react';
import { bindingsFor, displayKey, hintLine, MUTATING_MARK, SHARED_SCOPES, type Binding, type Scope } from '../keymap.js';
import { useKeys } from '../hooks/useKeys.js';
import { pad } from '../../look/text.js';
import { drawing } from '../../look/drawing.js';

export interface HelpLine {
	/** A heading line names its scope. */
	scope?: Scope;
	binding?: Binding;
	keys?: string;
	description?: string;
	mutates?: boolean;
}

const LAYERED = 'esc';

export function helpLines(scopes: readonly Scope[], readOnly: boolean): HelpLine[] {
	const viewScopes = scopes.filter((s) => s !== 'global' && !SHARED_SCOPES.includes(s));
	const taken = new Set<string>();
	const unshadowed = (scope: Scope) => {
		const bindings = bindingsFor([scope]).map((binding) => ({ binding, keys: binding.keys.filter((k) => k === LAYERED || !taken.has(k)) }));
		for (const binding of bindingsFor([scope])) for (const key of binding.keys) taken.add(key);
		return { scope, bindings };
	};
	const view = viewScopes.map(unshadowed);
	// Global keys come after the view's (the gate asks them last) but are listed first.
	const sections = [unshadowed('global'), ...view, ...SHARED_SCOPES.map((scope) => ({ scope, bindings: bindingsFor([scope]).map((binding) => ({ binding, keys: [...binding.keys] })) }))];
	const lines: HelpLine[] = [];
	for (const { scope, bindings } of sections) {
		const shown = bindings.filter(({ keys }) => keys.length > 0);
		if (!shown.length) continue;
		lines.push({ scope });
		for (const { binding, keys } of shown) {
			const disabled = readOnly && binding.mutates;
			lines.push({
				binding,
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
				<Text dimColor>{`(${MUTATING_MARK} changes data${readOnly ? ', disabled in read-only' : ''} ${drawing.dot} ${hintLine('help', ['down', 'close'], { allKeys: true })})`}</Text>
			</Text>
			{lines.slice(offset, offset + bodyHeight).map((line, i) =>
				line.scope ? (
					<Text key={i} bold color="cyan">
						{line.scope}
					</Text>
				) : (
					<Text key={i} wrap="truncate" dimColor={readOnly && line.mutates}>
						{`  ${line.mutates ? MUTATING_MARK : ' '} ${pad(line.keys ?? '', 18)} ${line.description}`}
					</Text>
				),
			)}
		</Box>
	);
}
