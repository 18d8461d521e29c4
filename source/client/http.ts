// The one place requests are made: base URL, auth headers, timeouts, size caps, and every 2xx body decoded against
// its wire schema. Failures map to errors.ts (typed HTTP errors, NetworkError, ProtocolError, AbortedError).
import { sleep, withTimeout } from './abort.js';
import type { ClientOptions } from './api.js';
import { cappedChunks, MIB, readText } from './body.js';
import { AbortedError, NetworkError, NotFoundError, ProtocolError } from './errors.js';
import { decodeErrorBody, errorFromResponse } from './error-mapping.js';
import { DEFAULT_RETRY, type RetryPolicy, withRetry } from './retry.js';
import { type Answer, ConnectTimeoutError, exchange, TransportError } from './transport.js';
import { type BaseUrl, parseBaseUrl, requestUrl } from './url.js';
import { WaitTracker } from './waits.js';
import { decodeWith } from '../wire/decode.js';
import type { Schema } from '../wire/schemas.js';

/** Defaults of the waits and caps (README "Timeouts and limits"). */
export const DEFAULTS = {
	/** A whole REST call, body included. */
	timeoutMs: 30_000,
	/** Connecting (TCP, and TLS for https): a host that drops packets is reported this fast. */
	connectTimeoutMs: 5_000,
	/** Connecting and the first byte of the answer (its status line): a silent server is reported this fast. */
	firstByteTimeoutMs: 10_000,
	/** An open event stream with no byte at all for this long (the server sends a keep-alive every 15 s) reconnects. */
	streamIdleMs: 45_000,
	/** A REST body larger than this is refused. */
	maxBodyBytes: 128 * MIB,
	/** One SSE event (or comment) larger than this ends the stream. */
	maxEventBytes: 8 * MIB,
} as const;

/** Error bodies are read for their message only. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

export type Query = Record<string, string | number | undefined>;
export type WriteMethod = 'POST' | 'PATCH' | 'DELETE';

/** Builds a path whose every interpolated value is one percent-encoded segment: path`/cases/${id}`. */
export function path(strings: TemplateStringsArray, ...segments: Array<string | number>): string {
	return strings.reduce((built, literal, index) =>
		`${built}${encodeURIComponent(String(segments[index - 1]))}${literal}`,
	);
}

/** A REST call's query and the caller's signal (joined with the client's timeouts; aborting rejects with AbortedError). */
export interface RequestOptions {
	query?: Query;
	signal?: AbortSignal;
}

/** An open event stream: its body, for readSse. */
export interface OpenStream {
	readonly body: ReadableStream<Uint8Array>;
}

export interface StreamLimits {
	idleMs: number;
	maxEventBytes: number;
}

export interface Http {
	readonly baseUrl: string;
	readonly waits: WaitTracker;
	readonly stream: StreamLimits;
	/** Idempotent GET, retried per the policy, its body decoded by `schema`. */
	get<T>(path: string, schema: Schema<T>, options?: RequestOptions): Promise<T>;
	/**
	 * Idempotent GET whose 2xx body is handed unread to `read` (e.g. readJsonArrayBatches), retried per the policy. The
	 * whole-call timeout and the size cap cover the body; a SyntaxError from `read` is a ProtocolError.
	 */
	getStreamed<T>(path: string, read: (body: AsyncIterable<Uint8Array>) => Promise<T>, options?: RequestOptions): Promise<T>;
	/** GET whose 404 answers `fallback` instead of throwing. */
	getOr<T, F>(path: string, schema: Schema<T>, fallback: F, options?: RequestOptions): Promise<T | F>;
	/** Never retried; the body is decoded by `schema`, or ignored when `schema` is null. */
	send<T>(method: WriteMethod, path: string, schema: Schema<T>, body?: object, signal?: AbortSignal): Promise<T>;
	send(method: WriteMethod, path: string, schema: null, body?: object, signal?: AbortSignal): Promise<void>;
	/** Opens an SSE stream; resolves with the 2xx answer (body unread), rejects with the typed error otherwise. */
	openStream(path: string, options: { query?: Query; signal: AbortSignal; headers?: Record<string, string> }): Promise<OpenStream>;
}

function describeCause(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
	if (cause && typeof cause.code === 'string') return `${error.message} (${cause.code})`;
	if (cause && typeof cause.message === 'string') return `${error.message}: ${cause.message}`;
	return error.message;
}

function timeoutError(): Error {
	const reason = new Error('timeout');
	reason.name = 'TimeoutError';
	return reason;
}

/**
 * Messages name the method and the path only: never the host, the query string or the headers (the token). A timeout
 * names the limit that ran out (`waited`: `no answer within 10000 ms`, `no complete answer within 30000 ms`).
 */
function networkError(route: string, error: unknown, waited: string): NetworkError {
	if (error instanceof Error && error.name === 'TimeoutError') return new NetworkError(`${route}: ${waited}`, true, { cause: error });
	return new NetworkError(`${route}: ${describeCause(error)}`, false, { cause: error });
}

const ok = (answer: Answer) => answer.status >= 200 && answer.status < 300;

function parseJson(route: string, text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		throw new ProtocolError(route, 'the body is not JSON');
	}
}

/** The decoded body, or a ProtocolError naming the first wrong place. An empty or `null` body never passes. */
function decodeBody<T>(route: string, schema: Schema<T>, text: string): T {
	if (text.trim() === '') throw new ProtocolError(route, 'the body is empty');
	const decoded = decodeWith(schema, parseJson(route, text));
	if (!decoded.ok) throw new ProtocolError(route, decoded.problem);
	return decoded.value;
}

export function createHttp(options: ClientOptions): Http {
	const base: BaseUrl = parseBaseUrl(options.baseUrl);
	const limits = {
		whole: options.timeoutMs ?? DEFAULTS.timeoutMs,
		firstByte: options.firstByteTimeoutMs ?? DEFAULTS.firstByteTimeoutMs,
		connect: options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
	};
	const maxBodyBytes = options.maxBodyBytes ?? DEFAULTS.maxBodyBytes;
	const stream: StreamLimits = {
		idleMs: options.streamIdleMs ?? DEFAULTS.streamIdleMs,
		maxEventBytes: options.maxEventBytes ?? DEFAULTS.maxEventBytes,
	};
	const retry: RetryPolicy = {
		attempts: options.retry?.attempts ?? DEFAULT_RETRY.attempts,
		baseDelayMs: options.retry?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
		maxDelayMs: options.retry?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
		sleep: options.retry?.sleep ?? sleep,
	};
	const waits = new WaitTracker();
	const headers: Record<string, string> = {};
	if (options.token) headers.authorization = `Bearer ${options.token}`;
	if (options.onBehalfOf) headers['x-akribes-user'] = options.onBehalfOf;

	/**
	 * Sends one request and waits for its status line within the first-byte timeout (connect included). `deadline`
	 * (the caller's signal, and for REST calls the whole-call timeout) keeps running while the body is read.
	 */
	async function answer(
		method: string,
		route: string,
		url: string,
		init: { headers: Record<string, string>; body?: string },
		deadline: AbortSignal,
		callerSignal: AbortSignal | undefined,
	): Promise<Answer> {
		if (callerSignal?.aborted) throw new AbortedError(route, { cause: callerSignal.reason });
		const firstByte = new AbortController();
		const timer = setTimeout(() => firstByte.abort(timeoutError()), limits.firstByte);
		const answered = waits.begin();
		try {
			return await exchange(url, { method, headers: init.headers, body: init.body }, AbortSignal.any([deadline, firstByte.signal]), limits.connect);
		} catch (error) {
			if (callerSignal?.aborted) throw new AbortedError(route, { cause: callerSignal.reason });
			if (error instanceof ConnectTimeoutError) throw networkError(route, timeoutError(), `could not connect within ${limits.connect} ms`);
			// A stream's deadline is its own signal (no whole-call timeout): only the first-byte timer can run out there.
			if (firstByte.signal.aborted) throw networkError(route, firstByte.signal.reason, `no answer within ${limits.firstByte} ms`);
			throw networkError(route, deadline.aborted ? deadline.reason : error, `no answer within ${limits.whole} ms`);
		} finally {
			clearTimeout(timer);
			answered();
		}
	}

	/** The body text of a 2xx answer, or the typed error of any other. */
	async function request(method: string, requestPath: string, query?: Query, body?: object, signal?: AbortSignal): Promise<string> {
		const route = `${method} ${requestPath}`;
		const deadline = withTimeout(limits.whole, signal);
		const requestHeaders: Record<string, string> = { ...headers, accept: 'application/json' };
		if (body !== undefined) requestHeaders['content-type'] = 'application/json';
		// JSON.stringify leaves undefined keys out (absent = unchanged) and writes null (= clear): the two stay apart.
		const init = { headers: requestHeaders, body: body === undefined ? undefined : JSON.stringify(body) };
		const response = await answer(method, route, requestUrl(base, requestPath, query), init, deadline, signal);
		try {
			if (!ok(response)) {
				const text = await readText(response, MAX_ERROR_BODY_BYTES, route).catch(() => '');
				throw errorFromResponse(method, requestPath, response.status, response.header('retry-after'), decodeErrorBody(text));
			}
			return await readText(response, maxBodyBytes, route);
		} catch (error) {
			if (signal?.aborted) throw new AbortedError(route, { cause: signal.reason });
			if (deadline.aborted) throw networkError(route, deadline.reason, `no complete answer within ${limits.whole} ms`);
			if (error instanceof TransportError) throw networkError(route, error, `no complete answer within ${limits.whole} ms`);
			throw error;
		}
	}

	/** Like `request`, but the 2xx body goes to `read` chunk by chunk (counted against the size cap). */
	async function requestStreamed<T>(requestPath: string, read: (body: AsyncIterable<Uint8Array>) => Promise<T>, options: RequestOptions): Promise<T> {
		const { signal } = options;
		const route = `GET ${requestPath}`;
		const deadline = withTimeout(limits.whole, signal);
		const init = { headers: { ...headers, accept: 'application/json' } };
		const response = await answer('GET', route, requestUrl(base, requestPath, options.query), init, deadline, signal);
		try {
			if (!ok(response)) {
				const text = await readText(response, MAX_ERROR_BODY_BYTES, route).catch(() => '');
				throw errorFromResponse('GET', requestPath, response.status, response.header('retry-after'), decodeErrorBody(text));
			}
			return await read(cappedChunks(response, maxBodyBytes, route));
		} catch (error) {
			if (signal?.aborted) throw new AbortedError(route, { cause: signal.reason });
			if (deadline.aborted) throw networkError(route, deadline.reason, `no complete answer within ${limits.whole} ms`);
			if (error instanceof SyntaxError) throw new ProtocolError(route, `the body is not JSON (${error.message})`);
			if (error instanceof TransportError) throw networkError(route, error, `no complete answer within ${limits.whole} ms`);
			throw error;
		}
	}

	const get = <T>(requestPath: string, schema: Schema<T>, options: RequestOptions = {}): Promise<T> =>
		withRetry(
			retry,
			async () => decodeBody(`GET ${requestPath}`, schema, await request('GET', requestPath, options.query, undefined, options.signal)),
			`GET ${requestPath}`,
			options.signal,
		);

	async function send<T>(method: WriteMethod, requestPath: string, schema: Schema<T> | null, body?: object, signal?: AbortSignal) {
		const text = await request(method, requestPath, undefined, body, signal);
		return schema ? decodeBody(`${method} ${requestPath}`, schema, text) : undefined;
	}

	return {
		baseUrl: base.root,
		waits,
		stream,
		get,
		getStreamed: (requestPath, read, options = {}) =>
			withRetry(retry, () => requestStreamed(requestPath, read, options), `GET ${requestPath}`, options.signal),
		async getOr<T, F>(requestPath: string, schema: Schema<T>, fallback: F, options?: RequestOptions): Promise<T | F> {
			try {
				return await get(requestPath, schema, options);
			} catch (error) {
				if (error instanceof NotFoundError) return fallback;
				throw error;
			}
		},
		send: send as Http['send'],
		async openStream(requestPath, { query, signal, headers: extraHeaders }) {
			const route = `GET ${requestPath}`;
			const init = { headers: { ...headers, accept: 'text/event-stream', ...extraHeaders } };
			// Only the answer is timed here: an open stream is watched by its idle timeout (sse.ts).
			const response = await answer('GET', route, requestUrl(base, requestPath, query), init, signal, signal);
			if (!ok(response)) {
				const text = await readText(response, MAX_ERROR_BODY_BYTES, route).catch(() => '');
				throw errorFromResponse('GET', requestPath, response.status, response.header('retry-after'), decodeErrorBody(text));
			}
			const type = response.header('content-type') ?? '';
			if (!/^text\/event-stream\b/i.test(type.trim())) {
				response.discard();
				throw new ProtocolError(route, `expected an event stream, got ${type.split(';')[0].trim() || 'no content type'}`);
			}
			return { body: response.webStream() };
		},
	};
}
