// Every wait and buffer of the client is bounded: a silent server is reported after the first-byte timeout (and not
// retried), an SSE event without end is cut at the event cap, and the client says what it is waiting for.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../source/client/index.js';
import { NetworkError, ProtocolError } from '../../source/client/errors.js';
import { type RecordingServer, startRecordingServer } from '../helpers/recording-server.js';
import { project } from './fixtures.js';

let server: RecordingServer;
beforeEach(async () => {
	server = await startRecordingServer();
});
afterEach(() => server.close());

const never = () => new Promise<never>(() => undefined);

describe('first-byte timeout', () => {
	it('a server that accepts and never answers is a timed-out NetworkError after the first-byte timeout, not retried', async () => {
		server.on('GET', '/projects', never);
		const delays: number[] = [];
		const client = createClient({ baseUrl: server.url, firstByteTimeoutMs: 150, retry: { sleep: async (ms) => void delays.push(ms) } });
		const error = await client.projects.list().catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NetworkError);
		expect(error).toMatchObject({ timedOut: true, message: 'GET /projects: no answer within 150 ms' });
		expect(delays).toEqual([]);
	});

	it('a stream that never answers is reported the same way', async () => {
		server.on('GET', '/bench-runs/1/events', never);
		const client = createClient({ baseUrl: server.url, firstByteTimeoutMs: 150 });
		const error = await client.benchRuns.subscribeRunEvents(1).catch((caught: unknown) => caught);
		expect(error).toMatchObject({ timedOut: true, message: 'GET /bench-runs/1/events: no answer within 150 ms' });
	});
});

describe('waits', () => {
	it('tracks the requests waiting for an answer, for "waiting for <host>… (n s)"', async () => {
		let answer!: () => void;
		server.on('GET', '/projects', () => new Promise((resolve) => (answer = () => resolve({ json: [project] }))));
		const client = createClient({ baseUrl: server.url });
		const changes: Array<number | undefined> = [];
		client.waits.subscribe(() => changes.push(client.waits.oldest()));
		expect(client.waits.oldest()).toBeUndefined();
		const listed = client.projects.list();
		expect(client.waits.oldest()).toBeTypeOf('number');
		await server.waitForRequests(1);
		answer();
		await listed;
		expect(client.waits.oldest()).toBeUndefined();
		expect(changes).toHaveLength(2);
	});
});

describe('SSE event cap', () => {
	it('an event line that never ends is cut at the cap with a clear error, the connection closed', async () => {
		server.on('GET', '/bench-runs/2/events', {
			sse: async (stream) => {
				await stream.write('event: result\ndata: ');
				const chunk = 'x'.repeat(16 * 1024);
				for (let i = 0; i < 64 && !stream.isClosed; i++) await stream.write(chunk);
			},
		});
		const client = createClient({ baseUrl: server.url, maxEventBytes: 64 * 1024 });
		const subscription = await client.benchRuns.subscribeRunEvents(2);
		const error = await (async () => {
			for await (const _ of subscription);
		})().catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ProtocolError);
		expect((error as Error).message).toBe("GET /bench-runs/2/events: an event is larger than 64 KiB (the client's limit)");
		await server.requests[0].closed;
	});
});
