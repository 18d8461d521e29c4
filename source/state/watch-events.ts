// What a run watcher (io/run-watch) tells its consumer: result batches and its connection state. Declared here so
// the feed model can take them without importing the I/O layer.
import type { BenchResult, TerminalStatus } from '../wire/types.js';

export type ResultSource = 'live' | 'backfill';

/** What the watcher of one run is doing. */
export type WatchState =
	| { kind: 'connecting' }
	| { kind: 'live'; since: number }
	/** Disconnected since `since` (stale data); `attempt` counts failed tries in a row, from 1. */
	| { kind: 'reconnecting'; attempt: number; since: number; lastError: string; retryInMs: number }
	| { kind: 'ended'; status: TerminalStatus }
	| { kind: 'failed'; message: string; error: unknown }
	| { kind: 'stopped' };

export interface WatchHandlers {
	/** Live: the bare SSE rows of one network batch. Backfill: the `/results` rows (enriched) of one network chunk. */
	onResults(results: BenchResult[], source: ResultSource): void;
	/** A `/results` backfill was read to its end (its rows came through onResults before this). */
	onBackfilled?(): void;
	/** The server dropped `dropped` results for this subscriber; a backfill follows. */
	onLagged?(dropped: number): void;
	onConnection?(state: WatchState): void;
	/** Running total of malformed or unknown frames skipped, over every connection so far. */
	onSkipped?(total: number): void;
}
