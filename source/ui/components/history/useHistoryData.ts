// The history view's data: the bench's cases and last `count` completed runs, then each run's results as they
// arrive (4 at a time, from the disk cache when finished runs are there). Raising `count` loads only the older runs
// not yet loaded; `reload` starts over (the cache still serves finished runs). Stops when the view unmounts.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../../../client/api.js';
import { describeError, isAbortError } from '../../../client/errors.js';
import { defaultCacheDir, ResultCache } from '../../../io/history-cache.js';
import { listCompletedRuns, listHistoryCases, loadHistoryColumns } from '../../../io/history-loader.js';
import type { CompactRun, HistoryCase, HistoryColumn } from '../../../state/history.js';
import type { BenchRun } from '../../../wire/types.js';
import { useFrameCappedStore, type SnapshotStore } from '../../hooks/useFrameCappedStore.js';

export interface HistoryData {
	state: 'loading' | 'ready' | 'error';
	message?: string;
	cases: HistoryCase[];
	/** Oldest first; a column without `data` is still loading. */
	columns: HistoryColumn[];
	/** Columns whose results arrived, of the columns asked for. */
	progress: { done: number; total: number };
	/** Columns read from the disk cache in this load. */
	fromCache: number;
}

/** Columns arriving are shown at most this often: each showing rebuilds the matrix model (~100 ms at 5 000 × 30). */
const MODEL_BUILDS_PER_SECOND = 2;

const EMPTY: HistoryData = { state: 'loading', cases: [], columns: [], progress: { done: 0, total: 0 }, fromCache: 0 };

/** The disk cache the app uses (where XDG says); a cache that cannot be used only costs fetches. */
export function appResultCache(): ResultCache {
	return new ResultCache(defaultCacheDir());
}

/** The data as the loader builds it, outside React; the view draws it through useFrameCappedStore. */
class HistoryDataStore implements SnapshotStore<HistoryData> {
	#data = EMPTY;
	readonly #listeners = new Set<() => void>();
	getSnapshot = () => this.#data;
	subscribe = (listener: () => void) => {
		this.#listeners.add(listener);
		return () => void this.#listeners.delete(listener);
	};
	set = (update: HistoryData | ((previous: HistoryData) => HistoryData)) => {
		this.#data = typeof update === 'function' ? update(this.#data) : update;
		for (const listener of this.#listeners) listener();
	};
}

export function useHistoryData(client: Client, projectId: number, script: string, count: number, cache: ResultCache | null = appResultCache()) {
	const [store] = useState(() => new HistoryDataStore());
	const data = useFrameCappedStore(store, MODEL_BUILDS_PER_SECOND);
	const setData = store.set;
	const [generation, setGeneration] = useState(0);
	const loaded = useRef(new Map<number, CompactRun>());
	const cacheRef = useRef(cache);

	// A reload starts over. (Effects also re-run when the view is shown again after a view above it closes: that
	// only re-reads the run list, keeping what was loaded.)
	const generationLoaded = useRef(generation);
	useEffect(() => {
		if (generationLoaded.current === generation) return;
		generationLoaded.current = generation;
		loaded.current = new Map();
		setData(EMPTY);
	}, [generation, setData]);

	useEffect(() => {
		const controller = new AbortController();
		const { signal } = controller;
		const store = loaded.current;
		void (async () => {
			try {
				const [runs, cases] = await Promise.all([
					listCompletedRuns(client, projectId, script, count, signal),
					listHistoryCases(client, projectId, script, signal),
				]);
				if (signal.aborted) return;
				const missing = runs.filter((run) => !store.has(run.id));
				const columnsOf = (list: readonly BenchRun[]) => list.map((run) => ({ run, data: store.get(run.id) }));
				setData((d) => ({
					...d,
					state: 'ready',
					cases,
					columns: columnsOf(runs),
					progress: { done: runs.length - missing.length, total: runs.length },
				}));
				await loadHistoryColumns(
					client,
					cacheRef.current,
					missing,
					{
						onColumn(runId, column) {
							if ('data' in column) store.set(runId, column.data);
							setData((d) => ({
								...d,
								columns: d.columns.map((c) => (c.run.id !== runId ? c : 'data' in column ? { run: c.run, data: column.data } : { run: c.run, error: column.error })),
								progress: { ...d.progress, done: d.progress.done + 1 },
								fromCache: d.fromCache + ('data' in column && column.source === 'cache' ? 1 : 0),
							}));
						},
					},
					{ signal },
				);
			} catch (error) {
				if (signal.aborted || isAbortError(error)) return;
				setData((d) => ({ ...d, state: 'error', message: describeError(error) }));
			}
		})();
		return () => controller.abort();
	}, [client, projectId, script, count, generation, setData]);

	const reload = useCallback(() => setGeneration((g) => g + 1), []);
	return { data, reload };
}
