import { describe, expect, it } from 'vitest';
import type { BenchCase, BenchResult } from '../../source/wire/types.js';
import { caseNameMap } from '../../source/state/feed-view.js';
import { RunFeed } from '../../source/state/run-feed.js';
import { enrichedRow, liveRow, runRow } from './feed-fixtures.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function clock(start = Date.parse('2026-11-29T10:00:00.000Z')) {
	let now = start;
	return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('RunFeed merge', () => {
	it('keeps one row per result id across live duplicates, backfill and a resync', () => {
		const feed = new RunFeed(7);
		expect(feed.applyResults(range(1, 5).map((id) => liveRow(id)), 'live')).toBe(5);
		// The backfill overlaps the live rows (recorded between subscribe and GET) and adds older ones.
		expect(feed.applyResults(range(1, 8).map((id) => enrichedRow(id)), 'backfill')).toBe(3);
		// Frames buffered before the backfill landed, then a reconnect's backfill of everything.
		expect(feed.applyResults(range(4, 10).map((id) => liveRow(id)), 'live')).toBe(2);
		expect(feed.applyResults(range(1, 12).map((id) => enrichedRow(id)), 'backfill')).toBe(2);
		expect(feed.size).toBe(12);
		expect(feed.results().map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
	});

	it('lets a backfill row enrich the live one, and never lets a later live frame strip it', () => {
		const feed = new RunFeed(7);
		feed.applyResults([liveRow(1)], 'live');
		expect(feed.isEnriched(1)).toBe(false);
		expect(feed.get(1)?.workflow_output).toBeUndefined();
		feed.applyResults([enrichedRow(1)], 'backfill');
		feed.applyResults([liveRow(1)], 'live');
		expect(feed.isEnriched(1)).toBe(true);
		expect(feed.get(1)?.workflow_output).toEqual({ answer: 'output 1' });
		expect(feed.get(1)?.case_name).toBe('case number 1');
		expect(feed.size).toBe(1);
	});

	it('notifies once per batch, and only on change', () => {
		const feed = new RunFeed(7);
		let calls = 0;
		const unsubscribe = feed.subscribe(() => calls++);
		feed.applyResults(range(1, 100).map((id) => liveRow(id)), 'live');
		expect(calls).toBe(1);
		feed.applyResults([liveRow(5)], 'live');
		expect(calls).toBe(1);
		unsubscribe();
		feed.applyResults([liveRow(500)], 'live');
		expect(calls).toBe(1);
	});
});

describe('RunFeed aggregates', () => {
	const mixed: BenchResult[] = [
		liveRow(1, { status: 'ok', headline_score: 80, cost_usd: 0.01 }),
		liveRow(2, { status: 'cached', headline_score: 60, cost_usd: 0 }),
		liveRow(3, { status: 'workflow_failed', headline_score: null, cost_usd: 0.002 }),
		liveRow(4, { status: 'judge_failed', headline_score: null, cost_usd: 0.003 }),
		liveRow(5, { status: 'skipped', headline_score: null, cost_usd: 0 }),
		liveRow(6, { status: 'ok', headline_score: null, cost_usd: 0.004 }),
	];

	it('counts by status, averages ok+cached scores and sums cost', () => {
		const feed = new RunFeed(7);
		expect(feed.meanScore).toBeNull();
		feed.applyResults(mixed, 'live');
		expect(feed.counts).toEqual({ ok: 2, cached: 1, workflow_failed: 1, judge_failed: 1, skipped: 1 });
		expect(feed.meanScore).toBe(70);
		expect(feed.costUsd).toBeCloseTo(0.019, 10);
	});

	it('stays equal to a full recompute when duplicates and enrichments arrive in any order', () => {
		const feed = new RunFeed(7);
		const statuses = ['ok', 'cached', 'workflow_failed', 'judge_failed', 'skipped'] as const;
		const row = (id: number, enriched: boolean) =>
			(enriched ? enrichedRow : liveRow)(id, { status: statuses[(id * 7) % 5] });
		for (let round = 0; round < 50; round++) {
			const ids = range(1, 40).filter((id) => (id * 31 + round * 17) % 3 !== 0);
			feed.applyResults(ids.map((id) => row(id, round % 2 === 1)), round % 2 === 1 ? 'backfill' : 'live');
		}
		const all = feed.results();
		const scored = all.filter((r) => (r.status === 'ok' || r.status === 'cached') && r.headline_score != null);
		expect(feed.size).toBe(new Set(all.map((r) => r.id)).size);
		expect(feed.meanScore).toBeCloseTo(scored.reduce((s, r) => s + (r.headline_score ?? 0), 0) / scored.length, 10);
		expect(feed.costUsd).toBeCloseTo(all.reduce((s, r) => s + r.cost_usd, 0), 10);
		for (const status of statuses) expect(feed.counts[status]).toBe(all.filter((r) => r.status === status).length);
	});

	it('measures throughput over a sliding window and derives the ETA from total_cases', () => {
		const time = clock();
		const feed = new RunFeed(7, { now: time.now, rateWindowMs: 5_000 });
		feed.setRun(runRow({ total_cases: 1_000 }));
		expect(feed.etaMs()).toBeNull();
		// 10 s at 20 results/s: 4 results every 200 ms.
		let id = 0;
		for (let tick = 0; tick < 50; tick++) {
			time.advance(200);
			feed.applyResults(range(id + 1, id + 4).map((n) => liveRow(n)), 'live');
			id += 4;
		}
		expect(feed.size).toBe(200);
		// Buckets of 250 ms make the window's edge accurate to one bucket (5 %).
		expect(feed.ratePerSecond()).toBeGreaterThanOrEqual(19);
		expect(feed.ratePerSecond()).toBeLessThanOrEqual(21);
		expect(feed.etaMs()).toBeCloseTo((800 / feed.ratePerSecond()) * 1000, -2);
		expect(feed.elapsedMs()).toBe(10_000);
		// Silence empties the window: no rate, no ETA.
		time.advance(6_000);
		expect(feed.ratePerSecond()).toBe(0);
		expect(feed.etaMs()).toBeNull();
	});

	it('does not count the first load of history as throughput, but does count a resync', () => {
		const time = clock();
		const feed = new RunFeed(7, { now: time.now });
		// The first backfill arrives in batches (one per network chunk) and only then counts as done.
		feed.applyResults(range(1, 2_500).map((id) => enrichedRow(id)), 'backfill');
		feed.applyResults(range(2_501, 5_000).map((id) => enrichedRow(id)), 'backfill');
		expect(feed.ratePerSecond()).toBe(0);
		feed.handlers().onBackfilled?.();
		time.advance(1_000);
		feed.applyResults(range(1, 5_010).map((id) => enrichedRow(id)), 'backfill');
		expect(feed.ratePerSecond()).toBeGreaterThan(0);
	});

	it('reports a finished run: elapsed from trigger to completion and no ETA left', () => {
		const feed = new RunFeed(7);
		feed.setRun(runRow({ status: 'completed', completed_at: '2026-11-29T10:02:05.000Z', total_cases: 3 }));
		feed.applyResults(range(1, 3).map((id) => enrichedRow(id)), 'backfill');
		feed.setConnection({ kind: 'ended', status: 'completed' });
		expect(feed.terminal).toBe('completed');
		expect(feed.elapsedMs()).toBe(125_000);
		expect(feed.etaMs()).toBe(0);
	});

	it('tracks server drops and skipped frames from the watcher', () => {
		const feed = new RunFeed(7);
		const handlers = feed.handlers();
		handlers.onLagged?.(3);
		handlers.onLagged?.(4);
		handlers.onSkipped?.(2);
		handlers.onSkipped?.(5);
		expect(feed.droppedByServer).toBe(7);
		expect(feed.skippedFrames).toBe(5);
	});
});

describe('RunFeed view', () => {
	function loaded(count: number) {
		const feed = new RunFeed(7);
		const statuses = ['ok', 'ok', 'cached', 'workflow_failed', 'judge_failed', 'skipped'] as const;
		feed.applyResults(
			range(1, count).map((id) => liveRow(id, { status: statuses[id % statuses.length] })),
			'live',
		);
		return feed;
	}

	it('cycles the status filter through every status and back to all', () => {
		const feed = loaded(60);
		const seen: string[] = [];
		for (let i = 0; i < 6; i++) {
			const status = feed.cycleStatusFilter();
			seen.push(status);
			const rows = feed.rows();
			if (status === 'all') expect(rows).toHaveLength(60);
			else expect(rows.every((row) => row.status === status)).toBe(true);
		}
		expect(seen).toEqual(['ok', 'cached', 'workflow_failed', 'judge_failed', 'skipped', 'all']);
		expect(feed.query.status).toBe('all');
	});

	it('filters by case-name text, using the backfilled name once it is known', () => {
		const feed = new RunFeed(7);
		feed.applyResults([liveRow(1), liveRow(2), liveRow(3)], 'live');
		feed.setQuery({ text: 'NUMBER 2' });
		expect(feed.rows()).toHaveLength(0);
		feed.applyResults([enrichedRow(2)], 'backfill');
		expect(feed.rows().map((row) => row.id)).toEqual([2]);
		feed.setQuery({ text: 'case-00003' });
		expect(feed.rows().map((row) => row.id)).toEqual([3]);
	});

	it("names live rows from the bench's cases until a backfill row brings its own name, and filters on those names", () => {
		const feed = new RunFeed(7);
		feed.applyResults([liveRow(1), liveRow(2), liveRow(3)], 'live');
		feed.setQuery({ text: 'invoice' });
		feed.rows();
		const cases = [
			{ id: 'case-00001', case_name: 'Invoice from ACME' },
			{ id: 'case-00002', case_name: 'Refund request' },
			{ id: 'case-00003', case_name: null },
			{ id: 'case-00004', case_name: 'Invoice, not run yet' },
		].map((each) => ({ ...each }) as BenchCase);
		let calls = 0;
		feed.subscribe(() => calls++);
		feed.setCaseNames(caseNameMap(cases));
		expect(calls).toBe(1);
		// The cached slice is rebuilt once the names are known.
		expect(feed.rows().map((row) => row.id)).toEqual([1]);
		const labels = () => feed.results().map((result) => feed.caseLabel(result));
		expect(labels()).toEqual(['Invoice from ACME', 'Refund request', 'case-00003']);
		expect(feed.caseName(liveRow(3))).toBeNull();
		// A later live row is named at once; a backfill row's own name wins over the bench's.
		feed.applyResults([liveRow(4)], 'live');
		expect(feed.rows().map((row) => row.id)).toEqual([1, 4]);
		feed.applyResults([enrichedRow(1), enrichedRow(3)], 'backfill');
		expect(labels()).toEqual(['case number 1', 'Refund request', 'case number 3', 'Invoice, not run yet']);
		expect(feed.rows().map((row) => row.id)).toEqual([4]);
	});

	it('sorts by score (lowest first), cost and duration (highest first), ties in arrival order', () => {
		const feed = loaded(30);
		expect(feed.cycleSort()).toBe('score');
		const scores = feed.rows().map((row) => row.headline_score ?? -Infinity);
		expect(scores).toEqual([...scores].sort((a, b) => a - b));
		expect(feed.cycleSort()).toBe('cost');
		const costs = feed.rows().map((row) => row.cost_usd);
		expect(costs).toEqual([...costs].sort((a, b) => b - a));
		expect(feed.cycleSort()).toBe('duration');
		const rows = feed.rows();
		for (let i = 1; i < rows.length; i++) {
			const [a, b] = [rows[i - 1], rows[i]];
			expect((a.duration_ms ?? 0) > (b.duration_ms ?? 0) || a.seq < b.seq).toBe(true);
		}
		expect(feed.cycleSort()).toBe('arrival');
	});

	it('extends the cached slice with new rows to the same result as a rebuild', () => {
		const feed = loaded(500);
		feed.setQuery({ sort: 'score', status: 'ok', text: '1' });
		feed.rows();
		for (let batch = 0; batch < 20; batch++) {
			const first = 501 + batch * 10;
			feed.applyResults(range(first, first + 9).map((id) => liveRow(id, { status: id % 2 ? 'ok' : 'cached' })), 'live');
			const incremental = feed.rows().map((row) => row.id);
			const rebuilt = new RunFeed(7);
			rebuilt.applyResults(feed.results(), 'live');
			rebuilt.setQuery(feed.query);
			expect(incremental).toEqual(rebuilt.rows().map((row) => row.id));
		}
	});

	it('lists in the server\'s recording order (result id) when live rows reached the feed before older history', () => {
		const feed = new RunFeed(7);
		// Opening a running run: rows recorded during the first backfill GET arrive live, before the history.
		feed.applyResults([liveRow(301), liveRow(302)], 'live');
		const ids = () => feed.rows().map((row) => row.id);
		expect(ids()).toEqual([301, 302]);
		feed.applyResults(range(1, 302).map((id) => enrichedRow(id)), 'backfill');
		expect(ids()).toEqual(range(1, 302));
		feed.applyResults([liveRow(303)], 'live');
		// A resync after a lag fills gaps in the middle: a small one is inserted in place, a big one rebuilt.
		feed.applyResults(range(304, 310).map((id) => liveRow(id)), 'live');
		feed.applyResults(range(600, 610).map((id) => liveRow(id)), 'live');
		expect(ids()).toEqual([...range(1, 310), ...range(600, 610)]);
		feed.applyResults(range(311, 320).map((id) => enrichedRow(id)), 'backfill');
		expect(ids()).toEqual([...range(1, 320), ...range(600, 610)]);
		feed.applyResults(range(321, 599).map((id) => enrichedRow(id)), 'backfill');
		expect(ids()).toEqual(range(1, 610));
		feed.setQuery({ status: 'ok' });
		expect(ids()).toEqual(range(1, 610));
	});
});
