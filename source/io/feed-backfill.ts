// The /results backfills of one watch (see run-watch.ts): serialized, coalesced, spaced out, stoppable.
import type { BenchResult } from '../wire/types.js';

/** Backfill GETs start at least this many times their own duration apart. */
const BACKFILL_DUTY_FACTOR = 4;

/**
 * Serializes `/results` fetches: a request made while one is in flight schedules exactly one more, because the
 * in-flight GET may have been answered before the rows that prompted the request were recorded. Starts are spaced
 * by `intervalMs` unless someone is waiting for the result. A failure stops the loop (its owner reconnects and
 * requests again); `error` holds it until the next request.
 */
export class Backfill {
	error: unknown;
	#running: Promise<void> | undefined;
	#again = false;
	#lastStart = -Infinity;
	#lastDuration = 0;
	#hurry: (() => void) | undefined;
	#stopped = false;

	/**
	 * `fetchRows` streams one `/results` GET into the `take` it is given (client.benchRuns.streamResults), so rows reach
	 * `deliver` batch by batch while the body arrives and the whole list never sits in memory at once; `onComplete`
	 * follows each GET that read to its end.
	 */
	constructor(
		private readonly fetchRows: (take: (rows: BenchResult[]) => void) => Promise<void>,
		private readonly deliver: (rows: BenchResult[]) => void,
		private readonly onFailure: () => void,
		private readonly intervalMs: number,
		private readonly onComplete: () => void = () => {},
	) {}

	request(): void {
		if (this.#running) {
			this.#again = true;
			return;
		}
		this.error = undefined;
		this.#running = this.#loop();
	}

	/** No further fetch starts (a scheduled one is dropped). */
	stop(): void {
		this.#stopped = true;
		this.#hurry?.();
	}

	/** Resolves when no fetch is in flight or scheduled; `urgent` skips the spacing of a scheduled one. */
	async settled(urgent = false): Promise<void> {
		if (urgent) this.#hurry?.();
		await this.#running;
	}

	async #loop(): Promise<void> {
		try {
			do {
				this.#again = false;
				await this.#spacing();
				if (this.#stopped) return;
				this.#lastStart = performance.now();
				await this.fetchRows((rows) => this.deliver(rows));
				this.#lastDuration = performance.now() - this.#lastStart;
				this.onComplete();
			} while (this.#again);
		} catch (error) {
			this.error = error;
			this.#again = false;
			this.onFailure();
		} finally {
			this.#running = undefined;
		}
	}

	#spacing(): Promise<void> {
		const gap = Math.max(this.intervalMs, BACKFILL_DUTY_FACTOR * this.#lastDuration);
		const wait = this.#lastStart + gap - performance.now();
		if (wait <= 0) return Promise.resolve();
		return new Promise((resolve) => {
			const timer = setTimeout(done, wait);
			function done() {
				clearTimeout(timer);
				resolve();
			}
			this.#hurry = () => {
				this.#hurry = undefined;
				done();
			};
		});
	}
}
