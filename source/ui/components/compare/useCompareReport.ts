// Loads both runs and their comparison. The older run is the baseline (A) until the route is `ordered` (after the
// first load, or a swap); a swap re-fetches compare(b, a) because the server defines every delta as B − A.
import type { Client } from '../../../client/api.js';
import { describeError, HttpError } from '../../../client/errors.js';
import type { BenchRun, CompareReport } from '../../../wire/types.js';
import { orderRuns } from '../../../state/compare.js';
import { useRequest } from '../../hooks/useRequest.js';

export type CompareLoad =
	| { state: 'loading' }
	/** `retryable`: false for a refusal that asking again cannot change (a 4xx such as runs of two benches). */
	| { state: 'error'; message: string; retryable: boolean }
	| { state: 'ready'; report: CompareReport; runA: BenchRun; runB: BenchRun; scriptName: string | null };

async function loadComparison(client: Client, first: number, second: number, ordered: boolean, signal: AbortSignal): Promise<CompareLoad> {
	const [x, y] = await Promise.all([client.benchRuns.get(first, { signal }), client.benchRuns.get(second, { signal })]);
	const missing = [x ? null : first, y ? null : second].filter((id) => id !== null);
	if (!x || !y) return { state: 'error', message: `run ${missing.join(' and run ')} not found (or not readable with this token)`, retryable: true };
	const [runA, runB] = ordered ? [x, y] : orderRuns(x, y);
	// The bench's script name only decorates the title: its failure must not hide the comparison.
	const [report, bench] = await Promise.all([
		client.benchRuns.compare(runA.id, runB.id, { signal }),
		client.benchRuns.benchById(runA.bench_id, { signal }).catch(() => null),
	]);
	return { state: 'ready', report, runA, runB, scriptName: bench?.script_name ?? null };
}

/** A 4xx other than timeouts and rate limits will be refused again: retrying cannot help. */
function retryable(error: unknown): boolean {
	return !(error instanceof HttpError) || error.status >= 500 || error.status === 408 || error.status === 429;
}

/** The comparison as a load state; a failure is shown by the view (retry or not), not in the banner. */
export function useCompareReport(client: Client, first: number, second: number, ordered: boolean) {
	const request = useRequest((signal) => loadComparison(client, first, second, ordered, signal), [client, first, second, ordered], {
		onError: () => undefined,
	});
	const { data, error, loading } = request;
	const load: CompareLoad =
		error !== undefined && !loading
			? { state: 'error', message: `cannot compare run ${first} with run ${second}: ${describeError(error)}`, retryable: retryable(error) }
			: (data ?? { state: 'loading' });
	return { load, refresh: request.reload };
}
