// Results per second over a sliding window, kept as a few time buckets so adding is O(1) and memory is constant.

export class RateMeter {
	readonly #windowMs: number;
	readonly #bucketMs: number;
	/** [bucket start time, count] oldest first; never longer than window / bucket + 1. */
	#buckets: Array<[number, number]> = [];
	#firstAt: number | undefined;

	constructor(windowMs = 5_000, bucketMs = 250) {
		this.#windowMs = windowMs;
		this.#bucketMs = bucketMs;
	}

	add(count: number, now: number): void {
		if (count <= 0) return;
		this.#firstAt ??= now;
		const start = now - (now % this.#bucketMs);
		const last = this.#buckets.at(-1);
		if (last && last[0] === start) last[1] += count;
		else this.#buckets.push([start, count]);
		this.#expire(now);
	}

	/** Mean rate over the window (or over the time since the first arrival, at least a second, when shorter). */
	perSecond(now: number): number {
		this.#expire(now);
		if (this.#firstAt === undefined || this.#buckets.length === 0) return 0;
		const total = this.#buckets.reduce((sum, [, count]) => sum + count, 0);
		const spanMs = Math.max(1_000, Math.min(this.#windowMs, now - this.#firstAt));
		return (total * 1_000) / spanMs;
	}

	#expire(now: number): void {
		const oldest = now - this.#windowMs;
		let drop = 0;
		while (drop < this.#buckets.length && this.#buckets[drop][0] + this.#bucketMs <= oldest) drop++;
		if (drop > 0) this.#buckets.splice(0, drop);
	}
}
