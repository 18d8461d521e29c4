// A run status as glyph + word (meaning never on colour alone); pending/running spin.
import { Text } from './Text.js';
import type { RunStatus } from '../../wire/types.js';
import { statusLook } from '../../look/status.js';
import { Spinner } from './Spinner.js';

export function StatusGlyph({ status, word = true, spin = true }: { status: RunStatus | null | undefined; word?: boolean; spin?: boolean }) {
	const look = statusLook(status);
	const active = status === 'pending' || status === 'running';
	return (
		<Text color={look.color}>
			{active && spin ? <Spinner /> : look.glyph}
			{word ? ` ${look.word}` : ''}
		</Text>
	);
}
