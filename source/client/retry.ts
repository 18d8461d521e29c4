// Retry policy for idempotent GETs: full-jitter exponential backoff that honours a numeric Retry-After.
import { AbortedError, HttpError, NetworkError, RateLimitError, ServerError } from './errors.js';

export interface RetryPolicy {
	/** Total attempts, the first included. */
	attempts: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** How to wait (resolving early when `signal` aborts); tests inject one that records the delays instead. */
	sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 500, maxDelayMs: 30_000 } as const;

const RETRIED_STATUSES = new Set([429, 502, 503, 504]);

/** Full jitter: uniform in [0, min(cap, base·2^attempt)). `attempt` counts from 0. */
export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number): number {
	return Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
}

/** The delay before the next attempt, or `undefined` when `error` must not be retried. */
function retryDelay(error: unknown, attempt: number, policy: RetryPolicy): number | undefined {
	// A timeout is not retried: a silent server is reported at once rather than after every attempt has waited.
	const retryable =
		(error instanceof NetworkError && !error.timedOut) || (error instanceof HttpError && RETRIED_STATUSES.has(error.status));
	if (!retryable) return undefined;
	const backoff = backoffDelay(attempt, policy.baseDelayMs, policy.maxDelayMs);
	const retryAfterSeconds =
		error instanceof RateLimitError || error instanceof ServerError ? error.retryAfterSeconds : undefined;
	if (retryAfterSeconds === undefined) return backoff;
	const retryAfterMs = retryAfterSeconds * 1000;
	// A server asking for more patience than our cap gets its error back (with retryAfterSeconds) instead of a frozen caller.
	if (retryAfterMs > policy.maxDelayMs) return undefined;
	return Math.max(backoff, retryAfterMs);
}

/** Runs `attemptOnce` until it succeeds or fails for good; `signal` stops the waits between attempts. */
export async function withRetry<T>(
	policy: RetryPolicy,
	attemptOnce: () => Promise<T>,
	what: string,
	signal?: AbortSignal,
): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await attemptOnce();
		} catch (error) {
			const delay = attempt + 1 < policy.attempts ? retryDelay(error, attempt, policy) : undefined;
			if (delay === undefined) throw error;
			await policy.sleep(delay, signal);
			if (signal?.aborted) throw new AbortedError(what, { cause: signal.reason });
		}
	}
}
