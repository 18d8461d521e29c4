// The client's own HTTP/1.1 transport (node:http, not fetch) against real local servers: what fetch did for us —
// redirects, the connection closed on abort or a cut body, garbage instead of HTTP — still maps to the one error
// taxonomy, and fetch's engine (undici) is never loaded by REST calls.
import { execFile, spawn } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { promisify } from 'node:util';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../source/client/index.js';
import { AbortedError, isUnreachable, NetworkError, ProtocolError } from '../../source/client/errors.js';
import { type RecordingServer, startRecordingServer } from '../helpers/recording-server.js';
import { freePort } from '../helpers/free-port.js';
import { rejection } from '../helpers/rejection.js';
import { project, run } from './fixtures.js';

let server: RecordingServer;
let other: RecordingServer;

/** Listens with a backlog of 0 and never accepts; one connection fills the queue. Prints its port. */
const NEVER_ACCEPTS = `
import socket, time
listener = socket.socket(); listener.bind(('127.0.0.1', 0)); listener.listen(0)
filler = socket.create_connection(listener.getsockname())
print(listener.getsockname()[1], flush=True)
time.sleep(60)
`;

beforeEach(async () => {
	server = await startRecordingServer();
	other = await startRecordingServer();
});
afterEach(async () => {
	await server.close();
	await other.close();
});

/** A TCP server answering every connection with `reply` (raw bytes), then doing `after` to the socket. */
async function rawServer(reply: string, after: (socket: Socket) => void): Promise<{ url: string; server: Server }> {
	const raw = createServer((socket) => {
		socket.once('data', () => socket.write(reply, () => after(socket)));
	});
	await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${(raw.address() as { port: number }).port}`, server: raw };
}

describe('redirects, as fetch followed them', () => {
	it('a GET follows 302 and 307 to the final answer, keeping the token on the same origin', async () => {
		server.on('GET', '/projects/7', { status: 302, headers: { location: '/moved/7' }, text: '' });
		server.on('GET', '/moved/7', { status: 307, headers: { location: `${server.url}/final/7` }, text: '' });
		server.on('GET', '/final/7', { json: project });
		const client = createClient({ baseUrl: server.url, token: 's3cret' });
		await expect(client.projects.get(7)).resolves.toEqual(project);
		expect(server.requests.map((request) => request.path)).toEqual(['/projects/7', '/moved/7', '/final/7']);
		expect(server.requests[2].headers.authorization).toBe('Bearer s3cret');
	});

	it('a redirect to another origin does not carry the token there', async () => {
		server.on('GET', '/projects/7', { status: 301, headers: { location: `${other.url}/projects/7` }, text: '' });
		other.on('GET', '/projects/7', { json: project });
		await expect(createClient({ baseUrl: server.url, token: 's3cret' }).projects.get(7)).resolves.toEqual(project);
		expect(other.requests[0].headers.authorization).toBeUndefined();
	});

	it('a POST answered 303 is followed by a GET without the body; a 307 repeats the POST with its body', async () => {
		server.on('POST', '/bench-runs/1/cancel', { status: 303, headers: { location: '/bench-runs/1' }, text: '' });
		server.on('GET', '/bench-runs/1', { json: run });
		server.on('PATCH', '/bench-runs/2/tag-session', { status: 307, headers: { location: '/elsewhere/2' }, text: '' });
		server.on('PATCH', '/elsewhere/2', { json: { tagged: true, run_id: 2, mcp_session_id: 'sess/1' } });
		const client = createClient({ baseUrl: server.url });
		await expect(client.benchRuns.cancel(1)).resolves.toEqual(run);
		await client.benchRuns.tagSession(2, 'sess/1');
		expect(server.requests.map((request) => `${request.method} ${request.path} ${request.body}`)).toEqual([
			'POST /bench-runs/1/cancel {}',
			'GET /bench-runs/1 ',
			'PATCH /bench-runs/2/tag-session {"mcp_session_id":"sess/1"}',
			'PATCH /elsewhere/2 {"mcp_session_id":"sess/1"}',
		]);
		expect(server.requests[1].headers['content-type']).toBeUndefined();
	});

	it('a redirect loop ends in a NetworkError, not a hang', async () => {
		server.on('GET', '/projects', { status: 302, headers: { location: '/projects' }, text: '' });
		const error = await rejection(createClient({ baseUrl: server.url, retry: { attempts: 1 } }).projects.list());
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.message).toBe('GET /projects: fetch failed: redirect count exceeded');
		expect(server.requests).toHaveLength(21);
	});
});

describe('compressed bodies, as fetch decoded them', () => {
	/** An HTTP server answering every request with `body` in `coding`; records the Accept-Encoding it was sent. */
	async function compressingServer(coding: string, body: Buffer) {
		const asked: (string | undefined)[] = [];
		const http = createHttpServer((request, response) => {
			asked.push(request.headers['accept-encoding']);
			response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': coding, 'content-length': body.byteLength });
			response.end(body);
		});
		await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
		const url = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
		return { url, asked, close: () => new Promise<void>((resolve) => http.close(() => resolve())) };
	}

	it('asks for gzip, deflate and br, and decodes each', async () => {
		const json = Buffer.from(JSON.stringify([project]));
		for (const [coding, encoded] of [['gzip', gzipSync(json)], ['deflate', deflateSync(json)], ['br', brotliCompressSync(json)]] as const) {
			const compressing = await compressingServer(coding, encoded);
			try {
				expect(await createClient({ baseUrl: compressing.url }).projects.list(), coding).toEqual([project]);
				expect(compressing.asked).toEqual(['gzip, deflate, br']);
			} finally {
				await compressing.close();
			}
		}
	});

	it('caps what a body decodes to, not what crossed the network (a 64 MiB gzip bomb of a few KB)', async () => {
		const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 32));
		expect(bomb.byteLength).toBeLessThan(1024 * 1024);
		const compressing = await compressingServer('gzip', bomb);
		try {
			const error = await rejection(createClient({ baseUrl: compressing.url, maxBodyBytes: 1024 * 1024 }).projects.list());
			expect(error).toBeInstanceOf(ProtocolError);
			expect(error.message).toContain('the body is larger than 1 MiB');
		} finally {
			await compressing.close();
		}
	});

	it('a body that is not the gzip it claims is a NetworkError, not a hang or garbage', async () => {
		const compressing = await compressingServer('gzip', Buffer.from('[{"plain": "json"}]'));
		try {
			const error = await rejection(createClient({ baseUrl: compressing.url, retry: { attempts: 1 } }).projects.list());
			expect(error).toBeInstanceOf(NetworkError);
			expect(error.message).toMatch(/^GET \/projects: terminated/);
		} finally {
			await compressing.close();
		}
	});
});

describe('connections', () => {
	it('a refused connection is unreachable and names the socket error, not the host', async () => {
		const port = await freePort();
		const error = await rejection(createClient({ baseUrl: `http://127.0.0.1:${port}`, retry: { attempts: 1 } }).projects.list());
		expect(error).toBeInstanceOf(NetworkError);
		expect(isUnreachable(error)).toBe(true);
		expect(error.message).toBe('GET /projects: fetch failed (ECONNREFUSED)');
	});

	it('a host that never completes the connection is reported by the connect timeout, before the first-byte one', async () => {
		// A listener that never accepts, its one-place queue already taken: the kernel drops the next handshake.
		const blackhole = spawn('python3', ['-c', NEVER_ACCEPTS], { stdio: ['ignore', 'pipe', 'inherit'] });
		try {
			const port = await new Promise<string>((resolve) => blackhole.stdout.once('data', (data: Buffer) => resolve(data.toString().trim())));
			const client = createClient({ baseUrl: `http://127.0.0.1:${port}`, connectTimeoutMs: 200, firstByteTimeoutMs: 20_000, retry: { attempts: 1 } });
			const error = await rejection(client.projects.list());
			expect(error).toBeInstanceOf(NetworkError);
			expect(error).toMatchObject({ timedOut: true, message: 'GET /projects: could not connect within 200 ms' });
			expect(isUnreachable(error)).toBe(true);
		} finally {
			blackhole.kill();
		}
	});

	it('a body cut after its headers is a NetworkError (retried for a GET), not a truncated answer', async () => {
		const cut = await rawServer('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n[{"id":1', (socket) => socket.destroy());
		try {
			const client = createClient({ baseUrl: cut.url, retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
			const error = await rejection(client.projects.list());
			expect(error).toBeInstanceOf(NetworkError);
			expect((error as NetworkError).timedOut).toBe(false);
			expect(error.message).toMatch(/^GET \/projects: terminated \(/);
		} finally {
			cut.server.close();
		}
	});

	it('bytes that are not HTTP are a NetworkError at once, not a timeout', async () => {
		const garbage = await rawServer('SSH-2.0-OpenSSH_9.6\r\n\r\n', (socket) => socket.end());
		try {
			const error = await rejection(createClient({ baseUrl: garbage.url, retry: { attempts: 1 } }).projects.list());
			expect(error).toBeInstanceOf(NetworkError);
			expect((error as NetworkError).timedOut).toBe(false);
			expect(error.message).toMatch(/^GET \/projects: fetch failed \(HPE_/);
		} finally {
			garbage.server.close();
		}
	});

	it('aborting while the body streams in closes the connection and rejects with AbortedError', async () => {
		const controller = new AbortController();
		server.on('GET', /\/results$/, {
			headers: { 'content-type': 'application/json' },
			sse: (stream) => stream.write('[{"id":1},').then(() => controller.abort()),
		});
		const client = createClient({ baseUrl: server.url });
		const error = await rejection(client.benchRuns.listResults(9, { signal: controller.signal }));
		expect(error).toBeInstanceOf(AbortedError);
		await server.requests[0].closed;
	});
});

describe('start path', () => {
	it('REST calls never load fetch (undici): it costs tens of ms at start-up', async () => {
		server.on('GET', '/projects', { json: [project] });
		const script = `
			const { createClient } = await import('./source/client/index.ts');
			const projects = await createClient({ baseUrl: process.env.URL }).projects.list();
			process.stdout.write(JSON.stringify({ count: projects.length, undici: process.moduleLoadList.some((name) => name.includes('undici')) }));`;
		const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
			env: { ...process.env, URL: server.url },
		});
		expect(JSON.parse(stdout)).toEqual({ count: 1, undici: false });
	});
});
