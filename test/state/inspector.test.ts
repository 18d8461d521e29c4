// The inspector's pure model: sections from a result and its case, pretty JSON tokens, wrapping by terminal
// columns, search hits and their marks, and why an output is missing.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { BenchCase, BenchResult } from '../../source/wire/types.js';
import { inspectorSections, LayoutBuilder, layoutInspector, sectionText } from '../../source/state/inspector.js';
import { findHits, hitFrom, markHits } from '../../source/state/inspector-search.js';
import { jsonTokenLines, tokenLinesText, type TokenLine } from '../../source/state/json-tokens.js';
import { CACHE_HIT_NO_OUTPUT, missingOutputReason } from '../../source/state/result-output.js';
import { wrapTokenLine } from '../../source/state/token-wrap.js';

const result = (over: Partial<BenchResult> = {}): BenchResult => ({
	id: 7,
	bench_run_id: 3,
	case_id: 'case-1',
	workflow_execution_id: 'wf-1',
	judge_execution_id: 'jd-1',
	score: { score: 40, reason: 'misses the \u001b[31mkey fact' },
	headline_score: 40,
	status: 'ok',
	cost_usd: 0.002,
	duration_ms: 1200,
	cache_hit: false,
	created_at: '2026-01-01T00:00:00Z',
	verdict: 'fail',
	workflow_output: { summary: 'made up' },
	...over,
});

const benchCase: BenchCase = {
	id: 'case-1',
	project_id: 1,
	script_name: 's',
	bench_id: 1,
	kind: 'case',
	frozen: true,
	case_name: 'Town hall',
	inputs: { text: 'a four-day week pilot' },
	expected_output: { summary: 'pilot announced' },
	ground_truth: null,
	created_at: '2026-01-01T00:00:00Z',
};

describe('inspector sections', () => {
	it('puts the case, the result, the output and the errors in that order, sanitized, with the judge reason', () => {
		const sections = inspectorSections({ result: result(), benchCase });
		expect(sections.map((s) => s.id)).toEqual(['case', 'result', 'output', 'errors']);
		const text = sections.map(sectionText).join('');
		expect(text).toContain('"text": "a four-day week pilot"');
		expect(text).toContain('"summary": "pilot announced"');
		expect(text).toContain('judge reason\nmisses the key fact');
		expect(text).not.toContain('\u001b');
		expect(sectionText(sections[2])).toBe('{\n  "summary": "made up"\n}\n');
		expect(sectionText(sections[3])).toBe('no errors\n');
	});

	it('says why there is no output, and shows the whole error under who raised it', () => {
		const failed = result({ status: 'workflow_failed', workflow_output: null, error: 'line one\nline two\u0007', score: null, headline_score: null });
		const sections = inspectorSections({ result: failed, benchCase: 'missing' });
		expect(sectionText(sections[0])).toContain("not in the bench's case list");
		expect(sectionText(sections[2])).toBe('workflow failed: line one\n');
		expect(sectionText(sections[3])).toBe('workflow\nline one\nline two^G\n');
		expect(missingOutputReason(result({ status: 'cached', cache_hit: true, workflow_output: null }))).toBe(CACHE_HIT_NO_OUTPUT);
		expect(inspectorSections({ result: result({ workflow_output: undefined }), benchCase, outputNote: '(loading…)' })[2].lines[0][0].text).toBe('(loading…)');
	});
});

describe('JSON tokens and wrapping', () => {
	it('pretty-prints like JSON.stringify(value, null, 2), with typed tokens', () => {
		const value = { a: [1, true, null, 'x'], b: {}, c: [] };
		const lines = jsonTokenLines(value);
		expect(tokenLinesText(lines)).toBe(JSON.stringify(value, null, 2));
		expect(lines[1].map((t) => t.kind)).toEqual(['text', 'key', 'punct', 'punct']);
		expect(lines[2].map((t) => t.kind)).toEqual(['text', 'number', 'punct']);
	});

	it('wraps at terminal columns: wide characters are never split and never overflow', () => {
		const line = [{ text: '日本語のテキスト'.repeat(5), kind: 'string' as const }];
		const pieces = wrapTokenLine(line, 9);
		for (const piece of pieces) expect(stringWidth(piece.map((t) => t.text).join(''))).toBeLessThanOrEqual(9);
		expect(pieces.map((p) => p.map((t) => t.text).join('')).join('')).toBe(line[0].text);
		const ascii = wrapTokenLine([{ text: 'ab', kind: 'key' }, { text: 'cdefgh', kind: 'string' }], 4);
		expect(ascii.map((p) => p.map((t) => `${t.kind}:${t.text}`).join(' '))).toEqual(['key:ab string:cd', 'string:efgh']);
	});

	it("hangs a continuation line under its value: a field's value column, a JSON value after its key; prose from the edge", () => {
		const text = (lines: TokenLine[]) => lines.map((line) => line.map((token) => token.text).join(''));
		const field: TokenLine = [{ text: 'versions            ', kind: 'label' }, { text: 'workflow v4 · judge v5 · channel draft', kind: 'text' }];
		expect(text(wrapTokenLine(field, 45))).toEqual(['versions            workflow v4 · judge v5 · ', '                    channel draft']);
		// A value with no space stays beside its label (the label's padding is no place to break), cut at the width.
		const id: TokenLine = [{ text: 'workflow execution  ', kind: 'label' }, { text: 'wf-3-90182dd6-3e3c-4a0a-ab6d', kind: 'text' }];
		expect(text(wrapTokenLine(id, 40))).toEqual(['workflow execution  wf-3-90182dd6-3e3c-4', '                    a0a-ab6d']);
		const wide: TokenLine = [{ text: 'name                ', kind: 'label' }, { text: '長い名前の例です長い名前の例です', kind: 'text' }];
		expect(text(wrapTokenLine(wide, 40))).toEqual(['name                長い名前の例です長い', '                    名前の例です']);
		const json = jsonTokenLines({ summary: 'The new mobile app ships with offline mode and dark theme.' })[1];
		expect(text(wrapTokenLine(json, 40))).toEqual(['  "summary": "The new mobile app ships ', '             with offline mode and dark ', '             theme."']);
		const prose: TokenLine = [{ text: 'a plain paragraph of text that wraps from the left edge', kind: 'text' }];
		expect(text(wrapTokenLine(prose, 20))).toEqual(['a plain paragraph ', 'of text that wraps ', 'from the left edge']);
	});

	it('lays out a heading per section, wrapped or whole', () => {
		const sections = inspectorSections({ result: result({ workflow_output: 'x'.repeat(100) }), benchCase });
		const wrapped = layoutInspector(sections, 40, true);
		const whole = layoutInspector(sections, 40, false);
		expect(wrapped.lines.length).toBeGreaterThan(whole.lines.length);
		expect(wrapped.starts.map((start) => wrapped.lines[start].text)).toEqual(['case', 'result', 'actual output', 'errors']);
		for (const line of wrapped.lines) expect(stringWidth(line.text)).toBeLessThanOrEqual(40);
	});
});

describe('layout in slices', () => {
	it('a slice at a time gives the same lines as all at once, and says how far it got', () => {
		const big = { chunks: Array.from({ length: 3000 }, (_, i) => ({ id: i, text: `record ${i} `.repeat(20) })) };
		const sections = inspectorSections({ result: result({ workflow_output: big }), benchCase });
		const whole = layoutInspector(sections, 80, true);
		let clock = 0;
		const builder = new LayoutBuilder(sections, 80, true);
		let slices = 0;
		// Each time check moves the fake clock past the budget: one check (256 lines) per slice.
		while (!builder.step(1, () => (clock += 2))) {
			slices++;
			expect(builder.progress).toBeLessThan(1);
		}
		expect(slices).toBeGreaterThan(10);
		expect(builder.layout.lines.map((line) => line.text)).toEqual(whole.lines.map((line) => line.text));
		expect(builder.layout.starts).toEqual(whole.starts);
		expect(builder.progress).toBe(1);
	});
});

describe('search', () => {
	const layout = layoutInspector(inspectorSections({ result: result(), benchCase }), 80, true);

	it('finds every case-insensitive occurrence and moves between them from a line, wrapping around', () => {
		const hits = findHits(layout.lines, 'PILOT');
		expect(hits.map((hit) => layout.lines[hit.line].section)).toEqual([0, 0]);
		const all = findHits(layout.lines, 'summary');
		expect(all.length).toBe(2);
		expect(hitFrom(all, all[1].line + 1, 1)).toBe(0);
		expect(hitFrom(all, all[0].line, -1)).toBe(1);
		expect(findHits(layout.lines, '')).toEqual([]);
	});

	it('cuts tokens at the hits and marks the current one', () => {
		const tokens = [{ text: '"abc', kind: 'key' as const }, { text: 'abd"', kind: 'string' as const }];
		const hits = [{ line: 0, start: 1, end: 3 }, { line: 0, start: 3, end: 6 }];
		expect(markHits(tokens, hits, hits[1])).toEqual([
			{ text: '"', kind: 'key' },
			{ text: 'ab', kind: 'key', hit: 'other' },
			{ text: 'c', kind: 'key', hit: 'current' },
			{ text: 'ab', kind: 'string', hit: 'current' },
			{ text: 'd"', kind: 'string' },
		]);
	});
});

describe('previews (the feed pane)', () => {
	const big = { records: Array.from({ length: 5000 }, (_, i) => ({ id: i, text: `record ${i} 🧪` })) };
	const outputOf = (sections: ReturnType<typeof inspectorSections>) => sections.find((section) => section.id === 'output')!.lines;
	const cut = (lines: TokenLine[]) => tokenLinesText(lines.slice(-1)).includes('cut here: o opens the whole result in the inspector');

	it('jsonTokenLines with a limit builds exactly the first lines of the whole', () => {
		const whole = jsonTokenLines(big);
		for (const limit of [1, 2, 7, 300]) expect(jsonTokenLines(big, limit)).toEqual(whole.slice(0, limit));
		expect(jsonTokenLines(big, whole.length + 5)).toEqual(whole);
	});

	it('cuts a huge JSON output at the preview and says where the rest is; the inspector gets it all', () => {
		const full = outputOf(inspectorSections({ result: result({ workflow_output: big }), benchCase }));
		const previewed = outputOf(inspectorSections({ result: result({ workflow_output: big }), benchCase, previewLines: 300 }));
		expect(full.length).toBe(jsonTokenLines(big).length);
		expect(previewed).toHaveLength(301);
		expect(previewed.slice(0, 300)).toEqual(full.slice(0, 300));
		expect(cut(previewed)).toBe(true);
		expect(cut(full)).toBe(false);
	});

	it('leaves an output that fits alone, and cuts a huge text output (one long line too) without splitting a character', () => {
		const small = outputOf(inspectorSections({ result: result(), benchCase, previewLines: 300 }));
		expect(small).toEqual(outputOf(inspectorSections({ result: result(), benchCase })));
		const manyLines = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n');
		const text = outputOf(inspectorSections({ result: result({ workflow_output: manyLines }), benchCase, previewLines: 10 }));
		expect(tokenLinesText(text.slice(0, 10))).toBe(manyLines.split('\n').slice(0, 10).join('\n'));
		expect(cut(text)).toBe(true);
		// One line of 100k emoji: the head is cut between two characters, never inside a surrogate pair.
		const line = outputOf(inspectorSections({ result: result({ workflow_output: `a${'😀'.repeat(100_000)}` }), benchCase, previewLines: 3 }));
		expect(line).toHaveLength(2);
		expect(cut(line)).toBe(true);
		expect(tokenLinesText(line.slice(0, 1))).toMatch(/^a(😀)+$/u);
	});
});
