import { describe, expect, it } from 'vitest';
import type { BenchResult, CompareReport } from '../../source/wire/types.js';
import { compareRuns } from '../../source/server/compare.js';
import type { ResultRow } from '../../source/server/rows.js';
import { clientFor, raw, serve } from './helpers.js';

describe('GET /bench-runs/{a}/compare/{b}', () => {
	it('diffs two demo runs consistently with their results (B − A, union ordered by A then B-only)', async () => {
		const server = await serve();
		const report = await clientFor(server).benchRuns.compare(3, 4);
		const [a, b] = await Promise.all([3, 4].map(async (id) => (await raw(server, `/bench-runs/${id}/results`)).json as BenchResult[]));
		expect(report.run_a_id).toBe(3);
		expect(report.per_case.map((c) => c.case_id)).toEqual([...a.map((r) => r.case_id), ...b.filter((r) => !a.some((x) => x.case_id === r.case_id)).map((r) => r.case_id)]);
		const byA = new Map(a.map((r) => [r.case_id, r]));
		const byB = new Map(b.map((r) => [r.case_id, r]));
		for (const row of report.per_case) {
			const [ra, rb] = [byA.get(row.case_id), byB.get(row.case_id)];
			expect(row.score_a).toBe(ra?.headline_score ?? null);
			expect(row.score_b).toBe(rb?.headline_score ?? null);
			expect(row.cost_a).toBe(ra?.cost_usd ?? 0);
			expect(row.cost_delta).toBeCloseTo((rb?.cost_usd ?? 0) - (ra?.cost_usd ?? 0), 9);
			if (row.delta !== null) expect(row.delta).toBeCloseTo(row.score_b! - row.score_a!, 9);
			expect(typeof row.case_label).toBe('string');
		}
		const agg = report.aggregate;
		expect(agg.n_improved).toBeGreaterThan(0);
		expect(agg.n_regressed).toBeGreaterThan(0);
		expect(agg.n_unchanged).toBeGreaterThan(0);
		expect(agg.n_cost_regressed! + agg.n_cost_improved! + agg.n_cost_unchanged!).toBe(report.per_case.length);
		const costA = a.reduce((s, r) => s + r.cost_usd, 0);
		const costB = b.reduce((s, r) => s + r.cost_usd, 0);
		expect(agg.cost_delta_usd).toBeCloseTo(costB - costA, 6);
		expect(agg.cost_delta_pct).toBeCloseTo(((costB - costA) / costA) * 100, 2);
		expect(agg.mean_cost_delta).toBeCloseTo(agg.cost_delta_usd / report.per_case.length, 6);
		const scored = report.per_case.filter((c) => c.delta !== null);
		expect(agg.mean_score_delta).toBeCloseTo(scored.reduce((s, c) => s + c.delta!, 0) / scored.length, 6);
	});

	it('flags missing cases for a partial run and refuses different benches (400) and other projects (404)', async () => {
		const server = await serve();
		const partial = (await raw(server, '/bench-runs/1/compare/6')).json as CompareReport;
		expect(partial.per_case.filter((c) => c.flag === 'missing_b')).toHaveLength(60 - 4);
		expect(partial.per_case.find((c) => c.flag === 'missing_b')).toMatchObject({ score_b: null, delta: null, cost_b: 0 });
		const benches = await raw(server, '/bench-runs/1/compare/7');
		expect(benches.status).toBe(400);
		expect(benches.json).toEqual({ error: 'runs belong to different benches' });
		const projects = await raw(server, '/bench-runs/1/compare/10');
		expect(projects.status).toBe(404);
		expect(typeof projects.json.error).toBe('string');
		expect((await raw(server, '/bench-runs/1/compare/999')).status).toBe(404);
	});

	it('compares two big seeded runs', async () => {
		const server = await serve();
		const seeded = server.seedBench({ cases: 5000, runs: 2 });
		const report = (await raw(server, `/bench-runs/${seeded.runIds[0]}/compare/${seeded.runIds[1]}`)).json as CompareReport;
		expect(report.per_case).toHaveLength(5000);
		expect(report.aggregate.n_improved + report.aggregate.n_regressed + report.aggregate.n_unchanged).toBeLessThanOrEqual(5000);
		expect(report.aggregate.cost_regression).toBe(true);
	});
});

describe('compareRuns rules (§11 #11–#17)', () => {
	const row = (caseId: string, score: number | null, cost: number): ResultRow => ({
		id: 0,
		run_id: 0,
		case_id: caseId,
		score: null,
		headline_score: score,
		status: score === null ? 'workflow_failed' : 'ok',
		cost_usd: cost,
		workflow_cost_usd: cost,
		judge_cost_usd: 0,
		duration_ms: 1,
		cache_hit: 0,
		input_hash: null,
		error: null,
		created_at: '',
		workflow_output: null,
	});

	it('computes flags, epsilons and the cost_regression rule', () => {
		const report = compareRuns(
			1,
			2,
			[row('a', 50, 0.01), row('b', 70, 0.01), row('c', 40, 0.01), row('gone', 10, 0.01)],
			[row('a', 50, 0.0100000001), row('b', 60, 0.02), row('c', 45.5, 0.005), row('new', 90, 0.02)],
			new Map([['a', 'Case A']]),
		);
		expect(report.per_case.map((c) => [c.case_id, c.case_label, c.flag, c.cost_flag])).toEqual([
			['a', 'Case A', 'unchanged', 'cost_unchanged'],
			['b', 'b', 'regressed', 'cost_regressed'],
			['c', 'c', 'improved', 'cost_improved'],
			['gone', 'gone', 'missing_b', 'cost_improved'],
			['new', 'new', 'missing_a', 'cost_regressed'],
		]);
		expect(report.aggregate).toMatchObject({ n_unchanged: 1, n_regressed: 1, n_improved: 1, mean_score_delta: (0 - 10 + 5.5) / 3 });
		expect(report.aggregate.cost_delta_usd).toBeCloseTo(0.015, 9);
		expect(report.aggregate.cost_delta_pct).toBeCloseTo(37.5, 6);
		expect(report.aggregate.cost_regression).toBe(true);
		expect(report.aggregate.mean_cost_delta).toBeCloseTo(0.003, 9);
	});

	it('leaves cost_delta_pct null when A cost nothing, and does not flag a small relative increase', () => {
		const free = compareRuns(1, 2, [row('a', 50, 0)], [row('a', 50, 0.01)], new Map());
		expect(free.aggregate.cost_delta_pct).toBeNull();
		expect(free.aggregate.cost_regression).toBe(true);
		const small = compareRuns(1, 2, [row('a', 50, 1)], [row('a', 50, 1.05)], new Map());
		expect(small.aggregate.cost_delta_pct).toBeCloseTo(5, 6);
		expect(small.aggregate.cost_regression).toBe(false);
		const empty = compareRuns(1, 2, [], [], new Map());
		expect(empty.aggregate).toMatchObject({ mean_score_delta: 0, mean_cost_delta: 0, cost_delta_pct: null, cost_regression: false });
	});

	it('flags a case that failed on one side as regressed/improved without a delta', () => {
		const report = compareRuns(1, 2, [row('a', 80, 0.01), row('b', null, 0.01)], [row('a', null, 0.01), row('b', 30, 0.01)], new Map());
		expect(report.per_case.map((c) => [c.flag, c.delta])).toEqual([
			['regressed', null],
			['improved', null],
		]);
		expect(report.aggregate.mean_score_delta).toBe(0);
	});
});
