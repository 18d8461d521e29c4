// Every failure mode maps to its typed error, GETs retry transient failures, writes never retry, and no message
// leaks the token or the query string.
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../source/client/index.js';
import type { Client, ClientOptions } from '../../source/client/api.js';
import {
	AuthError,
	CaseTypeMismatchError,
	describeError,
	HttpError,
	JudgeContractError,
	NetworkError,
	NotFoundError,
	RateLimitError,
	ServerError,
} from '../../source/client/errors.js';
import { type RecordingServer, startRecordingServer } from '../helpers/recording-server.js';
import { compareReport, run } from './fixtures.js';
import { rejection } from '../helpers/rejection.js';

const TOKEN = 'SECRET-TOKEN-XYZ';

let server: RecordingServer;
let client: Client;
let delays: number[];

function clientFor(overrides: Partial<ClientOptions> = {}): Client {
	return createClient({
		baseUrl: server.url,
		token: TOKEN,
		retry: { baseDelayMs: 10, maxDelayMs: 5_000, sleep: async (ms) => void delays.push(ms) },
		...overrides,
	});
}

beforeEach(async () => {
	server = await startRecordingServer();
	delays = [];
	client = clientFor();
});
afterEach(() => server.close());

describe('status mapping', () => {
	it('404 → NotFoundError with the server message and method + path', async () => {
		server.on('GET', '/bench-runs/1/compare/2', { status: 404, json: { error: 'bench run not found' } });
		const error = await rejection(client.benchRuns.compare(1, 2));
		expect(error).toBeInstanceOf(NotFoundError);
		expect(error).toMatchObject({ status: 404, serverMessage: 'bench run not found', method: 'GET', path: '/bench-runs/1/compare/2' });
		expect(error.message).toBe('GET /bench-runs/1/compare/2 → 404: bench run not found');
	});

	it('401 and 403 → AuthError, told apart by `forbidden`', async () => {
		server.on('GET', '/projects', { status: 401, text: 'missing token' });
		server.on('GET', '/mcp-sessions/s/cost', { status: 403, json: { error: 'service tokens only' } });
		const unauthorized = await rejection(client.projects.list());
		const forbidden = await rejection(client.benchRuns.mcpSessionCost('s'));
		expect(unauthorized).toBeInstanceOf(AuthError);
		expect(unauthorized).toMatchObject({ status: 401, forbidden: false, serverMessage: 'missing token' });
		expect(forbidden).toBeInstanceOf(AuthError);
		expect(forbidden).toMatchObject({ status: 403, forbidden: true, serverMessage: 'service tokens only' });
	});

	it('429 → RateLimitError with a numeric Retry-After, undefined for an HTTP date', async () => {
		server.on('POST', '/bench-runs/1/cancel', { status: 429, headers: { 'retry-after': '7' }, json: { error: 'slow down' } });
		server.on('POST', '/bench-runs/2/cancel', { status: 429, headers: { 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' }, json: { error: 'slow down' } });
		const numeric = await rejection(client.benchRuns.cancel(1));
		const dated = await rejection(client.benchRuns.cancel(2));
		expect(numeric).toBeInstanceOf(RateLimitError);
		expect((numeric as RateLimitError).retryAfterSeconds).toBe(7);
		expect((dated as RateLimitError).retryAfterSeconds).toBeUndefined();
	});

	it('5xx → ServerError; a 500 on a GET is not retried', async () => {
		server.on('GET', '/projects/1', { status: 500, text: 'boom' });
		const error = await rejection(client.projects.get(1));
		expect(error).toBeInstanceOf(ServerError);
		expect(error).toMatchObject({ status: 500, serverMessage: 'boom' });
		expect(server.requests).toHaveLength(1);
	});

	it('400 case_type_mismatch → CaseTypeMismatchError, dropping malformed field errors', async () => {
		server.on('POST', '/projects/7/scripts/s/bench/cases', {
			status: 400,
			json: {
				error: 'case_type_mismatch',
				field_errors: [
					{ path: 'inputs.items[2].qty', message: 'expected int, got str' },
					{ path: 3, message: 'not a string path' },
					{ message: 'no path' },
					'junk',
					{ path: 'expected_output.label', message: 'unknown choice' },
				],
			},
		});
		const error = await rejection(client.benches.createCase(7, 's', { inputs: {} }));
		expect(error).toBeInstanceOf(CaseTypeMismatchError);
		expect((error as CaseTypeMismatchError).fieldErrors).toEqual([
			{ path: 'inputs.items[2].qty', message: 'expected int, got str' },
			{ path: 'expected_output.label', message: 'unknown choice' },
		]);
		expect(describeError(error)).toBe('case_type_mismatch: inputs.items[2].qty: expected int, got str; expected_output.label: unknown choice');
	});

	it('400 case_type_mismatch without a field_errors array stays a plain HttpError', async () => {
		server.on('PATCH', '/cases/c1', { status: 400, json: { error: 'case_type_mismatch' } });
		const error = await rejection(client.benchRuns.patchCase('c1', { name: 'x' }));
		expect(error).toBeInstanceOf(HttpError);
		expect(error).not.toBeInstanceOf(CaseTypeMismatchError);
	});

	it('400 Judge contract mismatch → JudgeContractError with its breaks', async () => {
		const message = 'Judge contract mismatch: 2 field(s) incompatible: outputs.score (int) vs actual.score (str);  outputs.label removed ; ';
		server.on('POST', '/projects/7/scripts/s/bench/runs', [{ status: 400, json: { error: message } }, { status: 400, json: { error: 'Judge contract mismatch: judge has no inputs' } }]);
		const error = await rejection(client.benches.triggerRun(7, 's', { channel: 'production' }));
		expect(error).toBeInstanceOf(JudgeContractError);
		expect((error as JudgeContractError).breaks).toEqual(['outputs.score (int) vs actual.score (str)', 'outputs.label removed']);
		const withoutMarker = await rejection(client.benches.triggerRun(7, 's', { channel: 'production' }));
		expect((withoutMarker as JudgeContractError).breaks).toEqual([]);
	});

	it('any other status → HttpError carrying the raw text body', async () => {
		server.on('POST', '/projects/7/scripts/s/bench/runs', { status: 409, text: 'run already in progress' });
		const error = await rejection(client.benches.triggerRun(7, 's', { channel: 'production' }));
		expect(error.constructor).toBe(HttpError);
		expect(error).toMatchObject({ status: 409, serverMessage: 'run already in progress' });
	});

	it('a refused connection → NetworkError', async () => {
		const port = await new Promise<number>((resolve) => {
			const probe = createServer().listen(0, '127.0.0.1', () => {
				const address = probe.address() as { port: number };
				probe.close(() => resolve(address.port));
			});
		});
		const offline = createClient({ baseUrl: `http://127.0.0.1:${port}`, token: TOKEN, retry: { attempts: 1 } });
		const error = await rejection(offline.projects.list());
		expect(error).toBeInstanceOf(NetworkError);
		expect((error as NetworkError).timedOut).toBe(false);
		expect(error.message).toMatch(/^GET \/projects: /);
	});

	it('no answer within timeoutMs → NetworkError with timedOut', async () => {
		server.on('GET', '/projects', () => new Promise(() => undefined));
		const slow = clientFor({ timeoutMs: 50, retry: { attempts: 1 } });
		const error = await rejection(slow.projects.list());
		expect(error).toBeInstanceOf(NetworkError);
		expect((error as NetworkError).timedOut).toBe(true);
	});

	it('a body that stalls after the headers also times out', async () => {
		server.on('GET', '/projects', { headers: { 'content-type': 'application/json' }, sse: (stream) => stream.write('[') });
		const error = await rejection(clientFor({ timeoutMs: 100, retry: { attempts: 1 } }).projects.list());
		expect(error).toBeInstanceOf(NetworkError);
		expect((error as NetworkError).timedOut).toBe(true);
		expect(error.message).toBe('GET /projects: no complete answer within 100 ms');
	});
});

describe('retry policy', () => {
	it('retries a GET on 503, waiting at least Retry-After, and counts the attempts', async () => {
		server.on('GET', '/bench-runs/1/compare/2', [
			{ status: 503, headers: { 'retry-after': '2' }, json: { error: 'warming up' } },
			{ status: 503, headers: { 'retry-after': '1' }, json: { error: 'warming up' } },
			{ json: compareReport },
		]);
		await expect(client.benchRuns.compare(1, 2)).resolves.toEqual(compareReport);
		expect(server.requests).toHaveLength(3);
		expect(delays).toHaveLength(2);
		expect(delays[0]).toBeGreaterThanOrEqual(2000);
		expect(delays[1]).toBeGreaterThanOrEqual(1000);
	});

	it('retries 429, 502 and 504 and a dropped connection, with bounded backoff', async () => {
		server.on('GET', '/bench-runs/1', [{ status: 429, json: { error: 'slow' } }, { status: 502, text: '' }, { hangUp: true }, { json: run }]);
		await expect(client.benchRuns.get(1)).resolves.toEqual(run);
		expect(server.requests).toHaveLength(4);
		delays.forEach((delay, attempt) => expect(delay).toBeLessThanOrEqual(10 * 2 ** attempt));
	});

	it('gives up after the configured number of attempts (default 4) with the last error', async () => {
		server.on('GET', '/projects', { status: 503, json: { error: 'down' } });
		const error = await rejection(client.projects.list());
		expect(error).toBeInstanceOf(ServerError);
		expect(server.requests).toHaveLength(4);
		server.requests.length = 0;
		await rejection(clientFor({ retry: { attempts: 2, sleep: async () => undefined } }).projects.list());
		expect(server.requests).toHaveLength(2);
	});

	it('does not retry when Retry-After exceeds the delay cap, so the caller sees retryAfterSeconds', async () => {
		server.on('GET', '/projects', { status: 429, headers: { 'retry-after': '3600' }, json: { error: 'slow down' } });
		const error = await rejection(client.projects.list());
		expect((error as RateLimitError).retryAfterSeconds).toBe(3600);
		expect(server.requests).toHaveLength(1);
	});

	it('never retries POST, PATCH or DELETE', async () => {
		server.on('POST', '/bench-runs/1/cancel', { status: 503, json: { error: 'down' } });
		server.on('PATCH', '/cases/c', { status: 503, json: { error: 'down' } });
		server.on('DELETE', '/bench-runs/1', { hangUp: true });
		expect(await rejection(client.benchRuns.cancel(1))).toBeInstanceOf(ServerError);
		expect(await rejection(client.benchRuns.patchCase('c', { name: 'n' }))).toBeInstanceOf(ServerError);
		expect(await rejection(client.benchRuns.delete(1))).toBeInstanceOf(NetworkError);
		expect(server.requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'DELETE']);
		expect(delays).toEqual([]);
	});
});

describe('messages', () => {
	it('never contain the token or the query string', async () => {
		server.on('GET', '/projects/7/scripts/s/bench/runs', { status: 500, json: { error: 'db down' } });
		server.on('GET', '/projects', { status: 401, json: { error: 'bad token' } });
		server.on('POST', '/bench-runs/1/cancel', { hangUp: true });
		server.on('GET', '/projects/7/scripts/dropped/bench/runs', { hangUp: true });
		const offline = clientFor({ retry: { attempts: 1 } });
		const errors = [
			await rejection(offline.benches.listRuns(7, 's', { limit: 5, offset: 10 })),
			await rejection(offline.projects.list()),
			await rejection(offline.benchRuns.cancel(1)),
			await rejection(offline.benchRuns.subscribeRunEvents(9)),
			await rejection(offline.benches.listRuns(7, 'dropped', { limit: 5, offset: 10 })),
		];
		for (const error of errors) {
			for (const text of [error.message, describeError(error), String(error), error.stack ?? '']) {
				expect(text).not.toContain(TOKEN);
				expect(text).not.toContain('offset=');
				expect(text).not.toContain('127.0.0.1');
			}
		}
		expect(errors[0].message).toBe('GET /projects/7/scripts/s/bench/runs → 500: db down');
	});
});
