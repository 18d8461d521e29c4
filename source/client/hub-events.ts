// Hub `GET /events?project_id=`: `batch` frames of `{type, payload}` elements, of which the Bench ones are yielded.
// The hub never ends by itself, so any close or failure after the first 2xx reconnects (jittered exponential
// backoff, reset on success) with `Last-Event-ID` when the server sent numeric ids. Only close()/abort ends it.
import { sleep } from './abort.js';
import type { StreamOptions } from './api.js';
import { decodeHubElement } from './decode.js';
import type { Http, OpenStream } from './http.js';
import { backoffDelay } from './retry.js';
import { type EventSourceMessage, parseData, readSse } from './sse.js';
import { closeOnFailure, guardsOf, queueFor, throwIfAborted } from './streams.js';
import type { EventQueue } from './subscription.js';
import type { BenchEvent } from '../wire/types.js';

export interface ReconnectPolicy {
	baseDelayMs: number;
	maxDelayMs: number;
}

export const DEFAULT_RECONNECT: ReconnectPolicy = { baseDelayMs: 1000, maxDelayMs: 30_000 };

const HUB_PATH = '/events';

export async function subscribeProject(
	http: Http,
	projectId: number,
	options: StreamOptions | undefined,
	reconnect: ReconnectPolicy,
): Promise<EventQueue<BenchEvent>> {
	throwIfAborted(options, HUB_PATH);
	const stopped = new AbortController();
	let connection = new AbortController();
	const queue = queueFor<BenchEvent>(options, () => {
		stopped.abort();
		connection.abort();
	});
	let lastEventId: string | undefined;

	const connect = (): Promise<OpenStream> => {
		connection = new AbortController();
		return http.openStream(HUB_PATH, {
			query: { project_id: projectId },
			signal: connection.signal,
			headers: lastEventId === undefined ? undefined : { 'last-event-id': lastEventId },
		});
	};

	const onMessage = (message: EventSourceMessage): void => {
		if (message.id !== undefined && /^\d+$/.test(message.id)) lastEventId = message.id;
		if (queue.done || (message.event !== undefined && message.event !== 'batch')) return;
		const batch = parseData(message.data);
		if (!Array.isArray(batch)) return queue.countSkipped();
		for (const element of batch) {
			const decoded = decodeHubElement(element);
			if (decoded.kind === 'bench') queue.push(decoded.event);
			else if (decoded.kind === 'malformed') queue.countSkipped();
		}
	};

	const keepReading = async (first: OpenStream): Promise<void> => {
		let response: OpenStream | undefined = first;
		let failures = 0;
		while (!queue.done) {
			if (response?.body) {
				failures = 0;
				await readSse(response.body, onMessage, () => queue.flush(), { route: `GET ${HUB_PATH}`, ...guardsOf(http) }).catch(() => undefined);
			}
			if (queue.done) return;
			await sleep(backoffDelay(failures++, reconnect.baseDelayMs, reconnect.maxDelayMs), stopped.signal);
			if (queue.done) return;
			response = await connect().catch(() => undefined);
		}
	};

	// The first connection's failure is the caller's (typed) error; later ones are retried.
	void keepReading(await closeOnFailure(queue, connect()));
	return queue;
}
