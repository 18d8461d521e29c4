// Every client call takes an AbortSignal: aborting tears the request down (the server sees the client leave) and the
// call rejects with AbortedError, which callers tell apart from timeouts and network failures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../source/client/index.js';
import type { Client } from '../../source/client/api.js';
import { AbortedError, isAbortError, NetworkError } from '../../source/client/errors.js';
import { type RecordingServer, startRecordingServer } from '../helpers/recording-server.js';
import { rejection } from '../helpers/rejection.js';

let server: RecordingServer;
let client: Client;

beforeEach(async () => {
	server = await startRecordingServer();
	client = createClient({ baseUrl: server.url, retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
});
afterEach(() => server.close());

const never = () => new Promise<never>(() => undefined);

/** Starts `call` with a fresh signal, aborts it once the server has the request, and returns the rejection. */
async function abortedOnceReceived(call: (signal: AbortSignal) => Promise<unknown>): Promise<unknown> {
	const controller = new AbortController();
	const pending = rejection(call(controller.signal));
	await server.waitForRequests(1);
	controller.abort();
	const error = await pending;
	await server.requests[0].closed;
	return error;
}

describe('abort', () => {
	it('a GET in flight rejects with AbortedError and the connection is closed', async () => {
		server.on('GET', '/projects', never);
		const error = await abortedOnceReceived((signal) => client.projects.list({ signal }));
		expect(error).toBeInstanceOf(AbortedError);
		expect(isAbortError(error)).toBe(true);
		expect((error as Error).message).toBe('GET /projects: aborted');
	});

	it('a write in flight rejects with AbortedError', async () => {
		server.on('PATCH', '/cases/c-1', never);
		const error = await abortedOnceReceived((signal) => client.benchRuns.patchCase('c-1', { name: 'x' }, { signal }));
		expect(error).toBeInstanceOf(AbortedError);
		expect((error as Error).message).toBe('PATCH /cases/c-1: aborted');
	});

	it('a 404-tolerant GET (getOr) is aborted, not mapped to its fallback', async () => {
		server.on('GET', /^\/projects\/1\/scripts\/s\/bench\/runs$/, never);
		const error = await abortedOnceReceived((signal) => client.benches.listRuns(1, 's', { limit: 5 }, { signal }));
		expect(error).toBeInstanceOf(AbortedError);
		expect(server.requests[0].query).toEqual({ limit: '5' });
	});

	it('an already aborted signal sends nothing', async () => {
		const controller = new AbortController();
		controller.abort();
		expect(await rejection(client.benchRuns.get(1, { signal: controller.signal }))).toBeInstanceOf(AbortedError);
		expect(await rejection(client.benchRuns.subscribeRunEvents(1, { signal: controller.signal }))).toBeInstanceOf(AbortedError);
		expect(server.requests).toHaveLength(0);
	});

	it('aborting during the wait between retries stops the retries', async () => {
		server.on('GET', '/projects', { status: 503, json: { error: 'down' } });
		const controller = new AbortController();
		const pending = rejection(client.projects.list({ signal: controller.signal }));
		await server.waitForRequests(1);
		await server.requests[0].closed;
		controller.abort();
		expect(await pending).toBeInstanceOf(AbortedError);
		expect(server.requests).toHaveLength(1);
	});

	it('a stream being opened rejects with AbortedError', async () => {
		server.on('GET', '/bench-runs/3/events', never);
		const error = await abortedOnceReceived((signal) => client.benchRuns.subscribeRunEvents(3, { signal }));
		expect(error).toBeInstanceOf(AbortedError);
	});

	it('a timeout is a NetworkError, not an abort, even when the caller passed a signal', async () => {
		server.on('GET', '/projects', never);
		const impatient = createClient({ baseUrl: server.url, timeoutMs: 50, retry: { attempts: 1 } });
		const error = await rejection(impatient.projects.list({ signal: new AbortController().signal }));
		expect(error).toBeInstanceOf(NetworkError);
		expect(isAbortError(error)).toBe(false);
		expect((error as NetworkError).timedOut).toBe(true);
	});
});
