// `GET /bench-runs/{id}/events`: one SSE connection, typed result/lagged/terminal frames, done after terminal.
import type { StreamOptions } from './api.js';
import { decodeRunEvent } from './decode.js';
import { type Http, path } from './http.js';
import { parseData, readSse } from './sse.js';
import { closeOnFailure, guardsOf, queueFor, streamBroke, throwIfAborted } from './streams.js';
import type { EventQueue } from './subscription.js';
import type { RunEvent } from '../wire/types.js';

export async function subscribeRunEvents(http: Http, runId: number, options?: StreamOptions): Promise<EventQueue<RunEvent>> {
	const streamPath = path`/bench-runs/${runId}/events`;
	throwIfAborted(options, streamPath);
	const connection = new AbortController();
	const queue = queueFor<RunEvent>(options, () => connection.abort());
	const response = await closeOnFailure(queue, http.openStream(streamPath, { signal: connection.signal }));
	if (!response.body) {
		queue.finish();
		return queue;
	}
	readSse(
		response.body,
		(message) => {
			if (queue.done) return;
			const event = decodeRunEvent(message.event, parseData(message.data));
			if (!event) return queue.countSkipped();
			queue.push(event);
			if (event.type === 'terminal') queue.finish();
		},
		() => queue.flush(),
		{ route: `GET ${streamPath}`, ...guardsOf(http) },
	).then(
		() => queue.finish(),
		(error: unknown) => queue.finish(queue.done ? undefined : streamBroke(streamPath, error)),
	);
	return queue;
}
