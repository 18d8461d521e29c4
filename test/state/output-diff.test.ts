import { describe, expect, it } from 'vitest';
import { diffableText, outputsEqual, sideBySideDiff, type Segment } from '../../source/state/output-diff.js';

const text = (segments: Segment[] | null) => (segments ? segments.map((s) => s.text).join('') : null);
const changed = (segments: Segment[] | null) => (segments ? segments.filter((s) => s.changed).map((s) => s.text.trim()).filter(Boolean) : []);

describe('sideBySideDiff', () => {
	it('aligns unchanged lines and word-marks a changed line', () => {
		const rows = sideBySideDiff({ summary: 'The cat sat', total: 12 }, { summary: 'The dog sat', total: 12 });
		expect(rows.map((r) => r.kind)).toEqual(['same', 'changed', 'same', 'same']);
		const line = rows[1];
		expect(text(line.left)).toBe('  "summary": "The cat sat",');
		expect(text(line.right)).toBe('  "summary": "The dog sat",');
		expect(changed(line.left)).toEqual(['cat']);
		expect(changed(line.right)).toEqual(['dog']);
	});

	it('shows lines present on one side only', () => {
		const rows = sideBySideDiff({ a: 1 }, { a: 1, b: 2 });
		const added = rows.filter((r) => r.kind === 'added');
		expect(added).toHaveLength(1);
		expect(added[0].left).toBeNull();
		expect(text(added[0].right)).toBe('  "b": 2');
		const removed = sideBySideDiff('one\ntwo\nthree', 'one').filter((r) => r.kind === 'removed');
		expect(removed.map((r) => text(r.left))).toEqual(['two', 'three']);
	});

	it('diffs strings as multi-line text and absent outputs as empty', () => {
		expect(diffableText('line 1\nline 2')).toBe('line 1\nline 2');
		expect(diffableText(null)).toBe('');
		expect(diffableText(undefined)).toBe('');
		const rows = sideBySideDiff(null, 'new output');
		expect(rows).toEqual([{ left: null, right: [{ text: 'new output', changed: true }], kind: 'added' }]);
	});

	it('pairs lines as they are when the diff is abandoned for taking too long', () => {
		const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join('\n');
		const after = Array.from({ length: 3001 }, (_, i) => `b${i}`).join('\n');
		const rows = sideBySideDiff(before, after, 1);
		expect(rows).toHaveLength(3001);
		expect(rows[0]).toEqual({ left: [{ text: 'a0', changed: true }], right: [{ text: 'b0', changed: true }], kind: 'changed' });
		expect(rows[3000]).toEqual({ left: null, right: [{ text: 'b3000', changed: true }], kind: 'added' });
	});

	it('reports equal outputs', () => {
		expect(outputsEqual({ x: [1, 2] }, { x: [1, 2] })).toBe(true);
		expect(outputsEqual({ x: [1, 2] }, { x: [2, 1] })).toBe(false);
		expect(sideBySideDiff({ x: 1 }, { x: 1 }).every((r) => r.kind === 'same')).toBe(true);
	});
});
