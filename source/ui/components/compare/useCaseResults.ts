// Per-case results of both runs for the side-by-side pane: fetched once per run (on first use), indexed by case id.
// A fetch runs with the view's signal: hiding the view (a view pushed above it) or closing it aborts it, and a run
// whose fetch was cut that way is asked for again when the view shows.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../../../client/api.js';
import { describeError, isAbortError } from '../../../client/errors.js';
import type { BenchResult } from '../../../wire/types.js';
import { indexByCase } from '../../../state/case-pane-lines.js';

export type RunResults = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; byCase: Map<string, BenchResult> };

export function useCaseResults(client: Client) {
	const [byRun, setByRun] = useState<ReadonlyMap<number, RunResults>>(new Map());
	/** Runs asked for and not failed: loading or ready. */
	const requested = useRef(new Set<number>());
	/** Runs whose fetch the view's hiding cut: still shown as loading, fetched again on show. */
	const cut = useRef(new Set<number>());
	/** The view's signal while it shows; null while hidden. */
	const shown = useRef<AbortSignal | null>(null);

	const fetchRun = useCallback(
		(runId: number, signal: AbortSignal) => {
			const set = (results: RunResults) => setByRun((previous) => new Map(previous).set(runId, results));
			client.benchRuns.listResults(runId, { signal }).then(
				(results) => set({ state: 'ready', byCase: indexByCase(results) }),
				(error: unknown) => {
					if (signal.aborted || isAbortError(error)) return void cut.current.add(runId);
					requested.current.delete(runId);
					set({ state: 'error', message: describeError(error) });
				},
			);
		},
		[client],
	);

	useEffect(() => {
		const controller = new AbortController();
		shown.current = controller.signal;
		for (const runId of cut.current) fetchRun(runId, controller.signal);
		cut.current.clear();
		return () => {
			shown.current = null;
			controller.abort();
		};
	}, [fetchRun]);

	const ensure = useCallback(
		(runId: number) => {
			if (requested.current.has(runId)) return;
			requested.current.add(runId);
			setByRun((previous) => new Map(previous).set(runId, { state: 'loading' }));
			if (shown.current) fetchRun(runId, shown.current);
			else cut.current.add(runId);
		},
		[fetchRun],
	);

	const reset = useCallback(() => {
		requested.current.clear();
		cut.current.clear();
		setByRun(new Map());
	}, []);

	return { results: byRun, ensure, reset };
}
