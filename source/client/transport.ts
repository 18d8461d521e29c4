// One HTTP/1.1 exchange through node:http (node:https for https URLs), not fetch: fetch's engine (undici) costs
// 40–60 ms to load, on the start path of every run. Redirects are followed and gzip/deflate/br bodies decoded as fetch
// does. Socket and protocol failures reject with TransportError; an abort rejects with (or destroys the body with)
// the signal's reason.
import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import { createRequire } from 'node:module';
import { pipeline, Readable, type Transform } from 'node:stream';

/** A request that got no complete answer from the network: `fetch failed (ECONNREFUSED)`, `terminated (ECONNRESET)`. */
export class TransportError extends Error {
	override name = 'TransportError';
}

/** No connection within the connect timeout (a host that drops packets, a firewall): the request was never sent. */
export class ConnectTimeoutError extends TransportError {
	override name = 'ConnectTimeoutError';
}

export interface ExchangeInit {
	method: string;
	headers: Record<string, string>;
	body?: string;
}

/** A status line and headers received; the body not yet read. */
export interface Answer {
	readonly status: number;
	header(name: string): string | null;
	/** The body chunk by chunk: a cut connection rejects with TransportError, an abort with the signal's reason. */
	readonly body: AsyncIterable<Uint8Array>;
	/** The body as a web stream (for the SSE parser), read instead of `body`; cancelling it closes the connection. */
	webStream(): ReadableStream<Uint8Array>;
	/** Stops reading and closes the connection. */
	discard(): void;
}

/** The fetch standard's limit. */
const MAX_REDIRECTS = 20;
/** What fetch asks for: a 60 MB /results body crosses a slow link as a few MB. */
const ACCEPT_ENCODING = 'gzip, deflate, br';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type RequestFunction = (url: URL, options: RequestOptions) => ClientRequest;

/**
 * Required, not imported: an ES import of node:http builds its namespace from every export, and the `WebSocket`
 * getter among them loads undici. node:https (and with it TLS) loads only for an https URL.
 */
const builtin = createRequire(import.meta.url);
const requestFunction = (url: URL): RequestFunction =>
	(builtin(url.protocol === 'https:' ? 'node:https' : 'node:http') as typeof import('node:http')).request;

/** A decoder for the body's one content coding; none for an identity (or unknown, or stacked) coding, read as it is. */
function decoderFor(coding: string | undefined): Transform | null {
	const name = coding?.trim().toLowerCase();
	if (name !== 'gzip' && name !== 'x-gzip' && name !== 'deflate' && name !== 'br') return null;
	const zlib = builtin('node:zlib') as typeof import('node:zlib');
	// Lenient like fetch: a body cut right at the end of its last block still gives what it holds.
	const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
	if (name === 'br') return zlib.createBrotliDecompress({ flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
	return name === 'deflate' ? zlib.createInflate(lenient) : zlib.createGunzip(lenient);
}

/** Sends the request and resolves with its answer once the status line and headers are in. */
export async function exchange(url: string, init: ExchangeInit, signal: AbortSignal, connectTimeoutMs = Infinity): Promise<Answer> {
	let target = new URL(url);
	let current = init;
	for (let redirects = 0; ; redirects++) {
		const response = await sendOnce(requestFunction(target), target, current, signal, connectTimeoutMs);
		const location = response.headers.location;
		if (!REDIRECTS.has(response.statusCode ?? 0) || location === undefined) return answerOf(response, signal);
		response.destroy();
		if (redirects === MAX_REDIRECTS) throw new TransportError('fetch failed', { cause: new Error('redirect count exceeded') });
		const next = new URL(location, target);
		if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new TransportError('fetch failed', { cause: new Error('redirect to a non-http URL') });
		current = redirected(current, response.statusCode ?? 0, next.origin !== target.origin);
		target = next;
	}
}

/** The next hop's request, as fetch builds it: 303 (and 301/302 after a POST) turn into a body-less GET; credentials stay with their origin. */
function redirected(init: ExchangeInit, status: number, crossOrigin: boolean): ExchangeInit {
	const headers = { ...init.headers };
	if (crossOrigin) delete headers.authorization;
	const toGet = (status === 303 && init.method !== 'GET' && init.method !== 'HEAD') || ((status === 301 || status === 302) && init.method === 'POST');
	if (!toGet) return { ...init, headers };
	delete headers['content-type'];
	return { method: 'GET', headers };
}

function sendOnce(request: RequestFunction, url: URL, init: ExchangeInit, signal: AbortSignal, connectTimeoutMs: number): Promise<IncomingMessage> {
	return new Promise((resolve, reject) => {
		if (signal.aborted) return reject(signal.reason);
		const headers: Record<string, string> = { 'accept-encoding': ACCEPT_ENCODING, ...init.headers };
		if (init.body !== undefined) headers['content-length'] = String(Buffer.byteLength(init.body));
		const outgoing = request(url, { method: init.method, headers });
		const onAbort = () => outgoing.destroy(signal.reason);
		signal.addEventListener('abort', onAbort, { once: true });
		// Timed from the socket's creation to its connection (a reused keep-alive socket is connected already).
		outgoing.once('socket', (socket) => {
			if (!socket.connecting || !Number.isFinite(connectTimeoutMs)) return;
			const timer = setTimeout(() => outgoing.destroy(new ConnectTimeoutError(`no connection within ${connectTimeoutMs} ms`)), connectTimeoutMs);
			socket.once('connect', () => clearTimeout(timer));
			socket.once('close', () => clearTimeout(timer));
		});
		outgoing.once('response', (response) => {
			signal.removeEventListener('abort', onAbort);
			resolve(response);
		});
		outgoing.once('error', (error) => {
			signal.removeEventListener('abort', onAbort);
			reject(signal.aborted ? signal.reason : error instanceof ConnectTimeoutError ? error : new TransportError('fetch failed', { cause: error }));
		});
		outgoing.end(init.body);
	});
}

function answerOf(response: IncomingMessage, signal: AbortSignal): Answer {
	const onAbort = () => response.destroy(signal.reason);
	signal.addEventListener('abort', onAbort, { once: true });
	response.once('close', () => signal.removeEventListener('abort', onAbort));
	const decoder = decoderFor(response.headers['content-encoding']);
	// A cut or aborted response ends the decoder with its error; the pipeline's own report is that same error.
	const body: Readable = decoder ? pipeline(response, decoder, () => undefined) : response;
	return {
		status: response.statusCode ?? 0,
		header(name) {
			const value = response.headers[name.toLowerCase()];
			return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
		},
		// Decoded bytes: the client's size cap counts what a body becomes, not what crossed the network.
		body: chunksOf(body, signal),
		webStream: () => Readable.toWeb(body) as ReadableStream<Uint8Array>,
		discard: () => {
			response.destroy();
			if (body !== response) body.destroy();
		},
	};
}

async function* chunksOf(response: Readable, signal: AbortSignal): AsyncGenerator<Uint8Array> {
	try {
		for await (const chunk of response) yield chunk as Buffer;
	} catch (error) {
		if (signal.aborted) throw signal.reason;
		throw new TransportError('terminated', { cause: error });
	}
}
