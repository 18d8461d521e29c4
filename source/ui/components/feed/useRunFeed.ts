// Owns one run's feed for a view: the RunFeed model, the watchRun loop writing into it (stopped on unmount), the
// run row (refreshed when the run ends), its bench (script name) and the bench's case names (live rows carry only a
// case id). Renders are capped (useFrameCappedStore): the model changes per network batch, and the view re-renders at most
// `FEED_FPS.slow` times a second — `FEED_FPS.fast` while results arrive faster than FAST_STREAM per second — plus
// once a second for the clocks while live. In follow mode every redraw of a fast stream shifts every visible row
// (~3.5 KB at 120×40), so 4 redraws a second keep a 1,000 results/s stream near 15 KB/s over SSH, while a slow
// stream (few rows per redraw) still shows each result within ~70 ms.
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { BenchById, BenchCase, BenchRun } from '../../../wire/types.js';
import { loadBenchCases } from '../../../io/bench-cases.js';
import { caseNameMap } from '../../../state/feed-view.js';
import { RunFeed } from '../../../state/run-feed.js';
import { watchRun } from '../../../io/run-watch.js';
import type { WatchState } from '../../../state/watch-events.js';
import { useActions, useClient, type ConnectionBadge } from '../../context.js';
import { useFrameCappedStore, type SnapshotStore } from '../../hooks/useFrameCappedStore.js';
import { useRunEndNotifier } from '../../run-end-notifier.js';

export interface RunFeedHandle {
	feed: RunFeed;
	run: BenchRun | null;
	bench: BenchById | null;
	/** The bench's cases by id (shared with the other views), null until loaded. */
	cases: ReadonlyMap<string, BenchCase> | null;
}

function connectionBadge(state: WatchState): ConnectionBadge | null {
	switch (state.kind) {
		case 'connecting':
			return 'connecting';
		case 'live':
			return 'live';
		case 'reconnecting':
		case 'failed':
			return 'offline';
		default:
			return null;
	}
}

const FEED_FPS = { slow: 15, fast: 4 };
/** Results per second above which a stream counts as fast (fewer redraws, no spinner). */
export const FAST_STREAM = 100;
const CLOCK_MS = 1_000;

/**
 * The feed as a store whose snapshot also moves once a second while the run is live (the clocks — elapsed, ETA,
 * results/s, stale since — move without events): one capped stream of redraws for both, so the two never add up.
 */
function feedWithClock(feed: RunFeed): SnapshotStore<number> {
	let ticks = 0;
	return {
		getSnapshot: () => feed.getSnapshot() + ticks,
		subscribe(onChange) {
			const unsubscribe = feed.subscribe(onChange);
			const clock = setInterval(() => {
				if (feed.terminal !== null) return clearInterval(clock);
				ticks++;
				onChange();
			}, CLOCK_MS);
			return () => {
				clearInterval(clock);
				unsubscribe();
			};
		},
	};
}

export function useRunFeed(runId: number): RunFeedHandle {
	const client = useClient();
	const app = useActions();
	const notifier = useRunEndNotifier();
	const [feed] = useState(() => new RunFeed(runId));
	const store = useMemo(() => feedWithClock(feed), [feed]);
	const frameRate = useMemo(() => () => (feed.ratePerSecond() >= FAST_STREAM ? FEED_FPS.fast : FEED_FPS.slow), [feed]);
	useFrameCappedStore(store, frameRate);
	const [bench, setBench] = useState<BenchById | null>(null);
	const [cases, setCases] = useState<ReadonlyMap<string, BenchCase> | null>(null);

	const reportError = useEffectEvent((error: unknown) => app.reportError(error, `run ${runId}`));
	const showConnection = useEffectEvent((badge: ConnectionBadge | null) => app.setConnection(badge));

	useEffect(() => {
		const controller = new AbortController();
		const { signal } = controller;
		const report = (error: unknown) => {
			if (!signal.aborted) reportError(error);
		};
		const refreshRun = () =>
			client.benchRuns.get(runId, { signal }).then((run) => {
				if (run && !controller.signal.aborted) feed.setRun(run);
				return run;
			});
		const loadBench = async () => {
			const run = await refreshRun();
			const found = run ? await client.benchRuns.benchById(run.bench_id, { signal }) : null;
			if (controller.signal.aborted) return;
			setBench(found);
			if (!found) return;
			if (run) notifier?.watch(run, found.project_id, found.script_name);
			// Live rows carry only a case id: one request for the bench's cases names them all.
			const cases = await loadBenchCases(client, found.project_id, found.script_name);
			if (controller.signal.aborted) return;
			feed.setCaseNames(caseNameMap([...cases.values()]));
			setCases(cases);
		};
		loadBench().catch(report);
		const handlers = feed.handlers();
		watchRun(
			client,
			runId,
			{
				...handlers,
				onConnection: (state) => {
					handlers.onConnection?.(state);
					if (!signal.aborted) showConnection(connectionBadge(state));
				},
			},
			{ signal: controller.signal },
		).then((status) => (status ? refreshRun() : undefined)).catch(report);
		return () => {
			controller.abort();
			showConnection(null);
		};
	}, [client, feed, runId, notifier]);

	return { feed, run: feed.run, bench, cases };
}
