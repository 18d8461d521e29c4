// Byte stream → SSE messages, via eventsource-parser over a streaming UTF-8 decode: CRLF or LF, comments,
// multi-line data and frames split at any byte all come out right.
import { createParser, type EventSourceMessage } from 'eventsource-parser';

export type { EventSourceMessage };

/**
 * Reads `body` to its end, calling `onMessage` for every dispatched message. After each network chunk it awaits
 * `afterChunk` (the place to wake a consumer and apply back-pressure). Rejects when the transport fails.
 */
export async function readSse(
	body: ReadableStream<Uint8Array>,
	onMessage: (message: EventSourceMessage) => void,
	afterChunk: () => Promise<void> | undefined,
): Promise<void> {
	const decoder = new TextDecoder();
	const parser = createParser({ onEvent: onMessage });
	const reader = body.getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			parser.feed(decoder.decode(value, { stream: true }));
			const room = afterChunk();
			if (room) await room;
		}
		parser.feed(decoder.decode());
	} finally {
		reader.releaseLock();
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
