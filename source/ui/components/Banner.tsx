// The error banner: one line, never blocks navigation; replaced by the next error, fades on its own, Ctrl-X dismisses.
// A message too long for the line is cut and ends with `… (! for all)`: the message log keeps it whole.
import { Text } from './Text.js';
import { sanitize } from '../../look/sanitize.js';
import { glyphs } from '../../look/glyphs.js';
import { columns, truncate } from '../../look/text.js';

const DISMISS = '  (ctrl-x dismiss) ';
const CUT_HINT = ' (! for all) ';

/** The banner's text for `width` columns: whole with the dismiss hint when it fits, else cut with the log hint. */
export function bannerText(message: string, width: number): string {
	const head = ` ${glyphs.fail} `;
	const text = sanitize(message);
	if (columns(head + text + DISMISS) <= width) return head + text + DISMISS;
	// One column spare: a glyph of ambiguous width must not push the hint's last character off the line.
	return head + truncate(text, Math.max(1, width - 1 - columns(head) - columns(CUT_HINT))) + CUT_HINT;
}

export function Banner({ message, width }: { message: string; width: number }) {
	return (
		<Text color="red" inverse wrap="truncate">
			{bannerText(message, width)}
		</Text>
	);
}
