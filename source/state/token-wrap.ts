// Wraps token lines at a width in terminal columns, keeping each piece's token kind (look/text.ts: between words where
// a space fits, grapheme clusters never split, a wide character never straddles two lines). A continuation line
// hangs where its line's value starts: under a field's value, or under a JSON value after its key.
import { columns, wrapWords } from '../look/text.js';
import type { Token, TokenLine } from './json-tokens.js';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const INDENT = /^ +$/;

/** One token line as display lines of at most `width` columns each. */
export function wrapTokenLine(line: TokenLine, width: number): TokenLine[] {
	// Most lines are short and ASCII: no cutting needed.
	let length = 0;
	for (const token of line) length += token.text.length;
	if (length <= Math.max(1, width) && line.every((token) => PRINTABLE_ASCII.test(token.text))) return [line];
	const hang = hangOf(line, width);
	const lines = wrapWords(line, width, hang);
	if (hang === 0) return lines;
	const indent: Token = { text: ' '.repeat(hang), kind: 'text' };
	return lines.map((piece, index) => (index === 0 ? piece : [indent, ...piece]));
}

/**
 * Columns a continuation line is indented: a `label  value` field's label, a JSON line's indent and key (`  "summary": `);
 * none for prose, or when it would leave less than half the width.
 */
function hangOf(line: TokenLine, width: number): number {
	const [first, second, third] = line;
	let hang = 0;
	if (first?.kind === 'label' && line.length > 1) hang = columns(first.text);
	else if (first && INDENT.test(first.text)) hang = first.text.length + (second?.kind === 'key' && third?.text === ': ' ? columns(second.text) + 2 : 0);
	return hang * 2 > width ? 0 : hang;
}
