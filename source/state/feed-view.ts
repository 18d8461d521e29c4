// The filtered, sorted slice of a run feed that a list draws. Computed lazily and cached: while only new rows
// arrive (the common case at 30 Hz), the cached slice is extended with them instead of being rebuilt.
import { RESULT_STATUSES, type BenchCase, type BenchResult, type ResultStatus, type Verdict } from '../wire/types.js';
import { verdictOf } from './compare-verdicts.js';
import { caseLabelOf } from './case-label.js';
import type { FeedRow, ListedResult } from './feed-store.js';

export type { FeedRow, ListedResult };

export type FeedSort = 'arrival' | 'score' | 'cost' | 'duration';
/**
 * Arrival order is the server's recording order (result id), not the order rows reached this client: opening a
 * running run, the live rows recorded during the first backfill GET reach the feed before the older history.
 * Score lowest first (failures, no score, before all); cost and duration highest first.
 */
export const FEED_SORTS: readonly FeedSort[] = ['arrival', 'score', 'cost', 'duration'];

export type StatusFilter = 'all' | ResultStatus;
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', ...RESULT_STATUSES];

export type VerdictFilter = 'all' | Verdict;
export const VERDICT_FILTERS: readonly VerdictFilter[] = ['all', 'pass', 'fail', 'error'];

export interface FeedQuery {
	status: StatusFilter;
	/** The result's verdict: the server's (`/results` rows), else decided from its score and the run's pass threshold. */
	verdict: VerdictFilter;
	/** Only failures: workflow failed, judge failed, or a fail verdict. */
	failuresOnly: boolean;
	/** The run's pass threshold (for live rows, which carry no verdict); null until the run row is known. */
	passThreshold: number | null;
	/** Case-insensitive substring of the case label; '' matches everything. */
	text: string;
	sort: FeedSort;
}

/** case_id → case_name of a bench's named cases (raw: sanitize at draw time). */
export type CaseNames = ReadonlyMap<string, string>;

export function caseNameMap(cases: readonly BenchCase[]): Map<string, string> {
	const names = new Map<string, string>();
	for (const each of cases) if (each.case_name) names.set(each.id, each.case_name);
	return names;
}

/** A result's case name: from the `/results` read path, else (live SSE rows carry none) from the bench's cases. */
export function caseName(result: Pick<BenchResult, 'case_id' | 'case_name'>, names?: CaseNames): string | null {
	return result.case_name || names?.get(result.case_id) || null;
}

/** What a list shows for a case: its name, else its id. */
export function caseLabel(result: Pick<BenchResult, 'case_id' | 'case_name'>, names?: CaseNames): string {
	const name = caseName(result, names);
	// The id is read only when it is the label: a stored row (feed-store.ts) decodes it from bytes.
	return name || caseLabelOf(name, result.case_id);
}

/** Above this many new rows a sorted slice is rebuilt rather than extended by binary insertion. */
const REBUILD_THRESHOLD = 256;

type Compare = (a: FeedRow, b: FeedRow) => number;

const byId: Compare = (a, b) => a.id - b.id || a.seq - b.seq;
/** Descending by `key`, missing values last, arrival order between equals. */
const descending =
	(key: (r: ListedResult) => number | null | undefined): Compare =>
	(a, b) =>
		(key(b) ?? -Infinity) - (key(a) ?? -Infinity) || a.seq - b.seq;

const COMPARE: Record<FeedSort, Compare> = {
	arrival: byId,
	score: (a, b) => (a.headline_score ?? -Infinity) - (b.headline_score ?? -Infinity) || a.seq - b.seq,
	cost: descending((r) => r.cost_usd),
	duration: descending((r) => r.duration_ms),
};

/** A result's verdict: the server's when the row has it, else from its score against the run's pass threshold. */
export function resultVerdict(result: ListedResult, passThreshold: number | null): Verdict | null {
	if (result.verdict) return result.verdict;
	if (result.status === 'workflow_failed' || result.status === 'judge_failed') return 'error';
	return passThreshold === null ? null : verdictOf(result.headline_score, passThreshold);
}

/** Workflow failed, judge failed, or judged a fail. */
export function isFailure(result: ListedResult, passThreshold: number | null): boolean {
	return result.status === 'workflow_failed' || result.status === 'judge_failed' || resultVerdict(result, passThreshold) === 'fail';
}

/** `label` gives a row's lowercased case label. */
function matcher(query: FeedQuery, label: (row: FeedRow) => string): (row: FeedRow) => boolean {
	const text = query.text.toLowerCase();
	const { status, verdict, failuresOnly, passThreshold } = query;
	if (status === 'all' && !text && verdict === 'all' && !failuresOnly) return () => true;
	return (row) =>
		(status === 'all' || row.status === status) &&
		(verdict === 'all' || resultVerdict(row, passThreshold) === verdict) &&
		(!failuresOnly || isFailure(row, passThreshold)) &&
		(!text || label(row).includes(text));
}

export class FeedViewCache {
	#key = '';
	#reshapeVersion = -1;
	#consumed = 0;
	/** The highest result id among the consumed rows: a fresh row above it can be appended to an arrival slice. */
	#maxId = -Infinity;
	#slice: FeedRow[] = [];
	/**
	 * Lowercased case labels by seq, kept while a text filter is on: a stored row decodes its case texts from bytes
	 * (feed-store.ts), so each keystroke of the filter reuses them. Dropped when the filter is cleared, rebuilt when
	 * names or rows reshape.
	 */
	#labels: string[] = [];
	#labelsVersion = -1;

	/**
	 * The rows of `all` matching `query`, in its order. `reshapeVersion` must change whenever a row already in `all`
	 * changed in a way that can move it (status, score, name…) and whenever `names` changed; appends alone need no
	 * change. The returned array is owned by the cache and may grow in place on a later call.
	 */
	get(all: readonly FeedRow[], query: FeedQuery, reshapeVersion: number, names?: CaseNames): readonly FeedRow[] {
		const key = `${query.status}\u0000${query.sort}\u0000${query.verdict}\u0000${query.failuresOnly}\u0000${query.passThreshold}\u0000${query.text.toLowerCase()}`;
		const fresh = all.length - this.#consumed;
		const rebuild =
			key !== this.#key ||
			reshapeVersion !== this.#reshapeVersion ||
			fresh < 0 ||
			(fresh > REBUILD_THRESHOLD && (query.sort !== 'arrival' || !this.#appendsInOrder(all)));
		if (!query.text || reshapeVersion !== this.#labelsVersion) this.#labels = [];
		this.#labelsVersion = reshapeVersion;
		const labels = this.#labels;
		const label = (row: FeedRow) => (labels[row.seq] ??= caseLabel(row, names).toLowerCase());
		if (rebuild) this.#rebuild(all, query, label);
		else if (fresh > 0) this.#extend(all, query, label);
		this.#maxId = maxId(all, fresh < 0 ? 0 : this.#consumed, this.#maxId);
		this.#key = key;
		this.#reshapeVersion = reshapeVersion;
		this.#consumed = all.length;
		return this.#slice;
	}

	/** Whether every fresh row has a higher id than all before it (live rows do; a backfill's history does not). */
	#appendsInOrder(all: readonly FeedRow[]): boolean {
		let max = this.#maxId;
		for (let i = this.#consumed; i < all.length; i++) {
			if (all[i].id <= max) return false;
			max = all[i].id;
		}
		return true;
	}

	#rebuild(all: readonly FeedRow[], query: FeedQuery, label: (row: FeedRow) => string): void {
		const matches = matcher(query, label);
		// `all` is nearly in id order already, where the engine's sort (TimSort) is close to linear for `arrival`.
		this.#slice = all.filter(matches).sort(COMPARE[query.sort]);
	}

	#extend(all: readonly FeedRow[], query: FeedQuery, label: (row: FeedRow) => string): void {
		const matches = matcher(query, label);
		const compare = COMPARE[query.sort];
		for (let i = this.#consumed; i < all.length; i++) {
			const row = all[i];
			if (!matches(row)) continue;
			const last = this.#slice.at(-1);
			if (!last || compare(last, row) <= 0) this.#slice.push(row);
			else this.#slice.splice(insertionPoint(this.#slice, row, compare), 0, row);
		}
	}
}

function maxId(all: readonly FeedRow[], from: number, max: number): number {
	let result = from === 0 ? -Infinity : max;
	for (let i = from; i < all.length; i++) result = Math.max(result, all[i].id);
	return result;
}

function insertionPoint(sorted: readonly FeedRow[], row: FeedRow, compare: Compare): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (compare(sorted[middle], row) <= 0) low = middle + 1;
		else high = middle;
	}
	return low;
}
