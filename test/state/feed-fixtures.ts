// Result and run rows for feed tests, shaped like the server's (bare SSE rows and enriched /results rows).
import type { BenchResult, BenchRun, ResultStatus } from '../../source/wire/types.js';

export function liveRow(id: number, overrides: Partial<BenchResult> = {}): BenchResult {
	const status: ResultStatus = overrides.status ?? 'ok';
	const scored = status === 'ok' || status === 'cached';
	return {
		id,
		bench_run_id: 7,
		case_id: `case-${String(id).padStart(5, '0')}`,
		workflow_execution_id: `wf-${id}`,
		judge_execution_id: `judge-${id}`,
		score: scored ? { score: id % 100, reason: 'fixture' } : null,
		headline_score: scored ? id % 100 : null,
		status,
		cost_usd: status === 'cached' ? 0 : 0.001 * (id % 7),
		duration_ms: 100 + (id % 13) * 10,
		cache_hit: status === 'cached',
		input_hash: null,
		error: scored ? null : 'boom',
		created_at: '2026-11-29T10:00:00Z',
		...overrides,
	};
}

/** The `/results` read shape of the same row: the live fields plus case_name, verdict, workflow_output. */
export function enrichedRow(id: number, overrides: Partial<BenchResult> = {}): BenchResult {
	const live = liveRow(id, overrides);
	return {
		...live,
		case_name: `case number ${id}`,
		verdict: live.headline_score == null ? 'error' : live.headline_score >= 50 ? 'pass' : 'fail',
		workflow_output: { answer: `output ${id}` },
		workflow_cost_usd: live.cost_usd / 2,
		judge_cost_usd: live.cost_usd / 2,
		...overrides,
	};
}

export function runRow(overrides: Partial<BenchRun> = {}): BenchRun {
	return {
		id: 7,
		bench_id: 3,
		channel: 'production',
		workflow_version_id: 11,
		judge_version_id: 12,
		status: 'running',
		triggered_by: 'tester',
		triggered_at: '2026-11-29T10:00:00.000Z',
		completed_at: null,
		total_cost_usd: 0,
		total_cases: 100,
		cache_hit_cases: 0,
		notes: null,
		...overrides,
	};
}
