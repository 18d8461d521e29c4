import { describe, expect, it } from 'vitest';
import { layoutFields } from '../../../source/ui/components/case/field-layout.js';
import { reviewLines } from '../../../source/state/case-review.js';

describe('reviewLines', () => {
	it('shows a scalar change as - old / + new, and an added value as + only', () => {
		expect(reviewLines([{ id: 'a', label: 'max_words', before: '5', after: '6' }, { id: 'b', label: 'name', before: undefined, after: '"x"' }])).toEqual([
			{ kind: 'field', text: 'max_words' },
			{ kind: 'removed', text: '5' },
			{ kind: 'added', text: '6' },
			{ kind: 'field', text: 'name' },
			{ kind: 'added', text: '"x"' },
		]);
	});

	it('diffs multi-line JSON by line and folds long unchanged runs', () => {
		const before = JSON.stringify({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }, null, 2);
		const after = before.replace('"f": 6', '"f": 7');
		const lines = reviewLines([{ id: 'x', label: 'expected_output', before, after }]);
		expect(lines.filter((l) => l.kind === 'removed')).toEqual([{ kind: 'removed', text: '  "f": 6' }]);
		expect(lines.filter((l) => l.kind === 'added')).toEqual([{ kind: 'added', text: '  "f": 7' }]);
		expect(lines.some((l) => l.kind === 'folded' && /unchanged lines/.test(l.text))).toBe(true);
		expect(lines.length).toBeLessThan(before.split('\n').length + 2);
	});
});

describe('layoutFields', () => {
	const blocks = (n: number, focus: number, boxLines: number) =>
		Array.from({ length: n }, (_, i) => ({ messages: 0, boxLines: i === focus ? boxLines : 0 }));

	it('gives the focused field the room the others leave, at least a few lines', () => {
		expect(layoutFields(blocks(5, 2, 40), 2, 20)).toEqual({ first: 0, last: 5, boxHeight: 15 });
		expect(layoutFields(blocks(5, 2, 2), 2, 20)).toEqual({ first: 0, last: 5, boxHeight: 2 });
	});

	it('shows a window of fields around the focus when they do not all fit', () => {
		const layout = layoutFields(blocks(30, 25, 0), 25, 10);
		expect(layout.last - layout.first).toBe(10);
		expect(layout.first).toBeLessThanOrEqual(25);
		expect(layout.last).toBeGreaterThan(25);
	});
});
