// A shared queue of small synchronous jobs (pages of large listings), run round-robin for at most a few milliseconds per
// event-loop turn: however many listings stream at once, other requests wait for one slice, not for one page of each.
const SLICE_MS = 4;

const jobs: Array<() => void> = [];
let scheduled = false;

function runSlice(): void {
	scheduled = false;
	const deadline = performance.now() + SLICE_MS;
	while (jobs.length > 0) {
		jobs.shift()!();
		if (performance.now() >= deadline) break;
	}
	if (jobs.length > 0) schedule();
}

function schedule(): void {
	if (scheduled) return;
	scheduled = true;
	setImmediate(runSlice);
}

/** Runs `job` in a later event-loop turn, after the jobs queued before it; resolves with its result. */
export function inTimeSlice<T>(job: () => T): Promise<T> {
	return new Promise((resolve, reject) => {
		jobs.push(() => {
			try {
				resolve(job());
			} catch (error) {
				reject(error);
			}
		});
		schedule();
	});
}
