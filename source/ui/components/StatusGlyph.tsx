// A run status as glyph + word (meaning never on colour alone); pending/running spin.
import { Text } from './Text.js';
import type { RunStatus } from '../../wire/types.js';
import { sanitize } from '../../look/sanitize.js';
import { runStatusColor, runStatusGlyph } from '../../look/glyphs.js';
import { Spinner } from './Spinner.js';

export function StatusGlyph({ status, word = true, spin = true }: { status: RunStatus | null | undefined; word?: boolean; spin?: boolean }) {
	const color = runStatusColor(status);
	const active = status === 'pending' || status === 'running';
	return (
		<Text color={color}>
			{active && spin ? <Spinner /> : runStatusGlyph(status)}
			{word ? ` ${status ? sanitize(status) : '—'}` : ''}
		</Text>
	);
}
