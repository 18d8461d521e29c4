// Text measured in terminal columns, never in UTF-16 units: width, pad, truncate, fit and wrap for every table,
// breadcrumb, pane and command output. Grapheme clusters (ZWJ emoji, flags, combining marks) are never split; a
// wide character that does not fit is replaced by padding; truncation puts its ellipsis inside the budget.
import cliTruncate from 'cli-truncate';
import sliceAnsi from 'slice-ansi';
import stringWidth from './string-width.js';
import { drawing } from './drawing.js';

type Align = 'left' | 'right';

/** Columns `text` takes on screen (ANSI escape codes take none). */
export function columns(text: string): number {
	return stringWidth(text);
}

/** `text` padded with spaces to `width` columns (left-aligned by default); text already wider is left as it is. */
export function pad(text: string, width: number, align: Align = 'left'): string {
	const fill = width - columns(text);
	if (fill <= 0) return text;
	return align === 'left' ? text + ' '.repeat(fill) : ' '.repeat(fill) + text;
}

/**
 * `text` cut to at most `width` columns with the ellipsis in the cut (last columns by default).
 * `cut: 'start'` keeps the end of the text (a breadcrumb keeps where you are).
 */
export function truncate(text: string, width: number, cut: 'end' | 'start' | 'middle' = 'end'): string {
	if (width <= 0) return '';
	if (columns(text) <= width) return text;
	const ellipsis = drawing.ellipsis;
	if (columns(ellipsis) >= width) return sliceAnsi(ellipsis, 0, width);
	return cliTruncate(text, width, { position: cut, truncationCharacter: ellipsis });
}

/** Exactly `width` columns: truncated with the ellipsis when too wide, padded when too narrow. */
export function fit(text: string, width: number, align: Align = 'left'): string {
	if (width <= 0) return '';
	return pad(truncate(text, width), width, align);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

let segmenter: Intl.Segmenter | undefined;

/** The grapheme clusters of `text`, each with the columns it takes. */
function* graphemes(text: string): Generator<{ text: string; width: number }> {
	segmenter ??= new Intl.Segmenter();
	for (const { segment } of segmenter.segment(text)) yield { text: segment, width: columns(segment) };
}

/**
 * Splits pieces of text into lines of at most `width` columns, keeping each piece's own data (e.g. whether it
 * changed): clusters are never split, and a cluster wider than the whole line becomes spaces.
 */
export function wrapPieces<T extends { text: string }>(pieces: readonly T[], width: number): T[][] {
	const size = Math.max(1, width);
	const lines: T[][] = [[]];
	let used = 0;
	for (const piece of pieces) {
		let current = '';
		const flush = () => {
			if (current) lines[lines.length - 1].push({ ...piece, text: current });
			current = '';
		};
		// Printable ASCII (most text, and all of a large JSON output) is cut by length: one column per character.
		if (PRINTABLE_ASCII.test(piece.text)) {
			for (let at = 0; at < piece.text.length; ) {
				if (used === size) {
					flush();
					lines.push([]);
					used = 0;
				}
				const take = Math.min(size - used, piece.text.length - at);
				current += piece.text.slice(at, at + take);
				used += take;
				at += take;
			}
			flush();
			continue;
		}
		for (const cluster of graphemes(piece.text)) {
			const text = cluster.width > size ? ' '.repeat(size) : cluster.text;
			const width = Math.min(cluster.width, size);
			if (used + width > size) {
				flush();
				lines.push([]);
				used = 0;
			}
			current += text;
			used += width;
		}
		flush();
	}
	return lines;
}
