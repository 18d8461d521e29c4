// A stream that sends its headers and then nothing (not even the 15 s keep-alive) is dropped after the idle
// timeout and reconnected: the run watch then sees `terminal` on the next connection; the hub stream reconnects too.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createClient } from '../../source/client/index.js';
import { watchRun } from '../../source/io/run-watch.js';
import { type RecordingServer, startRecordingServer } from '../helpers/recording-server.js';

let server: RecordingServer;
beforeEach(async () => {
	server = await startRecordingServer();
});
afterEach(() => server.close());

it('watchRun: headers then silence → reconnect after the idle timeout → terminal', async () => {
	server.on('GET', '/bench-runs/5/events', [
		{ sse: () => undefined },
		{ sse: (stream) => stream.write('event: terminal\ndata: {"status":"completed"}\n\n').then(() => stream.end()) },
	]);
	server.on('GET', '/bench-runs/5/results', { json: [] });
	const client = createClient({ baseUrl: server.url, streamIdleMs: 200, retry: { attempts: 1 } });
	const states: string[] = [];
	const status = await watchRun(client, 5, { onResults: () => undefined, onConnection: (state) => states.push(state.kind === 'reconnecting' ? `reconnecting: ${state.lastError}` : state.kind) }, { backoff: { baseMs: 1, capMs: 1 }, backfillIntervalMs: 0 });
	expect(status).toBe('completed');
	expect(states).toContain('reconnecting: GET /bench-runs/5/events: no data for 200 ms');
	// The silent connection was closed by the client, not left open.
	await server.requests.find((request) => request.path === '/bench-runs/5/events')!.closed;
	expect(server.requests.filter((request) => request.path === '/bench-runs/5/events')).toHaveLength(2);
});

it('a keep-alive comment counts as data: a stream quiet but for keep-alives stays open', async () => {
	server.on('GET', '/bench-runs/6/events', {
		sse: async (stream) => {
			for (let i = 0; i < 6; i++) {
				await stream.write(':\n\n');
				await new Promise((resolve) => setTimeout(resolve, 80));
			}
			await stream.write('event: terminal\ndata: {"status":"failed"}\n\n');
			stream.end();
		},
	});
	server.on('GET', '/bench-runs/6/results', { json: [] });
	const client = createClient({ baseUrl: server.url, streamIdleMs: 200, retry: { attempts: 1 } });
	const status = await watchRun(client, 6, { onResults: () => undefined }, { backfillIntervalMs: 0 });
	expect(status).toBe('failed');
	expect(server.requests.filter((request) => request.path === '/bench-runs/6/events')).toHaveLength(1);
});

it('the hub stream reconnects after the idle timeout', async () => {
	const batch = JSON.stringify([{ type: 'Bench', payload: { type: 'RunStarted', payload: { project_id: 1, script_name: 's', run: { id: 9, bench_id: 1, channel: 'c', workflow_version_id: 1, judge_version_id: 1, status: 'running', triggered_at: 't' } } } }]);
	server.on('GET', '/events', [{ sse: () => undefined }, { sse: (stream) => stream.write(`event: batch\ndata: ${batch}\n\n`) }]);
	const client = createClient({ baseUrl: server.url, streamIdleMs: 200, reconnect: { baseDelayMs: 1, maxDelayMs: 1 } });
	const subscription = await client.events.subscribeProject(1);
	for await (const event of subscription) {
		expect(event.type).toBe('RunStarted');
		break;
	}
	expect(server.requests.filter((request) => request.path === '/events').length).toBeGreaterThanOrEqual(2);
});
