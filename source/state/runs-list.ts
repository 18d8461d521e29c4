// The runs of one bench as the runs pane shows them: newest first, paged in, updated live from hub events.
// Pure data + functions (no React): the view keeps a RunsList in state and replaces it on every batch.
import type { BenchEvent, BenchResult, BenchRun, StatusBreakdown } from '../wire/types.js';
import { drawing } from '../look/drawing.js';

/** Cells that changed recently, by run id → field → time of the change (ms). */
export type ChangedCells = Record<number, Partial<Record<RunField, number>>>;
export type RunField = 'status' | 'progress' | 'score' | 'cost' | 'row';

export interface RunsList {
	runs: BenchRun[];
	/** Every page so far was full, so another may exist. */
	more: boolean;
	/** The first page has arrived (changes are highlighted only after it). */
	loaded: boolean;
	changed: ChangedCells;
	/** Result ids already counted into a run's live aggregates (a re-sent event is not counted twice). */
	counted: Record<number, Set<number>>;
}

export const PAGE_SIZE = 50;
/** How long a changed cell stays highlighted. */
export const CHANGE_HIGHLIGHT_MS = 1500;

export function emptyRunsList(): RunsList {
	return { runs: [], more: true, loaded: false, changed: {}, counted: {} };
}

function sortNewestFirst(runs: BenchRun[]): BenchRun[] {
	return runs.sort((a, b) => b.id - a.id);
}

/** Adds a page from listRuns (offset = runs already held); duplicates replace the held copy. */
export function appendPage(list: RunsList, page: BenchRun[], pageSize = PAGE_SIZE): RunsList {
	const byId = new Map(list.runs.map((run) => [run.id, run]));
	for (const run of page) byId.set(run.id, run);
	return { ...list, runs: sortNewestFirst([...byId.values()]), more: page.length >= pageSize, loaded: true };
}

/** Replaces the held runs with a fresh first page (refresh / poll), keeping older pages already loaded. */
export function refreshFirstPage(list: RunsList, page: BenchRun[], pageSize = PAGE_SIZE, now = Date.now()): RunsList {
	const fresh = new Map(page.map((run) => [run.id, run]));
	const oldest = page.length ? Math.min(...page.map((r) => r.id)) : Infinity;
	const kept = list.runs.filter((run) => run.id < oldest && !fresh.has(run.id));
	let changed = list.changed;
	if (list.loaded) for (const run of page) changed = markDiff(changed, list.runs.find((r) => r.id === run.id), run, now);
	const more = list.runs.length > page.length ? list.more : page.length >= pageSize;
	return { ...list, runs: sortNewestFirst([...page, ...kept]), more, loaded: true, changed };
}

export function doneCount(run: BenchRun): number {
	return Object.values(run.status_breakdown ?? {}).reduce((sum, n) => sum + (n ?? 0), 0);
}

function markDiff(changed: ChangedCells, before: BenchRun | undefined, after: BenchRun, now: number): ChangedCells {
	const fields: RunField[] = [];
	if (!before) fields.push('row');
	else {
		if (before.status !== after.status) fields.push('status');
		if (doneCount(before) !== doneCount(after)) fields.push('progress');
		if ((before.mean_headline_score ?? null) !== (after.mean_headline_score ?? null)) fields.push('score');
		if (before.total_cost_usd !== after.total_cost_usd) fields.push('cost');
	}
	if (!fields.length) return changed;
	const cells = { ...changed[after.id] };
	for (const field of fields) cells[field] = now;
	return { ...changed, [after.id]: cells };
}

function withResult(run: BenchRun, result: BenchResult): BenchRun {
	const breakdown: StatusBreakdown = { ...run.status_breakdown };
	breakdown[result.status] = (breakdown[result.status] ?? 0) + 1;
	const completed = result.status === 'ok' || result.status === 'cached';
	const ok = (run.ok_cases ?? 0) + (completed ? 1 : 0);
	let mean = run.mean_headline_score ?? null;
	if (completed && result.headline_score != null) {
		// Running mean over ok+cached results with a score (the list's own definition).
		const scored = Math.max(0, ok - 1);
		mean = mean == null || scored === 0 ? result.headline_score : (mean * scored + result.headline_score) / (scored + 1);
	}
	return {
		...run,
		status: run.status === 'pending' ? 'running' : run.status,
		status_breakdown: breakdown,
		ok_cases: ok,
		mean_headline_score: mean,
		total_cost_usd: run.total_cost_usd + (result.cost_usd ?? 0),
		cache_hit_cases: run.cache_hit_cases + (result.cache_hit ? 1 : 0),
	};
}

/**
 * Applies a batch of hub events for this bench's script. Returns the new list and the ids of runs that
 * finished (their list-only aggregates should be re-read from the server).
 */
export function applyEvents(list: RunsList, script: string, events: readonly BenchEvent[], now = Date.now()): { list: RunsList; finished: number[] } {
	let runs = list.runs;
	let changed = list.changed;
	let counted = list.counted;
	const finished: number[] = [];
	const copied = new Set<number>();
	const replace = (next: BenchRun) => {
		const index = runs.findIndex((r) => r.id === next.id);
		const before = index >= 0 ? runs[index] : undefined;
		changed = markDiff(changed, before, next, now);
		runs = index >= 0 ? runs.map((r, i) => (i === index ? next : r)) : sortNewestFirst([next, ...runs]);
	};
	for (const event of events) {
		if (event.payload.script_name !== script) continue;
		switch (event.type) {
			case 'RunStarted': {
				const existing = runs.find((r) => r.id === event.payload.run.id);
				replace({ ...existing, ...event.payload.run, status_breakdown: existing?.status_breakdown ?? event.payload.run.status_breakdown });
				break;
			}
			case 'ResultRecorded': {
				const { run_id: runId, result } = event.payload;
				const run = runs.find((r) => r.id === runId);
				if (!run || counted[runId]?.has(result.id)) break;
				// Copy each run's set once per batch (not per event: a big run has tens of thousands of results).
				if (!copied.has(runId)) {
					counted = { ...counted, [runId]: new Set(counted[runId]) };
					copied.add(runId);
				}
				counted[runId].add(result.id);
				replace(withResult(run, result));
				break;
			}
			case 'RunFinished': {
				const existing = runs.find((r) => r.id === event.payload.run.id);
				// Hub rows lack the list-only aggregates; keep the live ones until the re-read lands.
				replace({
					...existing,
					...event.payload.run,
					mean_headline_score: event.payload.run.mean_headline_score ?? existing?.mean_headline_score,
					ok_cases: event.payload.run.ok_cases ?? existing?.ok_cases,
					status_breakdown: event.payload.run.status_breakdown ?? existing?.status_breakdown,
				});
				finished.push(event.payload.run.id);
				break;
			}
		}
	}
	return { list: { ...list, runs, changed, counted }, finished };
}

/** Inserts or replaces one run (a trigger's or cancel's answer), highlighting what changed. */
export function upsertRun(list: RunsList, run: BenchRun, now = Date.now()): RunsList {
	const before = list.runs.find((r) => r.id === run.id);
	const merged = before ? { ...before, ...run, mean_headline_score: run.mean_headline_score ?? before.mean_headline_score, ok_cases: run.ok_cases ?? before.ok_cases } : run;
	const others = list.runs.filter((r) => r.id !== run.id);
	return { ...list, runs: sortNewestFirst([merged, ...others]), changed: markDiff(list.changed, before, merged, now) };
}

/** Drops a run (deleted). */
export function removeRun(list: RunsList, runId: number): RunsList {
	return { ...list, runs: list.runs.filter((r) => r.id !== runId) };
}

/** True while the cell should be highlighted. */
export function isFresh(changed: ChangedCells, runId: number, field: RunField, now = Date.now()): boolean {
	const at = changed[runId]?.[field] ?? changed[runId]?.row;
	return at !== undefined && now - at < CHANGE_HIGHLIGHT_MS;
}

/** Forgets highlights older than the highlight time (keeps the map small). */
export function pruneChanged(changed: ChangedCells, now = Date.now()): ChangedCells {
	const next: ChangedCells = {};
	for (const [id, cells] of Object.entries(changed)) {
		const fresh = Object.entries(cells).filter(([, at]) => at !== undefined && now - at < CHANGE_HIGHLIGHT_MS);
		if (fresh.length) next[Number(id)] = Object.fromEntries(fresh);
	}
	return next;
}

/** Run duration: completed − triggered, or elapsed so far while active. */
export function runDurationMs(run: BenchRun, now = Date.now()): number | null {
	const start = Date.parse(run.triggered_at);
	if (Number.isNaN(start)) return null;
	const end = run.completed_at ? Date.parse(run.completed_at) : run.status === 'pending' || run.status === 'running' ? now : NaN;
	return Number.isNaN(end) ? null : Math.max(0, end - start);
}

/** `ok 38 · wf✗ 1 · judge✗ 1 · skip 0 · cached 2`, zero buckets left out. */
export function breakdownText(breakdown: StatusBreakdown | undefined): string {
	const labels: [keyof StatusBreakdown, string][] = [
		['ok', 'ok'],
		['cached', 'cached'],
		['workflow_failed', 'wf-fail'],
		['judge_failed', 'judge-fail'],
		['skipped', 'skip'],
	];
	return labels
		.filter(([key]) => (breakdown?.[key] ?? 0) > 0)
		.map(([key, label]) => `${label} ${breakdown?.[key]}`)
		.join(` ${drawing.dot} `);
}

export function isActive(run: Pick<BenchRun, 'status'>): boolean {
	return run.status === 'pending' || run.status === 'running';
}
