// Cancellation shared by every wait of the client: the caller's AbortSignal joined with a timeout, and the one
// abortable sleep (retries, reconnect backoff, watch loops).

/** The caller's signal (if any) joined with a fresh timeout of `ms`. */
export function withTimeout(ms: number, signal: AbortSignal | undefined): AbortSignal {
	const timeout = AbortSignal.timeout(ms);
	return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

/** Waits `ms`, or less when `signal` aborts (then it resolves early: the caller checks `signal.aborted`). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
	return new Promise((resolve) => {
		if (signal?.aborted) return resolve();
		const done = () => {
			clearTimeout(timer);
			signal?.removeEventListener('abort', done);
			resolve();
		};
		const timer = setTimeout(done, ms);
		signal?.addEventListener('abort', done, { once: true });
	});
}
