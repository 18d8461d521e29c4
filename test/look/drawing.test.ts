// The drawing characters: both forms have every entry, the ASCII one is ASCII, and --ascii switches in place.
import { describe, expect, test } from 'vitest';
import { drawAsciiOnly, drawing, drawingSet } from '../../source/look/drawing.js';
import { glyphs } from '../../source/look/glyphs.js';

const ASCII = /^[\x20-\x7e]+$/;
const values = (set: object) => Object.values(set).flatMap((value) => (Array.isArray(value) ? value : [value])) as string[];

describe('drawing characters', () => {
	test('the Unicode and the ASCII form have the same entries, the ASCII one only ASCII', () => {
		expect(Object.keys(drawingSet(false)).sort()).toEqual(Object.keys(drawingSet(true)).sort());
		for (const value of values(drawingSet(false))) expect(value).toMatch(ASCII);
		expect(drawingSet(false).spark).toHaveLength(drawingSet(true).spark.length);
	});

	test('drawAsciiOnly (--ascii) switches the drawing characters and the status glyphs in place', () => {
		const before = drawing;
		drawAsciiOnly();
		expect(drawing).toBe(before);
		for (const value of [...values(drawing), ...values(glyphs)]) expect(value).toMatch(ASCII);
		expect(drawing.border).toBe('classic');
	});
});
