import { describe, expect, it } from 'vitest';
import type { BenchResult, CompareCase } from '../../source/wire/types.js';
import { buildCasePaneLines, indexByCase, wrapSegments, type PaneLine } from '../../source/state/case-pane-lines.js';
import { orderRuns } from '../../source/state/compare.js';
import { syntheticRun } from '../ui/compare/synthetic-report.js';

const text = (line: PaneLine) =>
	line.kind === 'heading'
		? line.text
		: line.kind === 'full'
			? `  ${line.tokens.map((t) => t.text).join('')}`
			: `${line.mark}|${line.left.map((s) => s.text).join('')}|${line.right.map((s) => s.text).join('')}`;

function result(id: number, extra: Partial<BenchResult>): BenchResult {
	return {
		id,
		bench_run_id: 1,
		case_id: 'c1',
		workflow_execution_id: null,
		judge_execution_id: null,
		score: { score: 80 },
		headline_score: 80,
		status: 'ok',
		cost_usd: 0.01,
		duration_ms: 1200,
		cache_hit: false,
		created_at: '2026-01-01T00:00:00Z',
		...extra,
	};
}

const row: CompareCase = { case_id: 'c1', case_label: 'one', score_a: 80, score_b: 40, delta: -40, flag: 'regressed', cost_a: 0.01, cost_b: 0.02 };

describe('wrapSegments', () => {
	it('wraps at the width and keeps change marks per piece', () => {
		const lines = wrapSegments(
			[
				{ text: 'abcdef', changed: false },
				{ text: 'XYZ', changed: true },
			],
			4,
		);
		expect(lines).toEqual([[{ text: 'abcd', changed: false }], [{ text: 'ef', changed: false }, { text: 'XY', changed: true }], [{ text: 'Z', changed: true }]]);
	});

	it('sanitizes before measuring', () => {
		expect(wrapSegments([{ text: 'a\u001b[31mb\u0007', changed: false }], 10)).toEqual([[{ text: 'ab^G', changed: false }]]);
	});
});

describe('buildCasePaneLines', () => {
	it('puts both results side by side and diffs their outputs', () => {
		const a = result(1, { workflow_output: { summary: 'The cat sat' } });
		const b = result(2, { headline_score: 40, score: { score: 40 }, error: 'judge said no', workflow_output: { summary: 'The dog sat' } });
		const lines = buildCasePaneLines(row, a, b, 10, 11, 40).map(text);
		expect(lines[0]).toContain('score 80.0 → 40.0  Δ -40.0  (regressed)');
		expect(lines).toContain(' |A · run #10|B · run #11');
		expect(lines.some((l) => l.startsWith(' |score     80.0|score     40.0'))).toBe(true);
		expect(lines.some((l) => l.includes('|error     judge said no'))).toBe(true);
		expect(lines).toContain('workflow output');
		expect(lines).toContain('~|  "summary": "The cat sat"|  "summary": "The dog sat"');
	});

	it('says when a side has no result, is loading or failed to load', () => {
		const lines = buildCasePaneLines(row, 'missing', 'loading', 1, 2, 60).map(text);
		expect(lines.some((l) => l.includes('no result for this case in this run|loading results…'))).toBe(true);
		const failed = buildCasePaneLines(row, { loadError: '403: forbidden' }, 'missing', 1, 2, 60).map(text);
		expect(failed.some((l) => l.includes('cannot load results: 403: forbidden'))).toBe(true);
	});

	it('marks identical outputs', () => {
		const same = result(1, { workflow_output: { x: 1 } });
		expect(buildCasePaneLines(row, same, { ...same, id: 2 }, 1, 2, 60).map(text)).toContain('workflow output (identical)');
	});
});

describe('a diff a reviewer trusts', () => {
	it('puts the case inputs and expected output once at the top, and the verdict flip beside the delta', () => {
		const a = result(1, { workflow_output: { summary: 'x' } });
		const b = result(2, { workflow_output: { summary: 'y' } });
		const benchCase = { id: 'c1', project_id: 1, script_name: 's', bench_id: 1, kind: 'case', frozen: true, case_name: 'n', inputs: { text: 'hello input' }, expected_output: { summary: 'want' }, ground_truth: null, created_at: '' };
		const lines = buildCasePaneLines(row, a, b, 1, 2, 40, { benchCase, flip: 'pass→fail' }).map(text);
		expect(lines[0]).toContain('Δ -40.0  (regressed)  verdict pass → fail');
		expect(lines.filter((l) => l.includes('"text": "hello input"'))).toHaveLength(1);
		expect(lines.indexOf('  expected_output')).toBeLessThan(lines.indexOf(' |A · run #1|B · run #2'));
	});

	it('A cache hit vs B executed: says the output was not stored, and marks nothing as added', () => {
		const a = result(1, { status: 'cached', cache_hit: true, workflow_output: null });
		const b = result(2, { workflow_output: { summary: 'The dog sat' } });
		const pane = buildCasePaneLines(row, a, b, 1, 2, 60);
		const lines = pane.map(text);
		expect(lines).toContain('workflow output (not diffed: a side has none)');
		expect(lines.some((l) => /^ \|cache hit: the output was not stored, .*\|\{\s*$/.test(l))).toBe(true);
		expect(lines.some((l) => l.startsWith('+'))).toBe(false);
		expect(pane.some((l) => l.kind === 'pair' && [...l.left, ...l.right].some((s) => s.changed))).toBe(false);
		expect(lines.join('\n')).not.toContain('workflow output (identical)');
	});

	it('says why when the workflow failed, and never calls two absent outputs identical', () => {
		const failed = result(1, { status: 'workflow_failed', workflow_output: null, error: 'timeout after 30s' });
		const lines = buildCasePaneLines(row, failed, { ...failed, id: 2 }, 1, 2, 60).map(text);
		expect(lines.some((l) => l.includes('workflow failed: timeout after 30s|workflow failed: timeout after 30s'))).toBe(true);
		const scored = buildCasePaneLines(row, result(3, {}), { ...failed, score: null }, 1, 2, 60);
		expect(scored.map(text)).toContain('score object (not diffed: a side has none)');
		expect(scored.map(text).some((l) => l.endsWith('|no score (workflow failed)'))).toBe(true);
		expect(scored.some((l) => l.kind === 'pair' && (l.mark !== ' ' || [...l.left, ...l.right].some((s) => s.changed)))).toBe(false);
		expect(lines.join('\n')).not.toContain('workflow output (identical)');
	});
});

describe('helpers', () => {
	it('orders runs oldest first, then by id', () => {
		const older = syntheticRun(9, '2026-01-01T00:00:00Z');
		const newer = syntheticRun(3, '2026-01-02T00:00:00Z');
		expect(orderRuns(newer, older).map((r) => r.id)).toEqual([9, 3]);
		const sameTime = syntheticRun(4, '2026-01-01T00:00:00Z');
		expect(orderRuns(older, sameTime).map((r) => r.id)).toEqual([4, 9]);
	});

	it('indexes results by case, keeping the latest row', () => {
		const byCase = indexByCase([result(5, { case_id: 'a' }), result(7, { case_id: 'a', headline_score: 1 }), result(6, { case_id: 'b' })]);
		expect(byCase.get('a')?.id).toBe(7);
		expect(byCase.size).toBe(2);
	});
});
