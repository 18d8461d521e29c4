// Glyph + colour for score and cost flags: the glyph or word carries the meaning, colour only repeats it.
import type { CompareFlag, CostFlag } from '../../../wire/types.js';
import { glyphs } from '../../../look/glyphs.js';

export interface Mark {
	glyph: string;
	text: string;
	color?: string;
}

export function flagMark(flag: CompareFlag | string): Mark {
	switch (flag) {
		case 'improved':
			return { glyph: glyphs.up, text: 'improved', color: 'green' };
		case 'regressed':
			return { glyph: glyphs.down, text: 'regressed', color: 'red' };
		case 'unchanged':
			return { glyph: glyphs.same, text: 'unchanged', color: 'gray' };
		case 'missing_a':
			return { glyph: ' ', text: 'missing A', color: 'yellow' };
		case 'missing_b':
			return { glyph: ' ', text: 'missing B', color: 'yellow' };
		default:
			return { glyph: '?', text: String(flag) };
	}
}

/** Cost: ▲ "more" is the bad direction here, so it is red. */
export function costMark(flag: CostFlag | string | undefined): Mark {
	switch (flag) {
		case 'cost_regressed':
			return { glyph: glyphs.up, text: 'more', color: 'red' };
		case 'cost_improved':
			return { glyph: glyphs.down, text: 'less', color: 'green' };
		default:
			return { glyph: glyphs.same, text: '', color: 'gray' };
	}
}

/** Score delta sign → mark (for aggregate figures that have no server flag). */
export function deltaMark(delta: number): Mark {
	if (delta > 0) return flagMark('improved');
	if (delta < 0) return flagMark('regressed');
	return flagMark('unchanged');
}
