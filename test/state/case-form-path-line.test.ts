import { describe, expect, it } from 'vitest';
import { lineOfPath } from '../../source/state/json-path-line.js';

const items = JSON.stringify([{ sku: 'a', qty: 1 }, { sku: 'b', tags: [], qty: 2, nested: { x: [1, 2] } }, { sku: 'c', qty: 3 }], null, 2);

describe('lineOfPath', () => {
	it('finds the line of a nested key in pretty-printed JSON', () => {
		const lines = items.split('\n');
		expect(lines[lineOfPath(items, '[1].qty')! - 1]).toBe('    "qty": 2,');
		expect(lines[lineOfPath(items, '[2].qty')! - 1]).toBe('    "qty": 3');
		expect(lines[lineOfPath(items, '[1].nested.x[1]')! - 1]).toBe('        2');
		expect(lineOfPath(items, '')).toBe(1);
	});

	it('gives up when the text was reformatted or the path is not there', () => {
		expect(lineOfPath(JSON.stringify(JSON.parse(items)), '[1].qty')).toBeUndefined();
		expect(lineOfPath(items, '[7].qty')).toBeUndefined();
		expect(lineOfPath(items, '[0].missing')).toBeUndefined();
		expect(lineOfPath(items, 'garbage')).toBeUndefined();
		expect(lineOfPath('{', '.a')).toBeUndefined();
	});
});
