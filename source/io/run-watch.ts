// Watches one run to its end without losing or duplicating a result.
//
//   const status = await watchRun(client, runId, handlers, { signal, backoff: { baseMs, capMs } });
//
// Order per connection: subscribe FIRST (the promise resolves once the server answered 2xx), then backfill with
// GET /bench-runs/{id}/results while live frames are already being read, so every result recorded after the
// subscription is live and every one before it is in the backfill. Consumers merge by result id (RunFeed does).
// `lagged {dropped}` → onLagged, then another backfill. A transport error, a failed backfill, or the stream ending
// before `terminal` → reconnect with full-jitter exponential backoff (base 1 s, cap 30 s by default; the attempt
// count resets on each 2xx), and backfill again. Backfills are coalesced: a request made while a GET is in flight
// schedules exactly one more GET after it, so each lag or reconnect is covered by a GET that started after it;
// GETs start at least `backfillIntervalMs` apart (default 1 s), and at least 4× the last GET's duration apart, so a
// flaky link that reconnects every few frames does not turn into a loop of full /results downloads keeping the
// server busy more than a fifth of the time. The backfill awaited at `terminal` goes at once.
// After `terminal` it stops (it never re-subscribes to a finished run). A 4xx at subscribe time other than
// 408/429 — 401, 403, 404 — is final: reported as `failed`, and the promise rejects with the typed client error.
//
// Resolves with the run's terminal status, or `null` when stopped through `options.signal`.
// Handlers are called synchronously, once per network batch (never per event): keep them cheap; a view applies
// them to a model and re-renders on its own clock.
import { sleep } from '../client/abort.js';
import type { BufferedSubscription, Client } from '../client/api.js';
import { HttpError, NetworkError, RateLimitError, ServerError, describeError } from '../client/errors.js';
import type { BenchResult, RunEvent, TerminalStatus } from '../wire/types.js';
import type { WatchHandlers, WatchState } from '../state/watch-events.js';
import { Backfill } from './feed-backfill.js';


export interface WatchOptions {
	signal?: AbortSignal;
	backoff?: { baseMs?: number; capMs?: number };
	/** Minimum time between the starts of two /results backfills (not counting the first). Default 1 000 ms. */
	backfillIntervalMs?: number;
	/**
	 * Give up after this many failures of the same kind in a row (same error class and status, e.g. `/results`
	 * answering 401, a stream that is not an event stream, a stream ending or going silent before `terminal`),
	 * counted across reconnects and reset by any result or `lagged` frame. Default: never give up.
	 */
	giveUpAfter?: number;
	/** Injectable for tests. */
	random?: () => number;
	now?: () => number;
}

const DEFAULT_BASE_MS = 1_000;
const DEFAULT_CAP_MS = 30_000;
const DEFAULT_BACKFILL_INTERVAL_MS = 1_000;

/** Thrown by watchRun when the same failure repeated `giveUpAfter` times in a row; `cause` is the last one. */
export class WatchGaveUpError extends Error {
	override name = 'WatchGaveUpError';
	constructor(
		readonly failures: number,
		cause: unknown,
	) {
		super(`gave up after ${failures} failures in a row: ${describeError(cause)}`, { cause });
	}
}

/** Failures of one kind: the same error class, HTTP status and timeout-ness. */
function failureKind(error: unknown): string {
	if (error instanceof HttpError) return `${error.name}:${error.status}`;
	if (error instanceof NetworkError) return `${error.name}:${error.timedOut ? 'timeout' : 'network'}`;
	return error instanceof Error ? error.name : 'unknown';
}

/** 4xx answers other than 408 and 429 will not change by retrying. */
function isFinalError(error: unknown): boolean {
	return error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;
}

export async function watchRun(
	client: Client,
	runId: number,
	handlers: WatchHandlers,
	options: WatchOptions = {},
): Promise<TerminalStatus | null> {
	const { signal } = options;
	const now = options.now ?? Date.now;
	const random = options.random ?? Math.random;
	const baseMs = options.backoff?.baseMs ?? DEFAULT_BASE_MS;
	const capMs = options.backoff?.capMs ?? DEFAULT_CAP_MS;
	const report = (state: WatchState) => handlers.onConnection?.(state);
	const skipped = { before: 0, reported: 0 };
	let finished = false;
	let closeCurrent = () => {};
	// A failed backfill tears the current connection down; the reconnect asks for a new one.
	const backfill = new Backfill(
		(take) => client.benchRuns.streamResults(runId, take),
		(rows) => {
			if (!finished && !signal?.aborted) handlers.onResults(rows, 'backfill');
		},
		() => closeCurrent(),
		options.backfillIntervalMs ?? DEFAULT_BACKFILL_INTERVAL_MS,
		() => {
			if (!finished && !signal?.aborted) handlers.onBackfilled?.();
		},
	);

	let attempt = 0;
	let staleSince = 0;
	const repeated = { kind: '', count: 0 };
	report({ kind: 'connecting' });
	try {
		for (;;) {
			if (signal?.aborted) return stopped();
			let error: unknown;
			let subscription: BufferedSubscription<RunEvent> | undefined;
			try {
				subscription = await client.benchRuns.subscribeRunEvents(runId, { signal });
			} catch (caught) {
				if (signal?.aborted) return stopped();
				if (isFinalError(caught)) {
					report({ kind: 'failed', message: describeError(caught), error: caught });
					throw caught;
				}
				error = caught;
			}
			if (subscription) {
				attempt = 0;
				report({ kind: 'live', since: now() });
				const current = subscription;
				closeCurrent = () => current.close();
				const outcome = await followConnection(subscription, backfill, handlers, signal, skipped);
				if (signal?.aborted) return stopped();
				if (outcome.kind === 'terminal') {
					report({ kind: 'ended', status: outcome.status });
					return outcome.status;
				}
				if (outcome.progressed) repeated.count = 0;
				error = outcome.error;
			}
			const kind = failureKind(error);
			repeated.count = kind === repeated.kind ? repeated.count + 1 : 1;
			repeated.kind = kind;
			if (options.giveUpAfter !== undefined && repeated.count >= options.giveUpAfter) {
				const gaveUp = new WatchGaveUpError(repeated.count, error);
				report({ kind: 'failed', message: gaveUp.message, error: gaveUp });
				throw gaveUp;
			}
			if (attempt === 0) staleSince = now();
			attempt++;
			const retryInMs = retryDelay(error, attempt, baseMs, capMs, random);
			report({ kind: 'reconnecting', attempt, since: staleSince, lastError: describeError(error), retryInMs });
			await sleep(retryInMs, signal);
		}
	} finally {
		finished = true;
		backfill.stop();
	}

	function stopped(): null {
		report({ kind: 'stopped' });
		return null;
	}
}

function retryDelay(error: unknown, attempt: number, baseMs: number, capMs: number, random: () => number): number {
	const jittered = random() * Math.min(capMs, baseMs * 2 ** (attempt - 1));
	const retryAfter = error instanceof RateLimitError || error instanceof ServerError ? error.retryAfterSeconds : undefined;
	return retryAfter === undefined ? jittered : Math.max(jittered, Math.min(capMs, retryAfter * 1_000));
}

/** `progressed`: the connection brought a result or `lagged` frame before it was lost. */
class StreamEndedError extends Error {
	override name = 'StreamEndedError';
	constructor() {
		super('the event stream ended before the run finished');
	}
}

type ConnectionOutcome = { kind: 'terminal'; status: TerminalStatus } | { kind: 'lost'; error: unknown; progressed: boolean };

/** Reads one subscription to its end, asking for a backfill at its start and after every `lagged`. */
async function followConnection(
	subscription: BufferedSubscription<RunEvent>,
	backfill: Backfill,
	handlers: WatchHandlers,
	signal: AbortSignal | undefined,
	skipped: { before: number; reported: number },
): Promise<ConnectionOutcome> {
	const close = () => subscription.close();
	signal?.addEventListener('abort', close, { once: true });
	const reportSkipped = () => {
		const total = skipped.before + subscription.skipped;
		if (total !== skipped.reported) {
			skipped.reported = total;
			handlers.onSkipped?.(total);
		}
	};
	let progressed = false;
	try {
		backfill.request();
		for await (const batch of subscription.batches()) {
			progressed ||= batch.some((event) => event.type !== 'terminal');
			let live: BenchResult[] = [];
			const flush = () => {
				if (live.length > 0) handlers.onResults(live, 'live');
				live = [];
			};
			for (const event of batch) {
				if (event.type === 'result') live.push(event.result);
				else if (event.type === 'lagged') {
					flush();
					handlers.onLagged?.(event.dropped);
					backfill.request();
				} else {
					flush();
					reportSkipped();
					// The run is over: the result set is complete once the last requested backfill landed.
					await backfill.settled(true);
					if (backfill.error !== undefined) return { kind: 'lost', error: backfill.error, progressed };
					return { kind: 'terminal', status: event.status };
				}
			}
			flush();
			reportSkipped();
		}
		reportSkipped();
		return { kind: 'lost', error: backfill.error ?? new StreamEndedError(), progressed };
	} catch (error) {
		return { kind: 'lost', error, progressed };
	} finally {
		signal?.removeEventListener('abort', close);
		skipped.before += subscription.skipped;
		skipped.reported = skipped.before;
		subscription.close();
	}
}
