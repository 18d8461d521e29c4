// workflow_output is only on the /results read path. When the selected result lacks it and the selection has
// rested on it for a moment (never while follow mode races through new rows), fetch /results and merge it into the
// feed as a backfill, which enriches every row it has. Fetches are spaced (2 s, or 10× the last one's duration) so
// following a slow stream of a big run does not download the whole run once per new result.
import { useEffect, useRef, useState } from 'react';
import type { BenchResult } from '../../../wire/types.js';
import type { OutputState } from '../../../state/feed-detail.js';
import type { RunFeed } from '../../../state/run-feed.js';
import { useActions, useClient } from '../../context.js';

const SETTLE_MS = 400;
const MIN_GAP_MS = 2_000;
const GAP_PER_FETCH_MS = 10;

/** `wanted`: the pane is visible; `deferred`: following a live run, so do not fetch (see OutputState). */
export function useResultOutput(feed: RunFeed, result: BenchResult | undefined, wanted: boolean, deferred: boolean): OutputState {
	const client = useClient();
	const app = useActions();
	const appRef = useRef(app);
	appRef.current = app;
	const [fetching, setFetching] = useState(false);
	const [failedFor, setFailedFor] = useState<number | null>(null);
	const last = useRef({ at: -Infinity, took: 0 });
	const mounted = useRef(true);
	useEffect(() => {
		mounted.current = true;
		return () => {
			mounted.current = false;
		};
	}, []);
	const id = result?.id;
	const enriched = id !== undefined && feed.isEnriched(id);

	useEffect(() => {
		if (!wanted || deferred || id === undefined || enriched || fetching || failedFor === id) return;
		const gap = Math.max(MIN_GAP_MS, GAP_PER_FETCH_MS * last.current.took);
		const wait = Math.max(SETTLE_MS, last.current.at + gap - Date.now());
		const timer = setTimeout(() => {
			setFetching(true);
			const started = Date.now();
			client.benchRuns
				.listResults(feed.runId)
				.then((rows) => {
					last.current = { at: started, took: Date.now() - started };
					feed.applyResults(rows, 'backfill');
				})
				.catch((error: unknown) => {
					if (!mounted.current) return;
					setFailedFor(id);
					appRef.current.reportError(error, 'workflow_output');
				})
				.finally(() => mounted.current && setFetching(false));
		}, wait);
		return () => clearTimeout(timer);
	}, [client, feed, id, enriched, wanted, deferred, fetching, failedFor]);

	if (enriched) return 'known';
	if (deferred) return 'deferred';
	return failedFor === id ? 'unavailable' : 'loading';
}
