// The project hub stream: batch decoding, Bench filtering, and reconnecting with Last-Event-ID after a cut.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../source/client/index.js';
import type { Client } from '../../source/client/api.js';
import { AuthError } from '../../source/client/errors.js';
import type { BenchEvent } from '../../source/wire/types.js';
import { type RecordingServer, startRecordingServer } from '../helpers/recording-server.js';
import { listedRun, run, streamResult } from './fixtures.js';

let server: RecordingServer;
let client: Client;

beforeEach(async () => {
	server = await startRecordingServer();
	client = createClient({ baseUrl: server.url, token: 'tok-123', reconnect: { baseDelayMs: 5, maxDelayMs: 20 } });
});
afterEach(() => server.close());

const started: BenchEvent = { type: 'RunStarted', payload: { project_id: 7, script_name: 'summarize', run } };
const recorded: BenchEvent = { type: 'ResultRecorded', payload: { project_id: 7, script_name: 'summarize', run_id: 42, result: streamResult } };
const finished: BenchEvent = { type: 'RunFinished', payload: { project_id: 7, script_name: 'summarize', run: listedRun } };

const bench = (event: unknown) => ({ type: 'Bench', payload: event });
const batch = (elements: unknown[], id?: number) => `event: batch\n${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(elements)}\n\n`;

/** Takes `count` events from the subscription, then closes it. */
async function take<T>(subscription: AsyncIterable<T> & { close(): void }, count: number): Promise<T[]> {
	const items: T[] = [];
	if (count === 0) return items;
	for await (const item of subscription) {
		items.push(item);
		if (items.length === count) break;
	}
	return items;
}

describe('events.subscribeProject', () => {
	it('yields the Bench events of each batch and ignores the other hub events', async () => {
		server.on('GET', '/events', {
			sse: (stream) =>
				stream.write(
					batch([
						{ type: 'Execution', payload: { project_id: 7, script_name: 'summarize', event: { type: 'Started', payload: {} } } },
						bench(started),
						{ type: 'Registry', payload: { type: 'ProjectDeleted', payload: 9 } },
						bench(recorded),
					]) +
						'event: lagged\ndata: {"dropped":2}\n\n' +
						`data: ${JSON.stringify([bench(finished)])}\n\n`,
				),
		});
		const subscription = await client.events.subscribeProject(7);
		await expect(take(subscription, 3)).resolves.toEqual([started, recorded, finished]);
		expect(subscription.skipped).toBe(0);
		const request = server.requests[0];
		expect(request.query).toEqual({ project_id: '7' });
		expect(request.headers.accept).toBe('text/event-stream');
		expect(request.headers.authorization).toBe('Bearer tok-123');
		expect(request.headers['last-event-id']).toBeUndefined();
		await request.closed;
	});

	it('decodes each element on its own: bad elements and non-array batches are skipped and counted', async () => {
		server.on('GET', '/events', {
			sse: (stream) =>
				stream.write(
					batch([
						bench({ type: 'RunStarted', payload: { project_id: 7, script_name: 'summarize' } }),
						bench({ type: 'RunPaused', payload: { project_id: 7, script_name: 'summarize' } }),
						{ payload: {} },
						'junk',
						bench(recorded),
					]) +
						'event: batch\ndata: {"type":"Bench"}\n\n' +
						'event: batch\ndata: [not json\n\n' +
						batch([bench(finished)]),
				),
		});
		const subscription = await client.events.subscribeProject(7);
		await expect(take(subscription, 2)).resolves.toEqual([recorded, finished]);
		expect(subscription.skipped).toBe(6);
	});

	it('reconnects after a cut, sending Last-Event-ID, and after a clean close', async () => {
		server.on('GET', '/events', [
			{
				sse: async (stream) => {
					await stream.write(batch([bench(started)], 12));
					await stream.write('id: not-a-number\ndata: []\n\n');
					stream.cut();
				},
			},
			{
				sse: async (stream) => {
					await stream.write(batch([bench(recorded)]));
					stream.end();
				},
			},
			{ sse: (stream) => stream.write(batch([bench(finished)], 13)) },
		]);
		const subscription = await client.events.subscribeProject(7);
		await expect(take(subscription, 3)).resolves.toEqual([started, recorded, finished]);
		expect(server.requests.map((r) => r.headers['last-event-id'])).toEqual([undefined, '12', '12']);
		expect(server.requests.every((r) => r.query.project_id === '7')).toBe(true);
	});

	it('keeps retrying through failed reconnects', async () => {
		server.on('GET', '/events', [
			{
				sse: async (stream) => {
					await stream.write(': hello\n\n');
					stream.cut();
				},
			},
			{ status: 503, json: { error: 'restarting' } },
			{ hangUp: true },
			{ sse: (stream) => stream.write(batch([bench(finished)])) },
		]);
		const subscription = await client.events.subscribeProject(7);
		await expect(take(subscription, 1)).resolves.toEqual([finished]);
		expect(server.requests).toHaveLength(4);
	});

	it('rejects when the first connection is refused', async () => {
		server.on('GET', '/events', { status: 403, json: { error: 'forbidden' } });
		await expect(client.events.subscribeProject(7)).rejects.toBeInstanceOf(AuthError);
		expect(server.requests).toHaveLength(1);
	});

	it('ends on abort and tears the connection down', async () => {
		server.on('GET', '/events', { sse: (stream) => stream.write(batch([bench(started)])) });
		const controller = new AbortController();
		const subscription = await client.events.subscribeProject(7, { signal: controller.signal });
		const seen: BenchEvent[] = [];
		for await (const event of subscription) {
			seen.push(event);
			controller.abort();
		}
		expect(seen).toEqual([started]);
		await server.requests[0].closed;
	});
});
