// The one ofetch instance (base URL, auth headers, timeout) plus request helpers that map failures to errors.ts.
import { FetchError, ofetch, type $Fetch } from 'ofetch';
import type { ClientOptions } from './api.js';
import { sleep, withTimeout } from './abort.js';
import { AbortedError, AkribesError, NetworkError, NotFoundError } from './errors.js';
import { decodeErrorBody, errorFromResponse } from './error-mapping.js';
import { DEFAULT_RETRY, type RetryPolicy, withRetry } from './retry.js';

const DEFAULT_TIMEOUT_MS = 30_000;

export type Query = Record<string, string | number | undefined>;
export type WriteMethod = 'POST' | 'PATCH' | 'DELETE';

/** Builds a path whose every interpolated value is one percent-encoded segment: path`/cases/${id}`. */
export function path(strings: TemplateStringsArray, ...segments: Array<string | number>): string {
	return strings.reduce((built, literal, index) =>
		`${built}${encodeURIComponent(String(segments[index - 1]))}${literal}`,
	);
}

/** Drops absent optionals (undefined or null) so request bodies never carry them. */
export function compact<T extends object>(body: T): Partial<T> {
	return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined && value !== null)) as Partial<T>;
}

/** A REST call's query and the caller's signal (joined with the client's timeout; aborting rejects with AbortedError). */
export interface RequestOptions {
	query?: Query;
	signal?: AbortSignal;
}

export interface Http {
	readonly baseUrl: string;
	/** Idempotent GET, retried per the policy. */
	get<T>(path: string, options?: RequestOptions): Promise<T>;
	/**
	 * Idempotent GET whose 2xx body is handed unread to `read` (e.g. readJsonArray), retried per the policy. The
	 * timeout covers the body too; a body `read` rejects (SyntaxError, decode failure) is an AkribesError.
	 */
	getStreamed<T>(path: string, read: (body: AsyncIterable<Uint8Array>) => Promise<T>, options?: RequestOptions): Promise<T>;
	/** GET whose 404 answers `fallback` instead of throwing. */
	getOr<T, F>(path: string, fallback: F, options?: RequestOptions): Promise<T | F>;
	/** Never retried. */
	send<T>(method: WriteMethod, path: string, body?: object, signal?: AbortSignal): Promise<T>;
	/** Opens an SSE stream; resolves with the 2xx response (body unread), rejects with the typed error otherwise. */
	openStream(path: string, options: { query?: Query; signal: AbortSignal; headers?: Record<string, string> }): Promise<Response>;
}

function withoutUndefined(query: Query | undefined): Record<string, string | number> | undefined {
	if (!query) return undefined;
	const entries = Object.entries(query).filter(([, value]) => value !== undefined);
	return entries.length > 0 ? (Object.fromEntries(entries) as Record<string, string | number>) : undefined;
}

function describeCause(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
	if (cause && typeof cause.code === 'string') return `${error.message} (${cause.code})`;
	if (cause && typeof cause.message === 'string') return `${error.message}: ${cause.message}`;
	return error.message;
}

function isTimeout(error: unknown): boolean {
	return error instanceof Error && error.name === 'TimeoutError';
}

/** Messages name the method and the path only: never the query string or the headers (the token). */
function networkError(method: string, requestPath: string, thrown: unknown, timeoutMs: number): NetworkError {
	// ofetch wraps the fetch failure in a FetchError whose message holds the full URL; keep only the underlying cause.
	const error = thrown instanceof FetchError && thrown.cause !== undefined ? thrown.cause : thrown;
	if (isTimeout(error))
		return new NetworkError(`${method} ${requestPath}: no answer within ${timeoutMs} ms`, true, { cause: error });
	return new NetworkError(`${method} ${requestPath}: ${describeCause(error)}`, false, { cause: error });
}

export function createHttp(options: ClientOptions): Http {
	const baseUrl = options.baseUrl.replace(/\/$/, '');
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const retry: RetryPolicy = {
		attempts: options.retry?.attempts ?? DEFAULT_RETRY.attempts,
		baseDelayMs: options.retry?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
		maxDelayMs: options.retry?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
		sleep: options.retry?.sleep ?? sleep,
	};
	const headers: Record<string, string> = {};
	if (options.token) headers.authorization = `Bearer ${options.token}`;
	if (options.onBehalfOf) headers['x-akribes-user'] = options.onBehalfOf;

	// Retries are ours (withRetry): ofetch's own would count a connection failure as a 500. Timeouts are per-request
	// signals: ofetch's `timeout` stops at the response headers and would let a stalled body hang a REST call.
	const $fetch: $Fetch = ofetch.create({ baseURL: baseUrl, headers, retry: false, ignoreResponseError: true });

	async function request<T>(method: string, requestPath: string, query?: Query, body?: object, signal?: AbortSignal): Promise<T> {
		if (signal?.aborted) throw new AbortedError(`${method} ${requestPath}`, { cause: signal.reason });
		let response;
		try {
			response = await $fetch.raw<string, 'text'>(requestPath, {
				method,
				query: withoutUndefined(query),
				body: body as Record<string, unknown> | undefined,
				responseType: 'text',
				signal: withTimeout(timeoutMs, signal),
			});
		} catch (error) {
			if (signal?.aborted) throw new AbortedError(`${method} ${requestPath}`, { cause: signal.reason });
			throw networkError(method, requestPath, error, timeoutMs);
		}
		const text = response._data ?? '';
		if (!response.ok) {
			throw errorFromResponse(method, requestPath, response.status, response.headers.get('retry-after'), decodeErrorBody(text));
		}
		if (text === '') return undefined as T;
		try {
			return JSON.parse(text) as T;
		} catch {
			throw new AkribesError(`${method} ${requestPath}: the server answered ${response.status} with a body that is not JSON`);
		}
	}

	async function requestStreamed<T>(requestPath: string, read: (body: AsyncIterable<Uint8Array>) => Promise<T>, options: RequestOptions): Promise<T> {
		const { signal } = options;
		if (signal?.aborted) throw new AbortedError(`GET ${requestPath}`, { cause: signal.reason });
		const bounded = withTimeout(timeoutMs, signal);
		let response;
		try {
			response = await $fetch.raw(requestPath, { query: withoutUndefined(options.query), responseType: 'stream', signal: bounded });
		} catch (error) {
			if (signal?.aborted) throw new AbortedError(`GET ${requestPath}`, { cause: signal.reason });
			throw networkError('GET', requestPath, error, timeoutMs);
		}
		if (!response.ok) {
			const text = await response.text().catch(() => '');
			throw errorFromResponse('GET', requestPath, response.status, response.headers.get('retry-after'), decodeErrorBody(text));
		}
		try {
			return await read((response.body ?? []) as AsyncIterable<Uint8Array>);
		} catch (error) {
			if (signal?.aborted) throw new AbortedError(`GET ${requestPath}`, { cause: signal.reason });
			if (error instanceof AkribesError) throw error;
			if (error instanceof SyntaxError && !bounded.aborted)
				throw new AkribesError(`GET ${requestPath}: the server answered ${response.status} with a body that is not valid JSON (${error.message})`);
			throw networkError('GET', requestPath, error, timeoutMs);
		}
	}

	const get = <T>(requestPath: string, options: RequestOptions = {}) =>
		withRetry(retry, () => request<T>('GET', requestPath, options.query, undefined, options.signal), `GET ${requestPath}`, options.signal);

	return {
		baseUrl,
		get,
		getStreamed: (requestPath, read, options = {}) =>
			withRetry(retry, () => requestStreamed(requestPath, read, options), `GET ${requestPath}`, options.signal),
		async getOr<T, F>(requestPath: string, fallback: F, options?: RequestOptions): Promise<T | F> {
			try {
				return await get<T>(requestPath, options);
			} catch (error) {
				if (error instanceof NotFoundError) return fallback;
				throw error;
			}
		},
		send: <T>(method: WriteMethod, requestPath: string, body?: object, signal?: AbortSignal) =>
			request<T>(method, requestPath, undefined, body, signal),
		async openStream(requestPath, { query, signal, headers: extraHeaders }) {
			// Only the connect phase is timed: a stream may stay quiet for minutes.
			const connect = new AbortController();
			const onAbort = () => connect.abort(signal.reason);
			if (signal.aborted) onAbort();
			else signal.addEventListener('abort', onAbort, { once: true });
			const timer = setTimeout(() => {
				const reason = new Error('connect timeout');
				reason.name = 'TimeoutError';
				connect.abort(reason);
			}, timeoutMs);
			let response;
			try {
				response = await $fetch.raw(requestPath, {
					query: withoutUndefined(query),
					headers: { accept: 'text/event-stream', ...extraHeaders },
					responseType: 'stream',
					signal: connect.signal,
				});
			} catch (error) {
				signal.removeEventListener('abort', onAbort);
				if (signal.aborted) throw new AbortedError(`GET ${requestPath}`, { cause: signal.reason });
				throw networkError('GET', requestPath, error, timeoutMs);
			} finally {
				clearTimeout(timer);
			}
			if (!response.ok) {
				signal.removeEventListener('abort', onAbort);
				const text = await response.text().catch(() => '');
				throw errorFromResponse('GET', requestPath, response.status, response.headers.get('retry-after'), decodeErrorBody(text));
			}
			return response;
		},
	};
}
