// Shared plumbing of the two SSE subscriptions: tying an EventQueue to a caller's AbortSignal, and transport
// failures mid-stream as NetworkErrors.
import type { StreamOptions } from './api.js';
import { AbortedError, AkribesError, NetworkError } from './errors.js';
import type { Http } from './http.js';
import { EventQueue } from './subscription.js';

/** A queue whose teardown aborts `connection`, and which the caller's signal closes. */
export function queueFor<T>(options: StreamOptions | undefined, onTeardown: () => void): EventQueue<T> {
	const signal = options?.signal;
	const onAbort = () => queue.close();
	const queue = new EventQueue<T>(() => {
		signal?.removeEventListener('abort', onAbort);
		onTeardown();
	});
	if (signal?.aborted) queue.close();
	else signal?.addEventListener('abort', onAbort, { once: true });
	return queue;
}

/** Rejects with AbortedError when the caller aborted before the stream was open. */
export function throwIfAborted(options: StreamOptions | undefined, streamPath: string): void {
	const signal = options?.signal;
	if (signal?.aborted) throw new AbortedError(`GET ${streamPath}`, { cause: signal.reason });
}

/** Releases the queue (and its signal listener) when the subscription never opened. */
export async function closeOnFailure<T>(queue: EventQueue<unknown>, opening: Promise<T>): Promise<T> {
	try {
		return await opening;
	} catch (error) {
		queue.close();
		throw error;
	}
}

/** A stream that failed once open: its own typed errors (idle timeout, event too large) as they are. */
export function streamBroke(streamPath: string, error: unknown): Error {
	if (error instanceof AkribesError) return error;
	const reason = error instanceof Error ? error.message : String(error);
	return new NetworkError(`GET ${streamPath}: stream interrupted: ${reason}`, false, { cause: error });
}

/** The idle timeout and event size cap of `http`'s streams. */
export function guardsOf(http: Http): { idleMs: number; maxEventBytes: number } {
	return { idleMs: http.stream.idleMs, maxEventBytes: http.stream.maxEventBytes };
}
