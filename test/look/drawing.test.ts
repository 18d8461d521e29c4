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

describe('drawing characters live in look/drawing.ts', () => {
	// Files that draw these characters on purpose: the tables themselves, the history command's own letter switch,
	// the Markdown export (a file, not the terminal), verdict flip keys (data, drawn by look/flip.ts), the README
	// generator, and the string-width port's comments.
	const ALLOWED = ['look/drawing.ts', 'look/glyphs.ts', 'look/history-cells.ts', 'look/string-width.ts', 'state/compare-export.ts', 'state/compare-verdicts.ts', 'look/flip.ts', 'ui/keys-table.ts'];
	const DRAWN = /[…·—→←↑↓Δ│─⚠⋯▸›▲▼█░▁▂▃▄▅▆▇]/;

	test('no view, model or look module writes one as a literal (so ASCII mode cannot miss it)', async () => {
		const { readdirSync, readFileSync } = await import('node:fs');
		const { join, relative } = await import('node:path');
		const root = new URL('../../source/', import.meta.url).pathname;
		const offenders: string[] = [];
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				const path = join(dir, entry.name);
				if (entry.isDirectory()) walk(path);
				else if (/\.tsx?$/.test(entry.name) && !ALLOWED.includes(relative(root, path))) {
					readFileSync(path, 'utf8')
						.split('\n')
						.forEach((line, i) => {
							if (!/^\s*(\/\/|\*|\/\*)/.test(line) && DRAWN.test(line.replace(/\/\/.*$/, ''))) offenders.push(`${relative(root, path)}:${i + 1}: ${line.trim()}`);
						});
				}
			}
		};
		for (const layer of ['ui', 'state', 'look']) walk(join(root, layer));
		expect(offenders).toEqual([]);
	});
});
