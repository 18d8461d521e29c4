// Waits for a run to end by reading it every few seconds: cheap (one small GET), and independent of which views are
// mounted, so a run that ends while the user looks elsewhere is still seen.
import type { Client } from '../client/api.js';
import { isAbortError } from '../client/errors.js';
import { sleep } from '../client/abort.js';
import type { BenchRun } from '../wire/types.js';

const ENDED = new Set(['completed', 'failed', 'canceled']);

export function hasEnded(run: Pick<BenchRun, 'status'>): boolean {
	return ENDED.has(run.status);
}

/** The run once it has ended; null when it vanished (deleted) or `signal` aborted. Read errors are retried. */
export async function waitForRunEnd(client: Client, runId: number, options: { signal: AbortSignal; intervalMs?: number }): Promise<BenchRun | null> {
	const { signal, intervalMs = 3000 } = options;
	while (!signal.aborted) {
		try {
			const run = await client.benchRuns.get(runId, { signal });
			if (!run) return null;
			if (hasEnded(run)) return run;
		} catch (error) {
			if (isAbortError(error)) return null;
		}
		await sleep(intervalMs, signal);
	}
	return null;
}
