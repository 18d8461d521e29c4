// Side-by-side diff of two workflow outputs (or score objects): lines aligned with `diffLines`, and within a
// changed pair of lines the differing words marked with `diffWordsWithSpace`. Pure; the view draws the rows.
import { diffLines, diffWordsWithSpace } from 'diff';
import type { Json } from '../wire/types.js';

export interface Segment {
	text: string;
	/** Removed (left side) or added (right side) text. */
	changed: boolean;
}

/** One aligned row; a side is null when the line exists only on the other side. */
export interface DiffRow {
	left: Segment[] | null;
	right: Segment[] | null;
	kind: 'same' | 'changed' | 'removed' | 'added';
}

/** The text diffed for a value: strings as they are (multi-line), anything else as pretty JSON; absent → ''. */
export function diffableText(value: Json | undefined): string {
	if (value === undefined || value === null) return '';
	return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

function splitLines(block: string): string[] {
	const lines = block.split('\n');
	if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
	return lines;
}

/** Beyond this many milliseconds a diff is abandoned (huge, very different outputs) and lines are shown paired as they are. */
const DIFF_TIMEOUT_MS = 200;

/** Word-level marks for one changed line pair; the whole lines marked when the word diff is abandoned. */
function wordSegments(before: string, after: string): { left: Segment[]; right: Segment[] } {
	const parts = diffWordsWithSpace(before, after, { timeout: DIFF_TIMEOUT_MS });
	if (!parts) return { left: [{ text: before, changed: true }], right: [{ text: after, changed: true }] };
	const left: Segment[] = [];
	const right: Segment[] = [];
	for (const part of parts) {
		if (!part.added) left.push({ text: part.value, changed: part.removed });
		if (!part.removed) right.push({ text: part.value, changed: part.added });
	}
	return { left, right };
}

/** Every line of A beside every line of B, all marked changed: the fallback when the line diff is abandoned. */
function pairedLines(before: string, after: string): DiffRow[] {
	const left = splitLines(before);
	const right = splitLines(after);
	return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => ({
		left: i < left.length ? [{ text: left[i], changed: true }] : null,
		right: i < right.length ? [{ text: right[i], changed: true }] : null,
		kind: i >= left.length ? 'added' : i >= right.length ? 'removed' : 'changed',
	}));
}

export function sideBySideDiff(a: Json | undefined, b: Json | undefined, timeoutMs = DIFF_TIMEOUT_MS): DiffRow[] {
	const before = diffableText(a);
	const after = diffableText(b);
	const parts = diffLines(before, after, { timeout: timeoutMs });
	if (!parts) return pairedLines(before, after);
	const rows: DiffRow[] = [];
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i];
		if (!part.added && !part.removed) {
			for (const line of splitLines(part.value)) rows.push({ left: [{ text: line, changed: false }], right: [{ text: line, changed: false }], kind: 'same' });
			continue;
		}
		// A removal directly followed by an addition is a change: pair the lines up, word-diff each pair.
		const removed = part.removed ? splitLines(part.value) : [];
		const next = parts[i + 1];
		const added = part.added ? splitLines(part.value) : next?.added ? splitLines(next.value) : [];
		if (part.removed && next?.added) i++;
		const paired = Math.min(removed.length, added.length);
		for (let k = 0; k < paired; k++) {
			const { left, right } = wordSegments(removed[k], added[k]);
			rows.push({ left, right, kind: 'changed' });
		}
		for (let k = paired; k < removed.length; k++) rows.push({ left: [{ text: removed[k], changed: true }], right: null, kind: 'removed' });
		for (let k = paired; k < added.length; k++) rows.push({ left: null, right: [{ text: added[k], changed: true }], kind: 'added' });
	}
	return rows;
}

/** True when the two values render to the same text (nothing to highlight). */
export function outputsEqual(a: Json | undefined, b: Json | undefined): boolean {
	return diffableText(a) === diffableText(b);
}
