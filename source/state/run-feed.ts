// The live result feed of one run as a plain model: results keyed by id (a reconnect, backfill or duplicate frame
// never adds a row twice; a backfill row enriches the live row it matches), stored compactly (feed-store.ts: a
// small row per result, the rest of its fields outside the JS heap), aggregates kept incrementally (no recompute per
// event), the filtered/sorted slice computed lazily and cached, and subscribers told once per applied batch (never
// per result; the view throttles its own redraws).
import type { BenchResult, BenchRun, ResultStatus, TerminalStatus } from '../wire/types.js';
import { RESULT_STATUSES } from '../wire/types.js';
import { RateMeter } from './feed-rate.js';
import { FeedRow, RowStore, type ListedResult } from './feed-store.js';
import {
	FEED_SORTS,
	FeedViewCache,
	STATUS_FILTERS,
	VERDICT_FILTERS,
	caseLabel,
	caseName,
	type CaseNames,
	type FeedQuery,
	type FeedSort,
	type StatusFilter,
	type VerdictFilter,
} from './feed-view.js';
import type { ResultSource, WatchHandlers, WatchState } from './watch-events.js';

export interface RunFeedOptions {
	/** Local clock (ms); injectable so tests control throughput and ETA. */
	now?: () => number;
	/** Sliding window of the results/s figure. Default 5 s. */
	rateWindowMs?: number;
}

const SCORED: ReadonlySet<ResultStatus> = new Set(['ok', 'cached']);

function emptyCounts(): Record<ResultStatus, number> {
	return Object.fromEntries(RESULT_STATUSES.map((status) => [status, 0])) as Record<ResultStatus, number>;
}

/** Whole results kept for `get` (the shown one, the inspected one…), so their identity is stable across renders. */
const RECENT_RESULTS = 16;

/** Fields whose change can move a row within a filtered/sorted slice. */
function placementChanged(a: ListedResult, b: ListedResult, names: CaseNames): boolean {
	return (
		a.status !== b.status ||
		a.headline_score !== b.headline_score ||
		a.cost_usd !== b.cost_usd ||
		a.duration_ms !== b.duration_ms ||
		caseLabel(a, names) !== caseLabel(b, names)
	);
}

export class RunFeed {
	readonly runId: number;
	run: BenchRun | null = null;
	terminal: TerminalStatus | null = null;
	connection: WatchState = { kind: 'connecting' };
	/** Sum of `lagged.dropped` reported by the server (each one triggered a resync). */
	droppedByServer = 0;
	/** Malformed or unknown frames the client skipped. */
	skippedFrames = 0;

	readonly #now: () => number;
	readonly #rate: RateMeter;
	readonly #rows: FeedRow[] = [];
	readonly #byId = new Map<number, FeedRow>();
	readonly #store = new RowStore();
	/** The last whole results `get` built, by id (insertion order = age). */
	readonly #recent = new Map<number, { row: FeedRow; version: number; result: BenchResult }>();
	/** Names for the live rows, which carry only a case id (see setCaseNames). */
	#caseNames: CaseNames = new Map();
	readonly #counts = emptyCounts();
	#scoreSum = 0;
	#scoreCount = 0;
	#cost = 0;
	#loaded = false;
	#reshapeVersion = 0;
	#query: FeedQuery = { status: 'all', verdict: 'all', failuresOnly: false, passThreshold: null, text: '', sort: 'arrival' };
	/** p50/p95 of the durations, cached for one (size, reshape) state. */
	#percentiles: { key: string; value: DurationPercentiles | null } = { key: '', value: null };
	readonly #view = new FeedViewCache();
	readonly #listeners = new Set<() => void>();
	#version = 0;

	constructor(runId: number, options: RunFeedOptions = {}) {
		this.runId = runId;
		this.#now = options.now ?? Date.now;
		this.#rate = new RateMeter(options.rateWindowMs);
	}

	// ---- change notification ----

	/** `listener` runs once per applied batch (not per result); returns the unsubscribe function. */
	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** A number that changes with every change listeners are told of (a snapshot for useSyncExternalStore). */
	readonly getSnapshot = (): number => this.#version;

	#changed(): void {
		this.#version++;
		for (const listener of this.#listeners) listener();
	}

	// ---- inputs ----

	/** The handlers `watchRun` calls, writing into this model. */
	handlers(): WatchHandlers {
		return {
			onResults: (results, source) => this.applyResults(results, source),
			onLagged: (dropped) => this.noteLagged(dropped),
			onSkipped: (total) => this.noteSkipped(total),
			onConnection: (state) => this.setConnection(state),
			onBackfilled: () => this.noteBackfilled(),
		};
	}

	setRun(run: BenchRun): void {
		this.run = run;
		const threshold = run.pass_threshold ?? null;
		if (threshold !== this.#query.passThreshold) this.#query = { ...this.#query, passThreshold: threshold };
		this.#changed();
	}

	/** The bench's case names (see caseNameMap), used for rows whose own `case_name` is missing. */
	setCaseNames(names: CaseNames): void {
		this.#caseNames = names;
		// Labels feed the text filter: the filtered slice is rebuilt once.
		this.#reshapeVersion++;
		this.#changed();
	}

	setConnection(state: WatchState): void {
		this.connection = state;
		if (state.kind === 'ended') this.terminal = state.status;
		this.#changed();
	}

	noteLagged(dropped: number): void {
		this.droppedByServer += dropped;
		this.#changed();
	}

	/** `total` is the running count of skipped frames over every connection. */
	noteSkipped(total: number): void {
		this.skippedFrames = total;
		this.#changed();
	}

	/**
	 * Merges a batch by result id; returns how many results were new. A backfill (`/results`) row enriches the live
	 * row of the same id once; a recorded result does not change, so later backfills leave an enriched row as it is.
	 */
	applyResults(results: readonly BenchResult[], source: ResultSource): number {
		let added = 0;
		for (const result of results) {
			const existing = this.#byId.get(result.id);
			if (!existing) {
				const row = new FeedRow(this.#store.append(result, source === 'backfill'), this.#store);
				this.#rows.push(row);
				this.#byId.set(result.id, row);
				this.#include(row, 1);
				added++;
			} else if (source === 'backfill' && !existing.enriched) {
				// The /results row only adds the read-path fields.
				if (placementChanged(existing, result, this.#caseNames)) this.#reshapeVersion++;
				this.#include(existing, -1);
				this.#store.enrich(existing.seq, result);
				this.#include(existing, 1);
				this.#recent.delete(result.id);
			}
		}
		// The first load of an already-running run is history, not throughput.
		if (source === 'live' || this.#loaded) this.#rate.add(added, this.#now());
		if (added > 0 || source === 'backfill') this.#changed();
		return added;
	}

	/** A `/results` backfill was read to its end: rows that backfills add from now on count as throughput. */
	noteBackfilled(): void {
		this.#loaded = true;
	}

	#include(result: ListedResult, sign: 1 | -1): void {
		this.#counts[result.status] = (this.#counts[result.status] ?? 0) + sign;
		this.#cost += sign * (result.cost_usd ?? 0);
		if (SCORED.has(result.status) && result.headline_score != null) {
			this.#scoreSum += sign * result.headline_score;
			this.#scoreCount += sign;
		}
	}

	// ---- reads ----

	get size(): number {
		return this.#rows.length;
	}

	/**
	 * The whole result (every field, as decoded), rebuilt from its stored row; the same object on each call until a
	 * backfill enriches it.
	 */
	get(id: number): BenchResult | undefined {
		const row = this.#byId.get(id);
		if (!row) return undefined;
		const recent = this.#recent.get(id);
		const version = row.version;
		if (recent && recent.row === row && recent.version === version) return recent.result;
		const result = this.#store.result(row.seq, row);
		this.#recent.delete(id);
		this.#recent.set(id, { row, version, result });
		if (this.#recent.size > RECENT_RESULTS) this.#recent.delete(this.#recent.keys().next().value as number);
		return result;
	}

	/** Whether the stored row is the enriched `/results` one (so `workflow_output` is known, possibly null). */
	isEnriched(id: number): boolean {
		return this.#byId.get(id)?.enriched ?? false;
	}

	/** The result's case name: its own (from `/results`), else the bench's; null when unnamed or unknown. */
	caseName(result: Pick<BenchResult, 'case_id' | 'case_name'>): string | null {
		return caseName(result, this.#caseNames);
	}

	/** What a list shows for the result's case: its name, else its id. Raw: sanitize before drawing. */
	caseLabel(result: Pick<BenchResult, 'case_id' | 'case_name'>): string {
		return caseLabel(result, this.#caseNames);
	}

	/** Every whole result in arrival order (each rebuilt: for exports and tests, not for drawing). */
	results(): BenchResult[] {
		return this.#rows.map((row) => this.#store.result(row.seq, row));
	}

	get counts(): Readonly<Record<ResultStatus, number>> {
		return this.#counts;
	}

	/** Mean headline score over `ok` + `cached` results (the server's `mean_headline_score`), null before any. */
	get meanScore(): number | null {
		return this.#scoreCount === 0 ? null : this.#scoreSum / this.#scoreCount;
	}

	get costUsd(): number {
		return this.#cost;
	}

	/** The run's case count, once the run row is known. */
	get total(): number | null {
		return this.run ? this.run.total_cases : null;
	}

	ratePerSecond(): number {
		return this.#rate.perSecond(this.#now());
	}

	/** From the run's trigger to its completion (or now); null before the run row is known. */
	elapsedMs(): number | null {
		if (!this.run) return null;
		const start = Date.parse(this.run.triggered_at);
		const end = this.run.completed_at ? Date.parse(this.run.completed_at) : this.#now();
		return Number.isNaN(start) || Number.isNaN(end) ? null : Math.max(0, end - start);
	}

	/** Remaining cases at the current rate; 0 once finished, null when unknown (no total or no rate yet). */
	etaMs(): number | null {
		if (this.terminal) return 0;
		const total = this.total;
		if (total == null) return null;
		const remaining = Math.max(0, total - this.size);
		if (remaining === 0) return 0;
		const rate = this.ratePerSecond();
		return rate > 0 ? (remaining / rate) * 1_000 : null;
	}

	// ---- filter and sort ----

	get query(): Readonly<FeedQuery> {
		return this.#query;
	}

	/** The filtered, sorted rows. The array is owned by the model: read it during one render, don't keep it. */
	rows(): readonly FeedRow[] {
		return this.#view.get(this.#rows, this.#query, this.#reshapeVersion, this.#caseNames);
	}

	setQuery(change: Partial<FeedQuery>): void {
		this.#query = { ...this.#query, ...change };
		this.#changed();
	}

	/** `direction` -1 cycles backwards (F). */
	cycleStatusFilter(direction: 1 | -1 = 1): StatusFilter {
		this.setQuery({ status: next(STATUS_FILTERS, this.#query.status, direction) });
		return this.#query.status;
	}

	cycleVerdictFilter(): VerdictFilter {
		this.setQuery({ verdict: next(VERDICT_FILTERS, this.#query.verdict) });
		return this.#query.verdict;
	}

	toggleFailuresOnly(): boolean {
		this.setQuery({ failuresOnly: !this.#query.failuresOnly });
		return this.#query.failuresOnly;
	}

	/** Median and 95th percentile of the durations recorded so far (nearest rank); null before any. */
	durationPercentiles(): DurationPercentiles | null {
		const key = `${this.#rows.length}:${this.#reshapeVersion}`;
		if (this.#percentiles.key !== key) this.#percentiles = { key, value: percentiles(this.#rows) };
		return this.#percentiles.value;
	}

	cycleSort(): FeedSort {
		this.setQuery({ sort: next(FEED_SORTS, this.#query.sort) });
		return this.#query.sort;
	}
}

function next<T>(cycle: readonly T[], current: T, direction: 1 | -1 = 1): T {
	return cycle[(cycle.indexOf(current) + direction + cycle.length) % cycle.length];
}

export interface DurationPercentiles {
	p50: number;
	p95: number;
}

function percentiles(rows: readonly FeedRow[]): DurationPercentiles | null {
	const durations = new Float64Array(rows.length);
	let n = 0;
	for (const row of rows) if (row.duration_ms != null) durations[n++] = row.duration_ms;
	if (n === 0) return null;
	const sorted = durations.subarray(0, n).sort();
	const rank = (p: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))];
	return { p50: rank(0.5), p95: rank(0.95) };
}
