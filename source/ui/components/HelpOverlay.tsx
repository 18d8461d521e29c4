// The `?` overlay, generated from KEYMAP (global + the current view's scopes), so help and handlers cannot drift.
// Mutating keys are marked `!`; in read-only mode they are listed as disabled.
import { Box } from 'ink';
import { Text } from './Text.js';
import { useState } from 'react';
import { bindingsFor, type Scope } from '../keymap.js';
import { useRawKeys } from '../hooks/useRawKeys.js';

export interface HelpLine {
	scope?: Scope;
	keys?: string;
	description?: string;
	mutates?: boolean;
}

export function helpLines(scopes: readonly Scope[], readOnly: boolean): HelpLine[] {
	const lines: HelpLine[] = [];
	for (const scope of ['global', ...scopes.filter((s) => s !== 'global')] as Scope[]) {
		const bindings = bindingsFor([scope]);
		if (!bindings.length) continue;
		lines.push({ scope });
		for (const binding of bindings) {
			const disabled = readOnly && binding.mutates;
			lines.push({
				keys: binding.keys.join(' '),
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
	useRawKeys((input, key) => {
		if (key.escape || input === '?' || input === 'q') onClose();
		else if (input === 'j' || key.downArrow) setOffset((o) => Math.min(maxOffset, o + 1));
		else if (input === 'k' || key.upArrow) setOffset((o) => Math.max(0, o - 1));
		else if (key.pageDown || input === ' ') setOffset((o) => Math.min(maxOffset, o + bodyHeight));
		else if (key.pageUp) setOffset((o) => Math.max(0, o - bodyHeight));
	});
	return (
		<Box flexDirection="column" height={height} overflow="hidden">
			<Text bold>
				{'Keys  '}
				<Text dimColor>{`(! changes data${readOnly ? ', disabled in read-only' : ''} · j/k scroll · esc or ? closes)`}</Text>
			</Text>
			{lines.slice(offset, offset + bodyHeight).map((line, i) =>
				line.scope ? (
					<Text key={i} bold color="cyan">
						{line.scope}
					</Text>
				) : (
					<Text key={i} wrap="truncate" dimColor={readOnly && line.mutates}>
						{`  ${line.mutates ? '!' : ' '} ${(line.keys ?? '').padEnd(14)} ${line.description}`}
					</Text>
				),
			)}
		</Box>
	);
}
