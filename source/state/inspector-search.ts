// `/` search across the inspector's display lines: every case-insensitive occurrence, and moving between them
// (n/N) from the current position, wrapping around like less.
import type { Token, TokenLine } from './json-tokens.js';
import type { DisplayLine } from './inspector.js';

export interface SearchHit {
	line: number;
	/** String offsets within the line's text. */
	start: number;
	end: number;
}

/** Beyond this many hits the search stops counting (a one-letter query on a 1 MB output). */
export const MAX_HITS = 10_000;

/** Hits in the first `count` lines (a layout still being built grows; the count says how far it got). */
export function findHits(lines: readonly DisplayLine[], query: string, count = lines.length): SearchHit[] {
	const needle = query.toLowerCase();
	if (!needle) return [];
	const hits: SearchHit[] = [];
	for (let line = 0; line < count && hits.length < MAX_HITS; line++) {
		const haystack = lines[line].text.toLowerCase();
		for (let at = haystack.indexOf(needle); at >= 0 && hits.length < MAX_HITS; at = haystack.indexOf(needle, at + needle.length)) {
			hits.push({ line, start: at, end: at + needle.length });
		}
	}
	return hits;
}

/** The first hit at or after line `from` (direction 1) or before it (-1), wrapping; -1 when there are none. */
export function hitFrom(hits: readonly SearchHit[], from: number, direction: 1 | -1): number {
	if (hits.length === 0) return -1;
	if (direction === 1) {
		const index = hits.findIndex((hit) => hit.line >= from);
		return index < 0 ? 0 : index;
	}
	for (let i = hits.length - 1; i >= 0; i--) if (hits[i].line < from) return i;
	return hits.length - 1;
}

export type MarkedToken = Token & { hit?: 'current' | 'other' };

/** A line's tokens cut at the hits on it, each piece marked as (the current) hit or not. */
export function markHits(tokens: TokenLine, hits: readonly SearchHit[], current: SearchHit | undefined): MarkedToken[] {
	if (hits.length === 0) return tokens;
	const out: MarkedToken[] = [];
	let offset = 0;
	for (const token of tokens) {
		const end = offset + token.text.length;
		let at = offset;
		for (const hit of hits) {
			if (hit.end <= at || hit.start >= end) continue;
			const from = Math.max(hit.start, at);
			const to = Math.min(hit.end, end);
			if (from > at) out.push({ text: token.text.slice(at - offset, from - offset), kind: token.kind });
			out.push({ text: token.text.slice(from - offset, to - offset), kind: token.kind, hit: hit === current ? 'current' : 'other' });
			at = to;
		}
		if (at < end) out.push({ text: token.text.slice(at - offset), kind: token.kind });
		offset = end;
	}
	return out;
}
