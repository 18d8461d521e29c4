// Loads both runs and their comparison. The older run is the baseline (A) unless the user swapped; a swap
// re-fetches compare(b, a) because the server defines every delta as B − A.
import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../../../client/api.js';
import { describeError } from '../../../client/errors.js';
import type { BenchRun, CompareReport } from '../../../wire/types.js';
import { orderRuns } from '../../../state/compare.js';

export type CompareLoad =
	| { state: 'loading' }
	| { state: 'error'; message: string }
	| { state: 'ready'; report: CompareReport; runA: BenchRun; runB: BenchRun; scriptName: string | null };

async function loadComparison(client: Client, first: number, second: number, swapped: boolean): Promise<CompareLoad> {
	const [x, y] = await Promise.all([client.benchRuns.get(first), client.benchRuns.get(second)]);
	const missing = [x ? null : first, y ? null : second].filter((id) => id !== null);
	if (!x || !y) return { state: 'error', message: `run ${missing.join(' and run ')} not found (or not readable with this token)` };
	const [older, newer] = orderRuns(x, y);
	const [runA, runB] = swapped ? [newer, older] : [older, newer];
	// The bench's script name only decorates the title: its failure must not hide the comparison.
	const [report, bench] = await Promise.all([client.benchRuns.compare(runA.id, runB.id), client.benchRuns.benchById(runA.bench_id).catch(() => null)]);
	return { state: 'ready', report, runA, runB, scriptName: bench?.script_name ?? null };
}

export function useCompareReport(client: Client, first: number, second: number) {
	const [swapped, setSwapped] = useState(false);
	const [generation, setGeneration] = useState(0);
	const [load, setLoad] = useState<CompareLoad>({ state: 'loading' });

	useEffect(() => {
		let live = true;
		setLoad((previous) => (previous.state === 'ready' ? previous : { state: 'loading' }));
		loadComparison(client, first, second, swapped).then(
			(next) => live && setLoad(next),
			(error: unknown) => live && setLoad({ state: 'error', message: `cannot compare run ${first} with run ${second}: ${describeError(error)}` }),
		);
		return () => {
			live = false;
		};
	}, [client, first, second, swapped, generation]);

	const swap = useCallback(() => setSwapped((s) => !s), []);
	const refresh = useCallback(() => setGeneration((g) => g + 1), []);
	return { load, swap, refresh };
}
