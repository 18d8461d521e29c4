// A run status as glyph + word (meaning never on colour alone); pending/running spin.
import { Text } from 'ink';
import Spinner from 'ink-spinner';
import type { RunStatus } from '../../client/types.js';
import { localeIsUtf8, runStatusColor, runStatusGlyph } from '../glyphs.js';

export function StatusGlyph({ status, word = true, spin = true }: { status: RunStatus | null | undefined; word?: boolean; spin?: boolean }) {
	const color = runStatusColor(status);
	const active = status === 'pending' || status === 'running';
	return (
		<Text color={color}>
			{active && spin ? <Spinner type={localeIsUtf8() ? 'dots' : 'line'} /> : runStatusGlyph(status)}
			{word ? ` ${status ?? '—'}` : ''}
		</Text>
	);
}
