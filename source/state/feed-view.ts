// The filtered, sorted slice of a run feed that a list draws. Computed lazily and cached: while only new rows
// arrive (the common case at 30 Hz), the cached slice is extended with them instead of being rebuilt.
import { RESULT_STATUSES, type BenchResult, type ResultStatus } from '../client/types.js';

export type FeedSort = 'arrival' | 'score' | 'cost' | 'duration';
/** Arrival order; score lowest first (failures, no score, before all); cost and duration highest first. */
export const FEED_SORTS: readonly FeedSort[] = ['arrival', 'score', 'cost', 'duration'];

export type StatusFilter = 'all' | ResultStatus;
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', ...RESULT_STATUSES];

export interface FeedQuery {
	status: StatusFilter;
	/** Case-insensitive substring of the case label; '' matches everything. */
	text: string;
	sort: FeedSort;
}

/** One result in arrival order. `result` is replaced in place when a backfill row enriches a live one. */
export interface FeedRow {
	readonly seq: number;
	result: BenchResult;
}

/** What a list shows for a case: its name from the `/results` read path, else its id. */
export function caseLabel(result: BenchResult): string {
	return result.case_name ?? result.case_id;
}

/** Above this many new rows a sorted slice is rebuilt rather than extended by binary insertion. */
const REBUILD_THRESHOLD = 256;

type Compare = (a: FeedRow, b: FeedRow) => number;

const bySeq: Compare = (a, b) => a.seq - b.seq;
/** Descending by `key`, missing values last, arrival order between equals. */
const descending =
	(key: (r: BenchResult) => number | null | undefined): Compare =>
	(a, b) =>
		(key(b.result) ?? -Infinity) - (key(a.result) ?? -Infinity) || a.seq - b.seq;

const COMPARE: Record<FeedSort, Compare> = {
	arrival: bySeq,
	score: (a, b) => (a.result.headline_score ?? -Infinity) - (b.result.headline_score ?? -Infinity) || a.seq - b.seq,
	cost: descending((r) => r.cost_usd),
	duration: descending((r) => r.duration_ms),
};

function matcher(query: FeedQuery): (row: FeedRow) => boolean {
	const text = query.text.toLowerCase();
	const status = query.status;
	if (status === 'all' && !text) return () => true;
	return (row) =>
		(status === 'all' || row.result.status === status) && (!text || caseLabel(row.result).toLowerCase().includes(text));
}

export class FeedViewCache {
	#key = '';
	#reshapeVersion = -1;
	#consumed = 0;
	#slice: FeedRow[] = [];

	/**
	 * The rows of `all` matching `query`, in its order. `reshapeVersion` must change whenever a row already in `all`
	 * changed in a way that can move it (status, score, name…); appends alone need no change.
	 * The returned array is owned by the cache and may grow in place on a later call.
	 */
	get(all: readonly FeedRow[], query: FeedQuery, reshapeVersion: number): readonly FeedRow[] {
		const key = `${query.status}\u0000${query.sort}\u0000${query.text.toLowerCase()}`;
		const fresh = all.length - this.#consumed;
		const rebuild =
			key !== this.#key ||
			reshapeVersion !== this.#reshapeVersion ||
			fresh < 0 ||
			(query.sort !== 'arrival' && fresh > REBUILD_THRESHOLD);
		if (rebuild) this.#rebuild(all, query);
		else if (fresh > 0) this.#extend(all, query);
		this.#key = key;
		this.#reshapeVersion = reshapeVersion;
		this.#consumed = all.length;
		return this.#slice;
	}

	#rebuild(all: readonly FeedRow[], query: FeedQuery): void {
		const matches = matcher(query);
		this.#slice = all.filter(matches);
		if (query.sort !== 'arrival') this.#slice.sort(COMPARE[query.sort]);
	}

	#extend(all: readonly FeedRow[], query: FeedQuery): void {
		const matches = matcher(query);
		const compare = COMPARE[query.sort];
		for (let i = this.#consumed; i < all.length; i++) {
			const row = all[i];
			if (!matches(row)) continue;
			if (query.sort === 'arrival') this.#slice.push(row);
			else this.#slice.splice(insertionPoint(this.#slice, row, compare), 0, row);
		}
	}
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
