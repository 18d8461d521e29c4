import { describe, expect, test } from 'vitest';
import type { BenchEvent, BenchResult, BenchRun } from '../../source/wire/types.js';
import {
	appendPage,
	applyEvents,
	breakdownText,
	CHANGE_HIGHLIGHT_MS,
	emptyRunsList,
	isFresh,
	pruneChanged,
	refreshFirstPage,
	removeRun,
	upsertRun,
} from '../../source/state/runs-list.js';

function run(id: number, overrides: Partial<BenchRun> = {}): BenchRun {
	return {
		id,
		bench_id: 1,
		channel: 'production',
		workflow_version_id: 3,
		judge_version_id: 2,
		status: 'completed',
		triggered_by: 'ana',
		triggered_at: '2026-11-01T10:00:00Z',
		completed_at: '2026-11-01T10:01:00Z',
		total_cost_usd: 1,
		total_cases: 10,
		cache_hit_cases: 0,
		notes: null,
		status_breakdown: { ok: 10 },
		ok_cases: 10,
		mean_headline_score: 80,
		...overrides,
	};
}

function result(id: number, runId: number, overrides: Partial<BenchResult> = {}): BenchResult {
	return {
		id,
		bench_run_id: runId,
		case_id: `case-${id}`,
		workflow_execution_id: null,
		judge_execution_id: null,
		score: null,
		headline_score: 60,
		status: 'ok',
		cost_usd: 0.5,
		duration_ms: 10,
		cache_hit: false,
		created_at: '2026-11-01T10:00:05Z',
		...overrides,
	};
}

const recorded = (runId: number, r: BenchResult, script = 'summarize'): BenchEvent => ({
	type: 'ResultRecorded',
	payload: { project_id: 1, script_name: script, run_id: runId, result: r },
});

describe('runs list', () => {
	test('pages append newest first without duplicates; a short page ends paging', () => {
		let list = appendPage(emptyRunsList(), [run(5), run(4)], 2);
		expect(list.more).toBe(true);
		list = appendPage(list, [run(4), run(3)], 2);
		expect(list.runs.map((r) => r.id)).toEqual([5, 4, 3]);
		list = appendPage(list, [run(2)], 2);
		expect(list.more).toBe(false);
	});

	test('the first page is not highlighted; later changes are', () => {
		const first = refreshFirstPage(emptyRunsList(), [run(2), run(1)], 50, 0);
		expect(first.changed).toEqual({});
		const second = refreshFirstPage(first, [run(3), run(2, { status: 'failed' }), run(1)], 50, 0);
		expect(Object.keys(second.changed)).toEqual(['2', '3']);
	});

	test('a refreshed first page replaces the newest runs and keeps older pages', () => {
		let list = appendPage(emptyRunsList(), [run(5), run(4), run(3)], 3);
		list = refreshFirstPage(list, [run(6, { status: 'running' }), run(5, { total_cost_usd: 2 })], 2, 1000);
		expect(list.runs.map((r) => r.id)).toEqual([6, 5, 4, 3]);
		expect(isFresh(list.changed, 6, 'status', 1000)).toBe(true);
		expect(isFresh(list.changed, 5, 'cost', 1000)).toBe(true);
		expect(isFresh(list.changed, 4, 'cost', 1000)).toBe(false);
	});

	test('hub events start, count and finish a run of this script only', () => {
		let list = appendPage(emptyRunsList(), [run(1)]);
		const started: BenchEvent = { type: 'RunStarted', payload: { project_id: 1, script_name: 'summarize', run: run(2, { status: 'pending', status_breakdown: {}, ok_cases: null, mean_headline_score: null, completed_at: null, total_cost_usd: 0 }) } };
		const other: BenchEvent = { type: 'RunStarted', payload: { project_id: 1, script_name: 'other', run: run(9, { status: 'running' }) } };
		list = applyEvents(list, 'summarize', [started, other], 0).list;
		expect(list.runs.map((r) => r.id)).toEqual([2, 1]);

		const events = [recorded(2, result(1, 2, { headline_score: 60 })), recorded(2, result(2, 2, { headline_score: 80 })), recorded(2, result(3, 2, { status: 'workflow_failed', headline_score: null }))];
		// The same result delivered twice (a reconnect) is counted once.
		list = applyEvents(list, 'summarize', [...events, events[0]], 0).list;
		const live = list.runs[0];
		expect(live.status).toBe('running');
		expect(live.status_breakdown).toEqual({ ok: 2, workflow_failed: 1 });
		expect(live.ok_cases).toBe(2);
		expect(live.mean_headline_score).toBe(70);
		expect(live.total_cost_usd).toBeCloseTo(1.5);
		expect(breakdownText(live.status_breakdown)).toBe('ok 2 · wf-fail 1');

		const finished: BenchEvent = { type: 'RunFinished', payload: { project_id: 1, script_name: 'summarize', run: run(2, { status: 'canceled', status_breakdown: undefined, ok_cases: null, mean_headline_score: null, total_cost_usd: 1.5 }) } };
		const after = applyEvents(list, 'summarize', [finished], 10);
		expect(after.finished).toEqual([2]);
		expect(after.list.runs[0].status).toBe('canceled');
		// The hub row lacks the list-only aggregates; the live ones are kept.
		expect(after.list.runs[0].mean_headline_score).toBe(70);
		expect(isFresh(after.list.changed, 2, 'status', 10)).toBe(true);
	});

	test('highlights expire', () => {
		const list = upsertRun(appendPage(emptyRunsList(), [run(1)]), run(1, { status: 'failed' }), 0);
		expect(isFresh(list.changed, 1, 'status', CHANGE_HIGHLIGHT_MS - 1)).toBe(true);
		expect(isFresh(list.changed, 1, 'status', CHANGE_HIGHLIGHT_MS + 1)).toBe(false);
		expect(pruneChanged(list.changed, CHANGE_HIGHLIGHT_MS + 1)).toEqual({});
		expect(removeRun(list, 1).runs).toEqual([]);
	});
});
