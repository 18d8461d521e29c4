// Rings the terminal when a run this session triggered or watched ends, wherever the user is looking (another view,
// another tmux window). One poll per run (io/run-end.ts); the notification names the run, its status and mean score.
import { createContext, useContext } from 'react';
import type { Client } from '../client/api.js';
import { hasEnded, waitForRunEnd } from '../io/run-end.js';
import { notificationSequence, runEndBody } from '../look/notification.js';
import type { BenchRun } from '../wire/types.js';

export class RunEndNotifier {
	private readonly watching = new Map<number, AbortController>();

	constructor(
		private readonly client: Client,
		private readonly write: (bytes: string) => void,
		private readonly env: NodeJS.ProcessEnv,
		private readonly pollMs = 3000,
	) {}

	/** Notify once when `run` (of `script` in `projectId`) ends; a run already ended or already watched is ignored. */
	watch(run: BenchRun, projectId: number, script: string): void {
		if (hasEnded(run) || this.watching.has(run.id)) return;
		const controller = new AbortController();
		this.watching.set(run.id, controller);
		void this.notifyAtEnd(run.id, projectId, script, controller.signal);
	}

	close(): void {
		for (const controller of this.watching.values()) controller.abort();
	}

	private async notifyAtEnd(runId: number, projectId: number, script: string, signal: AbortSignal): Promise<void> {
		const ended = await waitForRunEnd(this.client, runId, { signal, intervalMs: this.pollMs });
		if (!ended || signal.aborted) return;
		// The mean score is a list-only field: read it from the newest runs of the script (best effort).
		const listed = await this.client.benches.listRuns(projectId, script, { limit: 50 }, { signal }).catch(() => []);
		const mean = listed.find((row) => row.id === runId)?.mean_headline_score;
		if (!signal.aborted) this.write(notificationSequence('bench-tui', runEndBody(ended, script, mean), this.env));
	}
}

export const RunEndNotifierContext = createContext<RunEndNotifier | null>(null);

/** The session's notifier; null when notifications are off (`--no-notify`, config `"notify": false`) or in tests. */
export function useRunEndNotifier(): RunEndNotifier | null {
	return useContext(RunEndNotifierContext);
}
