// A scripted node:http server for client tests: it records every request (method, raw path, query, headers, body),
// answers from per-route scripts (JSON, text, or an SSE stream written chunk by chunk), can cut connections, and
// reports when a client hung up.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
	method: string;
	/** The path exactly as sent (percent-encoding intact), without the query string. */
	path: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	body: string;
	/** The body parsed as JSON; `undefined` when empty or not JSON. */
	json: unknown;
	/** Resolves when this request's response was closed, by either side (for a stream: the client went away). */
	closed: Promise<void>;
}

/** A live SSE response under the test's control. */
export interface SseWriter {
	/** Writes one chunk and waits until it was handed to the socket. */
	write(chunk: string | Uint8Array): Promise<void>;
	/** Writes `text` one byte per chunk, letting the event loop turn between bytes so they arrive apart. */
	writeBytewise(text: string): Promise<void>;
	/** Ends the response cleanly. */
	end(): void;
	/** Destroys the socket mid-stream, as a crashed server or a dropped network would. */
	cut(): void;
	readonly closed: Promise<void>;
	readonly isClosed: boolean;
}

export type Reply =
	/** Destroys the connection without answering. */
	| { hangUp: true }
	| { status?: number; headers?: Record<string, string>; json?: unknown; text?: string }
	| { status?: number; headers?: Record<string, string>; sse: (stream: SseWriter, request: RecordedRequest) => Promise<void> | void };

/** A reply, a function computing one, or a sequence of replies (one per request, the last one repeating). */
export type Responder = Reply | Reply[] | ((request: RecordedRequest) => Reply | Promise<Reply>);

export interface RecordingServer {
	readonly url: string;
	readonly requests: RecordedRequest[];
	/** Scripts `method path` (a raw path or a RegExp on it); a later script for the same route wins. */
	on(method: string, path: string | RegExp, responder: Responder): void;
	/** Resolves once at least `count` requests arrived. */
	waitForRequests(count: number): Promise<void>;
	close(): Promise<void>;
}

interface Route {
	method: string;
	path: string | RegExp;
	responder: Responder;
	served: number;
}

const NOT_FOUND: Reply = { status: 404, json: { error: 'not found' } };

function parseJson(text: string): unknown {
	try {
		return text === '' ? undefined : (JSON.parse(text) as unknown);
	} catch {
		return undefined;
	}
}

function pickReply(route: Route, request: RecordedRequest): Reply | Promise<Reply> {
	const { responder } = route;
	const index = route.served++;
	if (typeof responder === 'function') return responder(request);
	if (Array.isArray(responder)) return responder[Math.min(index, responder.length - 1)];
	return responder;
}

function sseWriter(response: ServerResponse, closed: Promise<void>): SseWriter {
	let isClosed = false;
	void closed.then(() => (isClosed = true));
	const writer: SseWriter = {
		write: (chunk) =>
			new Promise((resolve) => {
				if (isClosed) return resolve();
				response.write(chunk, () => resolve());
			}),
		async writeBytewise(text) {
			for (const byte of Buffer.from(text)) {
				await writer.write(Buffer.from([byte]));
				await new Promise((resolve) => setImmediate(resolve));
			}
		},
		end: () => response.end(),
		cut: () => response.socket?.destroy(),
		closed,
		get isClosed() {
			return isClosed;
		},
	};
	return writer;
}

export async function startRecordingServer(): Promise<RecordingServer> {
	const routes: Route[] = [];
	const requests: RecordedRequest[] = [];
	const waiters: Array<{ count: number; resolve: () => void }> = [];

	const server = createServer(async (req, res) => {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const body = Buffer.concat(chunks).toString('utf8');
		const [rawPath, rawQuery = ''] = (req.url ?? '/').split(/\?(.*)/s);
		const closed = new Promise<void>((resolve) => res.once('close', () => resolve()));
		const request: RecordedRequest = {
			method: req.method ?? 'GET',
			path: rawPath,
			query: Object.fromEntries(new URLSearchParams(rawQuery)),
			headers: req.headers,
			body,
			json: parseJson(body),
			closed,
		};
		requests.push(request);
		for (const waiter of waiters.filter((w) => requests.length >= w.count)) {
			waiters.splice(waiters.indexOf(waiter), 1);
			waiter.resolve();
		}

		const route = [...routes]
			.reverse()
			.find((r) => r.method === request.method && (typeof r.path === 'string' ? r.path === request.path : r.path.test(request.path)));
		const reply = route ? await pickReply(route, request) : NOT_FOUND;
		if ('hangUp' in reply) {
			req.socket.destroy();
			return;
		}
		const status = reply.status ?? 200;
		if ('sse' in reply) {
			res.writeHead(status, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...reply.headers });
			res.flushHeaders();
			await reply.sse(sseWriter(res, closed), request);
			return;
		}
		if (reply.json !== undefined) {
			res.writeHead(status, { 'content-type': 'application/json', ...reply.headers });
			res.end(JSON.stringify(reply.json));
		} else {
			res.writeHead(status, { 'content-type': 'text/plain', ...reply.headers });
			res.end(reply.text ?? '');
		}
	});

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		on(method, path, responder) {
			routes.push({ method, path, responder, served: 0 });
		},
		waitForRequests(count) {
			if (requests.length >= count) return Promise.resolve();
			return new Promise((resolve) => waiters.push({ count, resolve }));
		},
		close() {
			server.closeAllConnections();
			return new Promise((resolve) => server.close(() => resolve()));
		},
	};
}
