// How a history matrix cell looks: a score block ▁…█ coloured by verdict, ✗ for a failed workflow/judge, ≡ for a
// cache hit, blank when the case was not in the run; letters (P F E X C S) where the output is not UTF-8 or piped.
import type { Cell, CaseState } from '../state/history.js';
import { drawingSet } from './drawing.js';

const BLOCKS = drawingSet(true).spark;

/** Glyph of one cell, always one column wide. `unicode: false` gives the letter form. */
export function cellGlyph(cell: Cell, scale: number, unicode: boolean): string {
	if (!unicode) {
		if (cell.kind === 'absent') return ' ';
		if (cell.cached) return 'C';
		return { pass: 'P', fail: 'F', error: 'E', failed: 'X', skipped: 'S' }[cell.kind];
	}
	switch (cell.kind) {
		case 'absent':
			return ' ';
		case 'failed':
			return '✗';
		case 'skipped':
			return '↷';
	}
	if (cell.cached) return '≡';
	if (Number.isNaN(cell.score)) return '?';
	const ratio = Math.max(0, Math.min(1, cell.score / scale));
	return BLOCKS[Math.min(BLOCKS.length - 1, Math.floor(ratio * BLOCKS.length))];
}

/** Ink / SGR colour name by verdict (the glyph or letter carries the same meaning without colour). */
export function cellColor(cell: Cell): 'green' | 'red' | 'yellow' | 'gray' | undefined {
	switch (cell.kind) {
		case 'pass':
			return 'green';
		case 'fail':
		case 'failed':
			return 'red';
		case 'error':
			return 'yellow';
		case 'skipped':
			return 'gray';
		default:
			return undefined;
	}
}

export function stateColor(state: CaseState): 'magenta' | 'red' | 'green' | 'gray' | undefined {
	switch (state) {
		case 'flaky':
			return 'magenta';
		case 'broke':
		case 'stable-fail':
			return 'red';
		case 'fixed':
			return 'green';
		case 'unrun':
			return 'gray';
		default:
			return undefined;
	}
}

/** The legend line, in the form the output uses. */
export function cellLegend(unicode: boolean): string {
	return unicode
		? '▁…█ score (green pass, red fail, yellow error) · ✗ workflow/judge failed · ≡ cache hit · ↷ skipped · blank: not in the run'
		: 'P pass · F fail · E error (no score) · X workflow/judge failed · C cache hit · S skipped · blank: not in the run';
}
