// Byte stream → SSE messages, via eventsource-parser over a streaming UTF-8 decode: CRLF or LF, comments,
// multi-line data and frames split at any byte all come out right. Two guards: a stream silent for `idleMs` (not
// even a keep-alive comment) fails as timed out, and an event or comment growing past `maxEventBytes` fails, so
// a server can neither hang a reader nor fill its memory.
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { NetworkError, ProtocolError } from './errors.js';

export type { EventSourceMessage };

export interface SseGuards {
	/** `GET /bench-runs/4/events`, for messages. */
	route: string;
	idleMs: number;
	maxEventBytes: number;
}

/** Unguarded reading, for tests of the framing alone. */
const NO_GUARDS: SseGuards = { route: 'stream', idleMs: 0, maxEventBytes: Number.POSITIVE_INFINITY };

/**
 * Reads `body` to its end, calling `onMessage` for every dispatched message. After each network chunk it awaits
 * `afterChunk` (the place to wake a consumer and apply back-pressure). Rejects when the transport fails, when no
 * byte arrives for `idleMs` (a NetworkError with `timedOut`), or when one event passes `maxEventBytes`.
 */
export async function readSse(
	body: ReadableStream<Uint8Array>,
	onMessage: (message: EventSourceMessage) => void,
	afterChunk: () => Promise<void> | undefined,
	guards: SseGuards = NO_GUARDS,
): Promise<void> {
	const decoder = new TextDecoder();
	let dispatched: boolean;
	const parser = createParser({
		onEvent(message) {
			dispatched = true;
			onMessage(message);
		},
		onComment: () => void (dispatched = true),
	});
	const reader = body.getReader();
	// Bytes fed since the last chunk that completed an event or comment: bounds what the parser holds.
	let pending = 0;
	try {
		for (;;) {
			const { done, value } = await readWithin(reader, guards);
			if (done) break;
			dispatched = false;
			parser.feed(decoder.decode(value, { stream: true }));
			pending = dispatched ? 0 : pending + value.byteLength;
			if (pending > guards.maxEventBytes) {
				throw new ProtocolError(guards.route, `an event is larger than ${Math.round(guards.maxEventBytes / 1024)} KiB (the client's limit)`);
			}
			const room = afterChunk();
			if (room) await room;
		}
		parser.feed(decoder.decode());
	} finally {
		reader.releaseLock();
	}
}

/** One read, failed as timed out when nothing arrives within `idleMs` (0: wait as long as it takes). */
async function readWithin(reader: ReadableStreamDefaultReader<Uint8Array>, guards: SseGuards) {
	if (guards.idleMs <= 0) return reader.read();
	let idle = false;
	const timer = setTimeout(() => {
		idle = true;
		void reader.cancel().catch(() => undefined);
	}, guards.idleMs);
	try {
		const result = await reader.read();
		if (idle) throw new NetworkError(`${guards.route}: no data for ${guards.idleMs} ms`, true);
		return result;
	} finally {
		clearTimeout(timer);
	}
}

/** JSON of a data field, or `undefined` when it does not parse. */
export function parseData(data: string): unknown {
	try {
		return JSON.parse(data) as unknown;
	} catch {
		return undefined;
	}
}
