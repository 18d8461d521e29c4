// Requests still waiting for the server's first byte, so a UI can say "waiting for <host>… (n s)" while it waits
// instead of a bare "loading…". Only the answer phase counts: an open event stream is not a wait.
import type { Waits } from './api.js';

export class WaitTracker implements Waits {
	#started = new Map<symbol, number>();
	#listeners = new Set<() => void>();

	/** Marks a request as waiting from now; the returned function marks it answered (or failed). Idempotent. */
	begin(now = Date.now()): () => void {
		const key = Symbol('wait');
		this.#started.set(key, now);
		this.#notify();
		return () => {
			if (this.#started.delete(key)) this.#notify();
		};
	}

	oldest(): number | undefined {
		let oldest: number | undefined;
		for (const started of this.#started.values()) if (oldest === undefined || started < oldest) oldest = started;
		return oldest;
	}

	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#notify(): void {
		for (const listener of this.#listeners) listener();
	}
}
