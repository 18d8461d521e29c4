// Loads a bench's case history: its last N completed runs, then each run's results, 4 at a time, newest first,
// each handed over as it arrives (so the matrix fills in column by column). Finished runs are read from and written
// to the disk cache; a cache that cannot be read or written only costs a fetch.
import type { Client } from '../client/api.js';
import { describeError, isAbortError } from '../client/errors.js';
import type { BenchCase, BenchResult, BenchRun } from '../wire/types.js';
import { compactRun, type CompactRun, type HistoryCase } from '../state/history.js';
import { isFinished, type ResultCache } from './history-cache.js';
import { inParallel } from './in-parallel.js';

export const HISTORY_PARALLEL = 4;
const RUNS_PAGE = 100;
/** How far back the run list is paged looking for completed runs. */
const MAX_RUNS_SCANNED = 2_000;

/** The bench's last `count` completed runs, oldest first (the matrix draws the newest on the right). */
export async function listCompletedRuns(client: Client, projectId: number, script: string, count: number, signal?: AbortSignal): Promise<BenchRun[]> {
	const completed: BenchRun[] = [];
	for (let offset = 0; completed.length < count && offset < MAX_RUNS_SCANNED; offset += RUNS_PAGE) {
		const page = await client.benches.listRuns(projectId, script, { limit: RUNS_PAGE, offset }, { signal });
		for (const run of page) if (run.status === 'completed' && completed.length < count) completed.push(run);
		if (page.length < RUNS_PAGE) break;
	}
	return completed.reverse();
}

/** The bench's cases as matrix rows (id and name). */
export async function listHistoryCases(client: Client, projectId: number, script: string, signal?: AbortSignal): Promise<HistoryCase[]> {
	const cases: BenchCase[] = await client.benches.listCases(projectId, script, { signal });
	return cases.map((c) => ({ id: c.id, name: c.case_name }));
}

export type ColumnSource = 'cache' | 'network';

/** A run's full results (with outputs): from the cache when it holds them, else fetched (and cached when finished). */
export async function runResults(
	client: Client,
	cache: ResultCache | null,
	run: BenchRun,
	signal?: AbortSignal,
): Promise<{ results: BenchResult[]; source: ColumnSource }> {
	const cached = cache ? await cache.read(client.baseUrl, run.id) : undefined;
	if (cached) return { results: cached, source: 'cache' };
	const results = await client.benchRuns.listResults(run.id, { signal });
	if (cache && isFinished(run)) await cache.write(client.baseUrl, run.id, results).catch(() => undefined);
	return { results, source: 'network' };
}

export interface HistoryLoadHandlers {
	onColumn(runId: number, column: { data: CompactRun; source: ColumnSource } | { error: string }): void;
	onProgress?(done: number, total: number): void;
}

/**
 * Fetches the results of `runs` (newest first, at most `parallel` at a time) and hands each over compacted.
 * A failed run is reported on its column and the others go on. Stops handing over once `signal` aborts.
 * Prunes the cache to its size bound at the end.
 */
export async function loadHistoryColumns(
	client: Client,
	cache: ResultCache | null,
	runs: readonly BenchRun[],
	handlers: HistoryLoadHandlers,
	options: { parallel?: number; signal?: AbortSignal } = {},
): Promise<void> {
	const { signal } = options;
	let done = 0;
	handlers.onProgress?.(0, runs.length);
	const newestFirst = [...runs].sort((a, b) => b.id - a.id);
	await inParallel(newestFirst, options.parallel ?? HISTORY_PARALLEL, async (run) => {
		if (signal?.aborted) return;
		let column: Parameters<HistoryLoadHandlers['onColumn']>[1];
		try {
			const { results, source } = await runResults(client, cache, run, signal);
			column = { data: compactRun(run, results), source };
		} catch (error) {
			if (isAbortError(error)) return;
			column = { error: describeError(error) };
		}
		if (signal?.aborted) return;
		handlers.onColumn(run.id, column);
		handlers.onProgress?.(++done, runs.length);
	});
	if (cache && !signal?.aborted) await cache.prune().catch(() => undefined);
}
