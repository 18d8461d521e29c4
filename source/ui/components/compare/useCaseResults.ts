// Per-case results of both runs for the side-by-side pane: fetched once per run (on first use), indexed by case id.
// A fetch runs with the view's signal: hiding the view (a view pushed above it) or closing it aborts it, and a run
// whose fetch was cut that way is asked for again when the view shows. A reset (r) aborts what is in flight, so an
// answer to the old question never lands after it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../../../client/api.js';
import { describeError, isAbortError } from '../../../client/errors.js';
import type { BenchResult } from '../../../wire/types.js';
import { indexByCase } from '../../../state/case-pane-lines.js';

export type RunResults = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; byCase: Map<string, BenchResult> };

/** The abort reason of a reset's abort. */
const RESET = Symbol('reset');

export function useCaseResults(client: Client) {
	const [byRun, setByRun] = useState<ReadonlyMap<number, RunResults>>(new Map());
	/** Runs asked for and not failed: loading or ready. */
	const requested = useRef(new Set<number>());
	/** Runs whose fetch the view's hiding cut: still shown as loading, fetched again on show. */
	const cut = useRef(new Set<number>());
	/** Aborts the fetches in flight: replaced on show and on reset; null while hidden. */
	const inFlight = useRef<AbortController | null>(null);

	const fetchRun = useCallback(
		(runId: number, signal: AbortSignal) => {
			const set = (results: RunResults) => setByRun((previous) => new Map(previous).set(runId, results));
			client.benchRuns.listResults(runId, { signal }).then(
				(results) => set({ state: 'ready', byCase: indexByCase(results) }),
				(error: unknown) => {
					if (signal.aborted || isAbortError(error)) {
						// Cut by hiding: asked for again on show. Cut by a reset: forgotten with everything else.
						if (signal.reason !== RESET) cut.current.add(runId);
						return;
					}
					requested.current.delete(runId);
					set({ state: 'error', message: describeError(error) });
				},
			);
		},
		[client],
	);

	useEffect(() => {
		inFlight.current = new AbortController();
		for (const runId of cut.current) fetchRun(runId, inFlight.current.signal);
		cut.current.clear();
		return () => {
			inFlight.current?.abort();
			inFlight.current = null;
		};
	}, [fetchRun]);

	const ensure = useCallback(
		(runId: number) => {
			if (requested.current.has(runId)) return;
			requested.current.add(runId);
			setByRun((previous) => new Map(previous).set(runId, { state: 'loading' }));
			if (inFlight.current) fetchRun(runId, inFlight.current.signal);
			else cut.current.add(runId);
		},
		[fetchRun],
	);

	const reset = useCallback(() => {
		if (inFlight.current) {
			inFlight.current.abort(RESET);
			inFlight.current = new AbortController();
		}
		requested.current.clear();
		cut.current.clear();
		setByRun(new Map());
	}, []);

	return { results: byRun, ensure, reset };
}
