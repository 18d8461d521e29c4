// One SSE response written straight to the Node socket, with a bounded queue that respects backpressure: while the socket
// has not drained, writes queue up to `queueBytes`; beyond that they are dropped and their items counted, and a
// `lagged {"dropped":N}` frame is written once the socket drains. Writers never wait, so a slow reader cannot block the coordinator or others.
import type { ServerResponse } from 'node:http';

export interface SseOptions {
	/** Bytes a subscriber may have queued while its socket is not drained. */
	queueBytes: number;
	keepAliveMs: number;
}

export const frame = (event: string, data: unknown): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

export class SseConnection {
	private readonly queue: string[] = [];
	private queuedBytes = 0;
	private blocked = false;
	private dropped = 0;
	private ending = false;
	private finalFrame: string | undefined;
	private closed = false;
	private readonly keepAlive: NodeJS.Timeout;
	private readonly closeListeners: Array<() => void> = [];

	constructor(
		private readonly res: ServerResponse,
		private readonly options: SseOptions,
	) {
		res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
		res.flushHeaders();
		res.socket?.setNoDelay(true);
		this.keepAlive = setInterval(() => {
			if (!this.blocked) this.send(':\n\n', 0);
		}, options.keepAliveMs);
		this.keepAlive.unref();
		res.on('close', () => this.finish());
		res.on('drain', () => this.drain());
	}

	onClose(listener: () => void): void {
		this.closeListeners.push(listener);
	}

	/** Queues or writes a frame; `weight` is how many items it carries (counted in `dropped` if it has to be dropped). */
	send(text: string, weight = 1): void {
		if (this.closed || this.ending) return;
		if (this.blocked) {
			if (this.queuedBytes + text.length <= this.options.queueBytes) {
				this.queue.push(text);
				this.queuedBytes += text.length;
			} else {
				this.dropped += weight;
			}
			return;
		}
		this.write(text);
	}

	/** Writes a last frame (never dropped) after everything queued, then ends the response. */
	end(lastFrame?: string): void {
		if (this.closed || this.ending) return;
		this.ending = true;
		this.finalFrame = lastFrame;
		if (!this.blocked) this.drain();
	}

	/** Tears the connection down at once (server shutdown). */
	destroy(): void {
		this.res.destroy();
		this.finish();
	}

	private write(text: string): void {
		if (!this.res.write(text)) this.blocked = true;
	}

	private drain(): void {
		this.blocked = false;
		while (!this.blocked && this.queue.length > 0) {
			const text = this.queue.shift()!;
			this.queuedBytes -= text.length;
			this.write(text);
		}
		if (!this.blocked && this.dropped > 0) {
			this.write(frame('lagged', { dropped: this.dropped }));
			this.dropped = 0;
		}
		if (!this.blocked && this.ending && this.queue.length === 0) {
			this.res.end(this.finalFrame);
			this.finish();
		}
	}

	private finish(): void {
		if (this.closed) return;
		this.closed = true;
		clearInterval(this.keepAlive);
		for (const listener of this.closeListeners) listener();
	}
}
