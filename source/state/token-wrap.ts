// Wraps token lines at a width in terminal columns, keeping each piece's token kind. ASCII text (the common case,
// and all of a 1 MB JSON output) is cut by length; other text is measured per code point with string-width.
import stringWidth from 'string-width';
import type { TokenLine } from './json-tokens.js';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function charWidth(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	if (code >= 0x20 && code < 0x7f) return 1;
	return stringWidth(char);
}

/** Splits `text` into pieces of at most `room` columns for the first piece and `width` after. */
function cut(text: string, room: number, width: number): string[] {
	if (PRINTABLE_ASCII.test(text)) {
		const pieces = [text.slice(0, room)];
		for (let at = room; at < text.length; at += width) pieces.push(text.slice(at, at + width));
		return pieces;
	}
	const pieces: string[] = [];
	let piece = '';
	let used = 0;
	let limit = room;
	for (const char of text) {
		const w = charWidth(char);
		if (used + w > limit && (used > 0 || limit < width)) {
			pieces.push(piece);
			piece = '';
			used = 0;
			limit = width;
		}
		piece += char;
		used += w;
	}
	pieces.push(piece);
	return pieces;
}

/** One token line as display lines of at most `width` columns each (a wide character never straddles two). */
export function wrapTokenLine(line: TokenLine, width: number): TokenLine[] {
	const size = Math.max(1, width);
	// Most lines are short and ASCII: no cutting needed.
	let length = 0;
	for (const token of line) length += token.text.length;
	if (length <= size && line.every((token) => PRINTABLE_ASCII.test(token.text))) return [line];
	const out: TokenLine[] = [[]];
	let used = 0;
	for (const token of line) {
		const pieces = cut(token.text, size - used, size);
		pieces.forEach((piece, i) => {
			if (i > 0) {
				out.push([]);
				used = 0;
			}
			if (piece === '') return;
			out[out.length - 1].push({ text: piece, kind: token.kind });
			used += PRINTABLE_ASCII.test(piece) ? piece.length : stringWidth(piece);
		});
		if (used >= size && token !== line[line.length - 1]) {
			out.push([]);
			used = 0;
		}
	}
	if (out.length > 1 && out[out.length - 1].length === 0) out.pop();
	return out;
}
