// `watch` ends on every server that would keep it waiting forever: the same failure five times in a row is exit 10
// with the failure named; a server that accepts and never answers is reported after the first-byte timeout.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { run } from '../client/fixtures.js';
import { type RecordingServer, type Reply, startRecordingServer } from '../helpers/recording-server.js';
import { CONTROL_BYTES } from '../helpers/hostile-server.js';
import { ensureBuilt, runCli } from './helpers.js';

const terminalStream: Reply = {
	sse: async (stream) => {
		await stream.write('event: terminal\ndata: {"status":"completed"}\n\n');
		stream.end();
	},
};

// Each case: what /results and the event stream answer, and what the message names.
const NEVER_ENDING: Array<[what: string, results: Reply, events: Reply, named: RegExp]> = [
	['/results answers 401', { status: 401, json: { error: 'token expired' } }, terminalStream, /unauthorized \(401\): token expired/],
	['/results answers 403', { status: 403, json: { error: 'no access' } }, terminalStream, /forbidden \(403\): no access/],
	['/results answers 500', { status: 500, json: { error: 'db down' } }, terminalStream, /500: db down/],
	['/results has a bad shape', { json: [null] }, terminalStream, /GET \/bench-runs\/42\/results: \[0\] expected object, got null/],
	['the event stream is an HTML page', { json: [] }, { status: 200, headers: { 'content-type': 'text/html' }, text: '<html>login</html>' }, /expected an event stream, got text\/html/],
	['the event stream ends without terminal', { json: [] }, { sse: (stream) => stream.end() }, /the event stream ended before the run finished/],
	['the event stream sends headers, then nothing', { json: [] }, { sse: () => undefined }, /GET \/bench-runs\/42\/events: no data for 300 ms/],
];

const servers: RecordingServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));
beforeAll(() => ensureBuilt());

async function serverWith(results: Reply, events: Reply): Promise<RecordingServer> {
	const server = await startRecordingServer();
	servers.push(server);
	server.on('GET', '/bench-runs/42', { json: { ...run, status: 'running' } });
	server.on('GET', '/bench-runs/42/results', results);
	server.on('GET', '/bench-runs/42/events', events);
	return server;
}

describe('watch gives up on a server that never lets it finish', () => {
	it.concurrent.for(NEVER_ENDING)('%s → exit 10, the failure named', { timeout: 60_000 }, async ([, results, events, named], { expect }) => {
		const server = await serverWith(results, events);
		const { code, stderr } = await runCli(['watch', '42'], { env: { AKRIBES_BASE_URL: server.url, BENCH_TUI_STREAM_IDLE_MS: '300' } });
		expect(code).toBe(10);
		expect(stderr).toMatch(/^bench-tui watch: gave up after 5 failures in a row: /m);
		expect(stderr).toMatch(named);
		expect(stderr).not.toMatch(CONTROL_BYTES);
		// Five attempts of the failing kind, not a request loop.
		expect(server.requests.filter((request) => request.path === '/bench-runs/42/events').length).toBeLessThanOrEqual(5);
	});
});

describe('a server that accepts and never answers', () => {
	it('is reported after the first-byte timeout, once, not after every retry', async ({ expect }) => {
		const server = await startRecordingServer();
		servers.push(server);
		server.on('GET', '/bench-runs/42', () => new Promise<never>(() => undefined));
		const { code, stderr } = await runCli(['watch', '42'], { env: { AKRIBES_BASE_URL: server.url, BENCH_TUI_FIRST_BYTE_TIMEOUT_MS: '1000' } });
		expect(code).toBe(1);
		expect(stderr).toBe('bench-tui watch: GET /bench-runs/42: no answer within 1000 ms\n');
		expect(server.requests).toHaveLength(1);
	});
});
