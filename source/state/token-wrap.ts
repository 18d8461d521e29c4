// Wraps token lines at a width in terminal columns, keeping each piece's token kind (look/text.ts: between words where
// a space fits, grapheme clusters never split, a wide character never straddles two lines).
import { wrapWords } from '../look/text.js';
import type { TokenLine } from './json-tokens.js';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** One token line as display lines of at most `width` columns each. */
export function wrapTokenLine(line: TokenLine, width: number): TokenLine[] {
	// Most lines are short and ASCII: no cutting needed.
	let length = 0;
	for (const token of line) length += token.text.length;
	if (length <= Math.max(1, width) && line.every((token) => PRINTABLE_ASCII.test(token.text))) return [line];
	return wrapWords(line, width);
}
