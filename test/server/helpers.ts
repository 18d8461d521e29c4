// Shared helpers for the server tests: a started server per test (closed afterwards), raw HTTP and raw SSE readers.
import http from 'node:http';
import { afterEach } from 'vitest';
import { createClient } from '../../source/client/index.js';
import type { Client } from '../../source/client/api.js';
import { startServer, type RunningServer, type StartServerOptions } from '../../source/server/index.js';

const running: RunningServer[] = [];

afterEach(async () => {
	await Promise.all(running.splice(0).map((server) => server.close()));
});

/** Starts a server that is closed after the current test. Unlimited pace unless given. */
export async function serve(options: StartServerOptions = {}): Promise<RunningServer> {
	const server = await startServer({ pace: 0, ...options });
	running.push(server);
	return server;
}

export function clientFor(server: RunningServer, token?: string): Client {
	return createClient({ baseUrl: server.url, token, retry: { attempts: 1 } });
}

export interface RawResponse {
	status: number;
	contentType: string | null;
	text: string;
	json: any;
}

/** A plain fetch with the body as text and (when it parses) JSON. */
export async function raw(server: RunningServer, path: string, init: Omit<RequestInit, 'body'> & { token?: string; body?: unknown } = {}): Promise<RawResponse> {
	const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
	if (init.token) headers.authorization = `Bearer ${init.token}`;
	let body: string | undefined;
	if (typeof init.body === 'string') body = init.body;
	else if (init.body !== undefined) {
		body = JSON.stringify(init.body);
		headers['content-type'] = 'application/json';
	}
	const response = await fetch(server.url + path, { ...init, headers, body });
	const text = await response.text();
	let json: any;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: response.status, contentType: response.headers.get('content-type'), text, json };
}

export interface SseFrame {
	event: string | undefined;
	data: string;
	id?: string;
}

/** Splits raw SSE text into frames (comments kept as `{event: ':'}`), asserting LF-only line endings. */
export function parseFrames(text: string): SseFrame[] {
	if (text.includes('\r')) throw new Error('CR in SSE stream');
	return text
		.split('\n\n')
		.filter((block) => block.length > 0)
		.map((block) => {
			const frame: SseFrame = { event: undefined, data: '' };
			for (const line of block.split('\n')) {
				if (line.startsWith(':')) frame.event = ':';
				else if (line.startsWith('event: ')) frame.event = line.slice(7);
				else if (line.startsWith('data: ')) frame.data += line.slice(6);
				else if (line.startsWith('id: ')) frame.id = line.slice(4);
			}
			return frame;
		});
}

export interface RawStream {
	status: number;
	headers: http.IncomingHttpHeaders;
	/** Everything received so far. */
	text(): string;
	/** Resolves when the server ends the response. */
	ended: Promise<void>;
	/** Resolves once the received text satisfies `predicate`. */
	until(predicate: (text: string) => boolean): Promise<string>;
	close(): void;
	response: http.IncomingMessage;
}

/** A raw GET that resolves as soon as the response headers arrive (the stream keeps flowing into `text()`). */
export function openStream(server: RunningServer, path: string, options: { token?: string; paused?: boolean } = {}): Promise<RawStream> {
	return new Promise((resolve, reject) => {
		const headers: Record<string, string> = { accept: 'text/event-stream' };
		if (options.token) headers.authorization = `Bearer ${options.token}`;
		const request = http.get(server.url + path, { headers }, (response) => {
			let received = '';
			const waiters: Array<() => void> = [];
			response.setEncoding('utf8');
			const ended = new Promise<void>((done) => {
				response.on('end', done);
				response.on('close', done);
			});
			const check = () => waiters.splice(0).forEach((w) => w());
			response.on('data', (chunk: string) => {
				received += chunk;
				check();
			});
			if (options.paused) response.pause();
			resolve({
				status: response.statusCode ?? 0,
				headers: response.headers,
				text: () => received,
				ended,
				response,
				until: (predicate) =>
					new Promise<string>((done, fail) => {
						const test = () => {
							if (predicate(received)) done(received);
							else waiters.push(test);
						};
						ended.then(() => (predicate(received) ? done(received) : fail(new Error(`stream ended before condition; got ${received.slice(-300)}`))));
						test();
					}),
				close: () => request.destroy(),
			});
		});
		request.on('error', reject);
	});
}

/** Polls until `check` returns a value (tests wait on server state without sleeping blindly). */
export async function eventually<T>(check: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error('condition not reached in time');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/** Fails when any key listed in `required` is missing or null. */
export function expectNoNulls(value: Record<string, unknown>, required: string[]): void {
	const bad = required.filter((key) => !(key in value) || value[key] === null);
	if (bad.length > 0) throw new Error(`null or missing non-nullable field(s): ${bad.join(', ')} in ${JSON.stringify(value).slice(0, 300)}`);
}

export const RUN_REQUIRED = ['id', 'bench_id', 'channel', 'workflow_version_id', 'judge_version_id', 'status', 'triggered_at', 'total_cost_usd', 'total_cases', 'cache_hit_cases', 'mode'];
export const RESULT_REQUIRED = ['id', 'bench_run_id', 'case_id', 'status', 'cost_usd', 'cache_hit', 'created_at'];
export const CASE_REQUIRED = ['id', 'project_id', 'script_name', 'kind', 'frozen', 'created_at'];
