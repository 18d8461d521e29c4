// Loads both runs and their comparison. The older run is the baseline (A) until the route is `ordered` (after the
// first load, or a swap); a swap re-fetches compare(b, a) because the server defines every delta as B − A.
import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../../../client/api.js';
import { describeError, HttpError } from '../../../client/errors.js';
import type { BenchRun, CompareReport } from '../../../wire/types.js';
import { orderRuns } from '../../../state/compare.js';

export type CompareLoad =
	| { state: 'loading' }
	/** `retryable`: false for a refusal that asking again cannot change (a 4xx such as runs of two benches). */
	| { state: 'error'; message: string; retryable: boolean }
	| { state: 'ready'; report: CompareReport; runA: BenchRun; runB: BenchRun; scriptName: string | null };

async function loadComparison(client: Client, first: number, second: number, ordered: boolean): Promise<CompareLoad> {
	const [x, y] = await Promise.all([client.benchRuns.get(first), client.benchRuns.get(second)]);
	const missing = [x ? null : first, y ? null : second].filter((id) => id !== null);
	if (!x || !y) return { state: 'error', message: `run ${missing.join(' and run ')} not found (or not readable with this token)`, retryable: true };
	const [runA, runB] = ordered ? [x, y] : orderRuns(x, y);
	// The bench's script name only decorates the title: its failure must not hide the comparison.
	const [report, bench] = await Promise.all([client.benchRuns.compare(runA.id, runB.id), client.benchRuns.benchById(runA.bench_id).catch(() => null)]);
	return { state: 'ready', report, runA, runB, scriptName: bench?.script_name ?? null };
}

/** A 4xx other than timeouts and rate limits will be refused again: retrying cannot help. */
function retryable(error: unknown): boolean {
	return !(error instanceof HttpError) || error.status >= 500 || error.status === 408 || error.status === 429;
}

export function useCompareReport(client: Client, first: number, second: number, ordered: boolean) {
	const [generation, setGeneration] = useState(0);
	const [load, setLoad] = useState<CompareLoad>({ state: 'loading' });

	useEffect(() => {
		let live = true;
		setLoad((previous) => (previous.state === 'ready' ? previous : { state: 'loading' }));
		loadComparison(client, first, second, ordered).then(
			(next) => live && setLoad(next),
			(error: unknown) =>
				live && setLoad({ state: 'error', message: `cannot compare run ${first} with run ${second}: ${describeError(error)}`, retryable: retryable(error) }),
		);
		return () => {
			live = false;
		};
	}, [client, first, second, ordered, generation]);

	const refresh = useCallback(() => setGeneration((g) => g + 1), []);
	return { load, refresh };
}
