// The bench-run SSE stream over real sockets: decoding, framing variants, skipping, subscribe-time errors, teardown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../source/client/index.js';
import type { Client } from '../../source/client/api.js';
import { AuthError, NetworkError, NotFoundError } from '../../source/client/errors.js';
import type { RunEvent } from '../../source/wire/types.js';
import { type RecordingServer, type SseWriter, startRecordingServer } from '../helpers/recording-server.js';
import { streamResult } from './fixtures.js';

let server: RecordingServer;
let client: Client;

beforeEach(async () => {
	server = await startRecordingServer();
	client = createClient({ baseUrl: server.url, token: 'tok-123' });
});
afterEach(() => server.close());

const resultFrame = `event: result\ndata: ${JSON.stringify(streamResult)}\n\n`;
const laggedFrame = 'event: lagged\ndata: {"dropped":3}\n\n';
const terminalFrame = 'event: terminal\ndata: {"status":"completed"}\n\n';

const EXPECTED: RunEvent[] = [
	{ type: 'result', result: streamResult },
	{ type: 'lagged', dropped: 3 },
	{ type: 'terminal', status: 'completed' },
];

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
	const items: T[] = [];
	for await (const item of iterable) items.push(item);
	return items;
}

/** Serves `body` on the run stream, written by `write`, and keeps the connection open afterwards (the client must end on terminal). */
function serve(body: string, write: (stream: SseWriter, text: string) => Promise<void> = (s, t) => s.write(t)) {
	server.on('GET', '/bench-runs/42/events', { sse: (stream) => write(stream, body) });
}

describe('subscribeRunEvents', () => {
	it('decodes result, lagged and terminal, then ends and closes the connection', async () => {
		serve(resultFrame + laggedFrame + terminalFrame);
		const subscription = await client.benchRuns.subscribeRunEvents(42);
		await expect(collect(subscription)).resolves.toEqual(EXPECTED);
		await server.requests[0].closed;
		expect(subscription.skipped).toBe(0);
	});

	it('copes with CRLF line endings and comment lines', async () => {
		const crlf = (text: string) => text.replaceAll('\n', '\r\n');
		serve(crlf(`: keepalive\n\n${resultFrame}:\n\n${laggedFrame}: ping\n${terminalFrame}`));
		const subscription = await client.benchRuns.subscribeRunEvents(42);
		await expect(collect(subscription)).resolves.toEqual(EXPECTED);
		expect(subscription.skipped).toBe(0);
	});

	it('joins multi-line data split between JSON tokens', async () => {
		serve(`event: lagged\ndata: {"dropped":\ndata: 7}\n\n${terminalFrame}`);
		await expect(collect(await client.benchRuns.subscribeRunEvents(42))).resolves.toEqual([
			{ type: 'lagged', dropped: 7 },
			{ type: 'terminal', status: 'completed' },
		]);
	});

	it('decodes a stream delivered one byte per chunk', async () => {
		serve(resultFrame.replaceAll('\n', '\r\n') + laggedFrame + terminalFrame, (stream, text) => stream.writeBytewise(text));
		await expect(collect(await client.benchRuns.subscribeRunEvents(42))).resolves.toEqual(EXPECTED);
	});

	it('skips and counts malformed JSON, unknown events and frames lacking required keys', async () => {
		const { case_id: _dropped, ...withoutCaseId } = streamResult;
		serve(
			[
				'event: result\ndata: {not json\n\n',
				'event: progress\ndata: {"done":1}\n\n',
				`event: result\ndata: ${JSON.stringify(withoutCaseId)}\n\n`,
				'event: lagged\ndata: {"dropped":"three"}\n\n',
				resultFrame,
				'data: {"status":"completed"}\n\n',
				terminalFrame,
			].join(''),
		);
		const subscription = await client.benchRuns.subscribeRunEvents(42);
		const events = await collect(subscription);
		expect(events).toEqual([{ type: 'result', result: streamResult }, { type: 'terminal', status: 'completed' }]);
		expect(subscription.skipped).toBe(5);
	});

	it('ends at the terminal frame even when more frames follow', async () => {
		serve(terminalFrame + resultFrame);
		await expect(collect(await client.benchRuns.subscribeRunEvents(42))).resolves.toEqual([{ type: 'terminal', status: 'completed' }]);
	});

	it('reads a terminal status it does not know as unknown', async () => {
		serve('event: terminal\ndata: {"status":"archived"}\n\n');
		await expect(collect(await client.benchRuns.subscribeRunEvents(42))).resolves.toEqual([{ type: 'terminal', status: 'unknown' }]);
	});

	it('rejects with AuthError on 403, before any stream exists', async () => {
		server.on('GET', '/bench-runs/42/events', { status: 403, json: { error: 'project not readable' } });
		const error = await client.benchRuns.subscribeRunEvents(42).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(AuthError);
		expect((error as AuthError).forbidden).toBe(true);
		expect((error as AuthError).serverMessage).toBe('project not readable');
	});

	it('rejects with NotFoundError on 404', async () => {
		await expect(client.benchRuns.subscribeRunEvents(404)).rejects.toBeInstanceOf(NotFoundError);
	});

	it('close() tears the connection down: the server sees it closed and iteration ends', async () => {
		serve(resultFrame);
		const subscription = await client.benchRuns.subscribeRunEvents(42);
		const iterator = subscription[Symbol.asyncIterator]();
		await expect(iterator.next()).resolves.toEqual({ done: false, value: { type: 'result', result: streamResult } });
		const pending = iterator.next();
		subscription.close();
		await expect(pending).resolves.toEqual({ done: true, value: undefined });
		await server.requests[0].closed;
	});

	it('aborting the signal tears the connection down', async () => {
		serve(resultFrame);
		const controller = new AbortController();
		const subscription = await client.benchRuns.subscribeRunEvents(42, { signal: controller.signal });
		const events: RunEvent[] = [];
		for await (const event of subscription) {
			events.push(event);
			controller.abort();
		}
		expect(events).toHaveLength(1);
		await server.requests[0].closed;
	});

	it('aborting while connecting rejects with the abort and drops the connection', async () => {
		server.on('GET', '/bench-runs/42/events', () => new Promise(() => undefined));
		const controller = new AbortController();
		const subscribing = client.benchRuns.subscribeRunEvents(42, { signal: controller.signal });
		await server.waitForRequests(1);
		controller.abort();
		await expect(subscribing).rejects.toMatchObject({ name: 'AbortError' });
		await server.requests[0].closed;
	});

	it('breaking out of for-await closes the connection', async () => {
		serve(resultFrame + resultFrame);
		const subscription = await client.benchRuns.subscribeRunEvents(42);
		let seen = 0;
		for await (const _ of subscription) {
			seen++;
			break;
		}
		await server.requests[0].closed;
		expect(seen, 'one event read before the break').toBe(1);
	});

	it('ends iteration with a NetworkError when the server cuts the stream', async () => {
		server.on('GET', '/bench-runs/42/events', {
			sse: async (stream) => {
				await stream.write(resultFrame);
				stream.cut();
			},
		});
		const subscription = await client.benchRuns.subscribeRunEvents(42);
		const events: RunEvent[] = [];
		const error = await (async () => {
			for await (const event of subscription) events.push(event);
		})().catch((e: unknown) => e);
		expect(events).toEqual([{ type: 'result', result: streamResult }]);
		expect(error).toBeInstanceOf(NetworkError);
		expect((error as Error).message).toContain('GET /bench-runs/42/events');
	});

	it('times out the connect phase only: no headers in time rejects, a quiet open stream does not', async () => {
		// A stream has no whole-call timeout (it is open for as long as the run lasts): the first-byte one bounds it.
		const impatient = createClient({ baseUrl: server.url, timeoutMs: 50, firstByteTimeoutMs: 150 });
		server.on('GET', '/bench-runs/1/events', () => new Promise(() => undefined));
		const error = await impatient.benchRuns.subscribeRunEvents(1).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NetworkError);
		expect(error).toMatchObject({ timedOut: true, message: 'GET /bench-runs/1/events: no answer within 150 ms' });

		server.on('GET', '/bench-runs/42/events', {
			sse: async (stream) => {
				await new Promise((resolve) => setTimeout(resolve, 200));
				await stream.write(terminalFrame);
			},
		});
		const quiet = await impatient.benchRuns.subscribeRunEvents(42);
		await expect(collect(quiet)).resolves.toEqual([{ type: 'terminal', status: 'completed' }]);
	});

	it('batches() hands out buffered events as arrays', async () => {
		serve(resultFrame + laggedFrame + terminalFrame);
		const subscription = await client.benchRuns.subscribeRunEvents(42);
		const batches = await collect(subscription.batches());
		expect(batches.flat()).toEqual(EXPECTED);
		expect(batches.every((batch) => batch.length > 0)).toBe(true);
	});
});
