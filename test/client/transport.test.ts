// What every request carries: base URL handling (prefix, trailing slash) and the optional auth/attribution headers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../source/client/index.js';
import { type RecordingServer, startRecordingServer } from '../helpers/recording-server.js';
import { project, run } from './fixtures.js';

let server: RecordingServer;

beforeEach(async () => {
	server = await startRecordingServer();
});
afterEach(() => server.close());

describe('transport', () => {
	it('keeps a base URL prefix and strips one trailing slash', async () => {
		server.on('GET', '/akribes/bench-runs/42', { json: run });
		const client = createClient({ baseUrl: `${server.url}/akribes/` });
		expect(client.baseUrl).toBe(`${server.url}/akribes`);
		await expect(client.benchRuns.get(42)).resolves.toEqual(run);
	});

	it('sends neither Authorization nor X-Akribes-User when not configured', async () => {
		server.on('GET', '/projects/7', { json: project });
		await createClient({ baseUrl: server.url }).projects.get(7);
		expect(server.requests[0].headers.authorization).toBeUndefined();
		expect(server.requests[0].headers['x-akribes-user']).toBeUndefined();
	});

	it('sends the bearer token and attribution on writes too', async () => {
		server.on('POST', '/bench-runs/42/cancel', { json: run });
		await createClient({ baseUrl: server.url, token: 's3cret', onBehalfOf: 'bo@example.com' }).benchRuns.cancel(42);
		expect(server.requests[0].headers.authorization).toBe('Bearer s3cret');
		expect(server.requests[0].headers['x-akribes-user']).toBe('bo@example.com');
	});

	it('sends Accept: text/event-stream and auth on streams', async () => {
		server.on('GET', '/bench-runs/42/events', { sse: (stream) => stream.write('event: terminal\ndata: {"status":"completed"}\n\n').then(() => stream.end()) });
		const client = createClient({ baseUrl: server.url, token: 's3cret', onBehalfOf: 'bo@example.com' });
		const subscription = await client.benchRuns.subscribeRunEvents(42);
		for await (const _ of subscription);
		const { headers } = server.requests[0];
		expect(headers.accept).toBe('text/event-stream');
		expect(headers.authorization).toBe('Bearer s3cret');
		expect(headers['x-akribes-user']).toBe('bo@example.com');
	});
});
