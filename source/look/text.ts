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

/**
 * Like wrapPieces, but prose breaks between words: a line ends after its last space that fits, and only a run with
 * no such space (a URL, a long token) is cut mid-word. Nothing is dropped: the lines joined give the pieces back.
 * With `hang`, every line after the first is that many columns narrower (the caller indents it), and the first line
 * does not break within its first `hang` columns (a label's padding is not a place to break a value from its label).
 */
export function wrapWords<T extends { text: string }>(pieces: readonly T[], width: number, hang = 0): T[][] {
	const first = Math.max(1, width);
	const rest = Math.max(1, width - hang);
	const text = pieces.map((piece) => piece.text).join('');
	const cuts = PRINTABLE_ASCII.test(text) ? asciiWordCuts(text, first, rest, hang) : clusterWordCuts(text, first, rest, hang);
	// A cluster wider than a whole line: wrapPieces turns it into padding (every line as narrow as the narrowest).
	if (cuts === null) return wrapPieces(pieces, Math.min(first, rest));
	return cutPieces(pieces, cuts);
}

/** Where each line but the last ends (string offsets) in printable ASCII, one column per character. */
function asciiWordCuts(text: string, first: number, rest: number, hang: number): number[] {
	const cuts: number[] = [];
	for (let from = 0, size = first; text.length - from > size; size = rest) {
		const end = from + size;
		const space = text.lastIndexOf(' ', end - 1);
		const cut = space > from && (from > 0 || space >= hang) ? space + 1 : end;
		cuts.push(cut);
		from = cut;
	}
	return cuts;
}

/** The same over grapheme clusters and their columns; null when one cluster is wider than a line. */
function clusterWordCuts(text: string, first: number, rest: number, hang: number): number[] | null {
	const cuts: number[] = [];
	let size = first;
	let lineStart = 0;
	let offset = 0;
	let used = 0;
	// Just after the line's last space that has something before it, and the columns used up to there.
	let afterSpace = -1;
	let usedAtSpace = 0;
	for (const cluster of graphemes(text)) {
		if (cluster.width > Math.min(first, rest)) return null;
		if (used + cluster.width > size) {
			// The next line: after the last space when the words carried over fit it (with this cluster), else here.
			size = rest;
			const carried = used - usedAtSpace;
			if (afterSpace > lineStart + 1 && carried + cluster.width <= size) {
				cuts.push(afterSpace);
				used = carried;
				lineStart = afterSpace;
			} else {
				cuts.push(offset);
				used = 0;
				lineStart = offset;
			}
			afterSpace = -1;
		}
		used += cluster.width;
		offset += cluster.text.length;
		if (cluster.text === ' ' && (cuts.length > 0 || used > hang)) {
			afterSpace = offset;
			usedAtSpace = used;
		}
	}
	return cuts;
}

/** The pieces split at the string offsets `cuts` into lines, each piece keeping its own data. */
function cutPieces<T extends { text: string }>(pieces: readonly T[], cuts: readonly number[]): T[][] {
	const lines: T[][] = [[]];
	let offset = 0;
	let next = 0;
	for (const piece of pieces) {
		for (let at = 0; at < piece.text.length; ) {
			const lineEnd = next < cuts.length ? cuts[next] : Infinity;
			const take = Math.min(piece.text.length - at, lineEnd - offset);
			if (take > 0) lines[lines.length - 1].push({ ...piece, text: piece.text.slice(at, at + take) });
			at += take;
			offset += take;
			if (offset === lineEnd) {
				lines.push([]);
				next++;
			}
		}
	}
	return lines;
}
