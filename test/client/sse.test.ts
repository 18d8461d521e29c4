// The byte → SSE message layer and the event queue, driven directly with web streams.
import { describe, expect, it } from 'vitest';
import { type EventSourceMessage, readSse } from '../../source/client/sse.js';
import { EventQueue } from '../../source/client/subscription.js';

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
	return new ReadableStream({
		start(controller) {
			for (const chunk of chunks) controller.enqueue(chunk);
			controller.close();
		},
	});
}

const bytewise = (text: string) => [...new TextEncoder().encode(text)].map((byte) => Uint8Array.of(byte));

async function messagesOf(chunks: Uint8Array[]): Promise<EventSourceMessage[]> {
	const messages: EventSourceMessage[] = [];
	await readSse(streamOf(chunks), (message) => messages.push(message), () => undefined);
	return messages;
}

describe('readSse', () => {
	it('reassembles frames and multi-byte characters split at every byte, CRLF or LF', async () => {
		const text = 'event: result\r\ndata: {"case":"café ☕ 🧪"}\r\n\r\n: comment\nid: 3\ndata: line one\ndata: line two\n\n';
		const expected = [
			{ event: 'result', data: '{"case":"café ☕ 🧪"}', id: undefined },
			{ event: undefined, data: 'line one\nline two', id: '3' },
		];
		await expect(messagesOf(bytewise(text))).resolves.toEqual(expected);
		await expect(messagesOf([new TextEncoder().encode(text)])).resolves.toEqual(expected);
	});

	it('dispatches nothing for an incomplete trailing frame', async () => {
		await expect(messagesOf(bytewise('event: result\ndata: {}\n'))).resolves.toEqual([]);
	});
});

describe('EventQueue', () => {
	it('hands out buffered events in order, then ends after finish()', async () => {
		let tornDown = 0;
		const queue = new EventQueue<number>(() => tornDown++);
		for (let i = 0; i < 5; i++) queue.push(i);
		queue.finish();
		queue.push(99);
		const seen: number[] = [];
		for await (const value of queue) seen.push(value);
		expect(seen).toEqual([0, 1, 2, 3, 4]);
		expect(tornDown).toBe(1);
	});

	it('rethrows a producer failure after the buffered events', async () => {
		const queue = new EventQueue<number>(() => undefined);
		queue.push(1);
		queue.finish(new Error('broken'));
		const iterator = queue[Symbol.asyncIterator]();
		await expect(iterator.next()).resolves.toEqual({ done: false, value: 1 });
		await expect(iterator.next()).rejects.toThrow('broken');
		await expect(iterator.next()).resolves.toEqual({ done: true, value: undefined });
	});

	it('wakes a waiting consumer on flush, and close() drops the buffer and tears down once', async () => {
		let tornDown = 0;
		const queue = new EventQueue<string>(() => tornDown++);
		const iterator = queue[Symbol.asyncIterator]();
		const pending = iterator.next();
		queue.push('a');
		queue.flush();
		await expect(pending).resolves.toEqual({ done: false, value: 'a' });
		queue.push('b');
		queue.close();
		queue.close();
		await expect(iterator.next()).resolves.toEqual({ done: true, value: undefined });
		expect(tornDown).toBe(1);
	});

	it('serves concurrent next() calls in order', async () => {
		const queue = new EventQueue<number>(() => undefined);
		const iterator = queue[Symbol.asyncIterator]();
		const first = iterator.next();
		const second = iterator.next();
		queue.push(1);
		queue.push(2);
		queue.flush();
		await expect(Promise.all([first, second])).resolves.toEqual([
			{ done: false, value: 1 },
			{ done: false, value: 2 },
		]);
	});

	it('batches() yields everything buffered at once', async () => {
		const queue = new EventQueue<number>(() => undefined);
		const batches = queue.batches()[Symbol.asyncIterator]();
		queue.push(1);
		queue.push(2);
		await expect(batches.next()).resolves.toEqual({ done: false, value: [1, 2] });
		queue.push(3);
		queue.finish();
		await expect(batches.next()).resolves.toEqual({ done: false, value: [3] });
		await expect(batches.next()).resolves.toEqual({ done: true, value: undefined });
	});

	it('applies back-pressure: flush() waits for the consumer once the buffer is large', async () => {
		const queue = new EventQueue<number>(() => undefined);
		for (let i = 0; i < 100_000; i++) queue.push(i);
		const room = queue.flush();
		expect(room).toBeInstanceOf(Promise);
		let released = false;
		void room?.then(() => (released = true));
		await Promise.resolve();
		expect(released).toBe(false);
		const batches = queue.batches()[Symbol.asyncIterator]();
		const first = await batches.next();
		expect(first.value).toHaveLength(100_000);
		await room;
		expect(released).toBe(true);
	});
});
