// Per-case results of both runs for the side-by-side pane: fetched once per run (on first use), indexed by case id.
import { useCallback, useRef, useState } from 'react';
import type { Client } from '../../../client/api.js';
import { describeError } from '../../../client/errors.js';
import type { BenchResult } from '../../../wire/types.js';
import { indexByCase } from '../../../state/case-pane-lines.js';

export type RunResults = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; byCase: Map<string, BenchResult> };

export function useCaseResults(client: Client) {
	const [byRun, setByRun] = useState<ReadonlyMap<number, RunResults>>(new Map());
	const requested = useRef(new Set<number>());

	const ensure = useCallback(
		(runId: number) => {
			if (requested.current.has(runId)) return;
			requested.current.add(runId);
			const set = (results: RunResults) => setByRun((previous) => new Map(previous).set(runId, results));
			set({ state: 'loading' });
			client.benchRuns.listResults(runId).then(
				(results) => set({ state: 'ready', byCase: indexByCase(results) }),
				(error: unknown) => {
					requested.current.delete(runId);
					set({ state: 'error', message: describeError(error) });
				},
			);
		},
		[client],
	);

	const reset = useCallback(() => {
		requested.current.clear();
		setByRun(new Map());
	}, []);

	return { results: byRun, ensure, reset };
}
