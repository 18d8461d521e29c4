// A buffered, back-pressured event queue exposed as a Subscription: the producer (an SSE reader) pushes a chunk's
// worth of events, the consumer iterates. Buffered items are handed out without waiting, and `batches()` hands out
// everything buffered at once, so a fast feed costs one await per network chunk rather than one per event.
import type { BufferedSubscription } from './api.js';

/** Above this many unread events the producer stops reading the socket until the consumer catches up. */
const HIGH_WATER = 50_000;

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

export class EventQueue<T> implements BufferedSubscription<T> {
	#buffer: T[] = [];
	#head = 0;
	#finished = false;
	#closed = false;
	#failure: unknown;
	#skipped = 0;
	/** Pending next() calls (the iterator protocol allows several at once). */
	#waitingConsumers: Array<() => void> = [];
	#wakeProducer: (() => void) | undefined;

	/** `teardown` releases the connection; it runs once, on close() or finish(). */
	constructor(private readonly teardown: () => void) {}

	get skipped(): number {
		return this.#skipped;
	}

	get closed(): boolean {
		return this.#closed;
	}

	get done(): boolean {
		return this.#finished || this.#closed;
	}

	push(item: T): void {
		if (!this.done) this.#buffer.push(item);
	}

	countSkipped(): void {
		this.#skipped++;
	}

	/** Call after a chunk's pushes: wakes the consumer; resolves when there is room for more (back-pressure). */
	flush(): Promise<void> | undefined {
		this.#wake();
		if (this.done || this.#buffer.length - this.#head < HIGH_WATER) return undefined;
		return new Promise((resolve) => (this.#wakeProducer = resolve));
	}

	/** The producer is done: buffered events are still delivered, then iteration ends (or throws `failure`). */
	finish(failure?: unknown): void {
		if (this.done) return;
		this.#finished = true;
		this.#failure = failure;
		this.teardown();
		this.#wake();
	}

	/** The consumer is done: the connection is torn down and buffered events are dropped. Idempotent. */
	close(): void {
		if (this.#closed) return;
		const wasFinished = this.#finished;
		this.#closed = true;
		this.#buffer = [];
		this.#head = 0;
		this.#failure = undefined;
		if (!wasFinished) this.teardown();
		this.#wake();
	}

	[Symbol.asyncIterator](): AsyncIterator<T> {
		return {
			next: () => this.#next(),
			return: () => {
				this.close();
				return Promise.resolve(DONE);
			},
		};
	}

	batches(): AsyncIterable<T[]> {
		return {
			[Symbol.asyncIterator]: () => ({
				next: () => this.#nextBatch(),
				return: () => {
					this.close();
					return Promise.resolve(DONE);
				},
			}),
		};
	}

	#next(): Promise<IteratorResult<T>> {
		if (this.#head < this.#buffer.length) {
			const value = this.#buffer[this.#head++];
			if (this.#head === this.#buffer.length) this.#reset();
			return Promise.resolve({ done: false, value });
		}
		return this.#ended() ?? this.#wait().then(() => this.#next());
	}

	#nextBatch(): Promise<IteratorResult<T[]>> {
		if (this.#head < this.#buffer.length) {
			const value = this.#head === 0 ? this.#buffer : this.#buffer.slice(this.#head);
			this.#buffer = [];
			this.#reset();
			return Promise.resolve({ done: false, value });
		}
		return this.#ended() ?? this.#wait().then(() => this.#nextBatch());
	}

	/** Buffer drained: the end of iteration, or undefined when more may come. */
	#ended(): Promise<IteratorReturnResult<undefined>> | undefined {
		if (!this.done) return undefined;
		if (this.#failure === undefined) return Promise.resolve(DONE);
		const failure = this.#failure;
		this.#failure = undefined;
		return Promise.reject(failure);
	}

	#reset(): void {
		this.#buffer.length = 0;
		this.#head = 0;
		const wakeProducer = this.#wakeProducer;
		this.#wakeProducer = undefined;
		wakeProducer?.();
	}

	#wait(): Promise<void> {
		return new Promise((resolve) => this.#waitingConsumers.push(resolve));
	}

	#wake(): void {
		const waiting = this.#waitingConsumers;
		this.#waitingConsumers = [];
		for (const resolve of waiting) resolve();
		if (this.done) {
			const wakeProducer = this.#wakeProducer;
			this.#wakeProducer = undefined;
			wakeProducer?.();
		}
	}
}
