// Times frames of an app rendered in memory: every frame Ink writes is stamped, and `frameAfter` waits (bounded) for
// the first frame since a moment that shows what a predicate looks for.
import type { RenderedApp } from '../test/helpers/render-view.js';

export interface FrameStamps {
	readonly stamps: { at: number; frame: string }[];
	/** When (performance.now()) the first frame written at or after `since` matched; throws after `timeoutMs`. */
	frameAfter(since: number, predicate: (frame: string) => boolean, timeoutMs?: number): Promise<number>;
}

export function stampFrames(app: RenderedApp, defaultTimeoutMs = 10_000): FrameStamps {
	const stamps: { at: number; frame: string }[] = [];
	const write = app.stdout.write;
	app.stdout.write = (frame: string) => {
		stamps.push({ at: performance.now(), frame });
		return write(frame);
	};
	return {
		stamps,
		async frameAfter(since, predicate, timeoutMs = defaultTimeoutMs) {
			const deadline = performance.now() + timeoutMs;
			for (;;) {
				const hit = stamps.find((s) => s.at >= since && predicate(s.frame));
				if (hit) return hit.at;
				if (performance.now() > deadline) throw new Error(`no matching frame; last:\n${stamps.at(-1)?.frame}`);
				await new Promise((resolve) => setTimeout(resolve, 1));
			}
		},
	};
}
