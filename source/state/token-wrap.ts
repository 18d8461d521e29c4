// Wraps token lines at a width in terminal columns, keeping each piece's token kind (look/text.ts: grapheme clusters
// are never split, a wide character never straddles two lines, printable ASCII is cut by length).
import { wrapPieces } from '../look/text.js';
import type { TokenLine } from './json-tokens.js';

/** One token line as display lines of at most `width` columns each. */
export function wrapTokenLine(line: TokenLine, width: number): TokenLine[] {
	return wrapPieces(line, width);
}
