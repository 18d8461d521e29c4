// The error banner: one line, never blocks navigation; replaced by the next error, fades on its own, Ctrl-X dismisses.
import { Text } from './Text.js';
import { sanitize } from '../../look/sanitize.js';
import { glyphs } from '../../look/glyphs.js';

export function Banner({ message }: { message: string }) {
	return (
		<Text color="red" inverse wrap="truncate">
			{` ${glyphs.fail} ${sanitize(message)}  (ctrl-x dismiss) `}
		</Text>
	);
}
