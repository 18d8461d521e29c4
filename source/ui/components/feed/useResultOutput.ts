// workflow_output is only on the /results read path. When the selected result lacks it and the selection has
// rested on it for a moment (never while follow mode races through new rows), fetch /results once and merge it
// into the feed as a backfill, which enriches every row it has.
import { useEffect, useRef, useState } from 'react';
import type { BenchResult } from '../../../client/types.js';
import type { OutputState } from '../../../state/feed-detail.js';
import type { RunFeed } from '../../../state/run-feed.js';
import { useApp, useClient } from '../../context.js';

const SETTLE_MS = 400;

export function useResultOutput(feed: RunFeed, result: BenchResult | undefined, wanted: boolean): OutputState {
	const client = useClient();
	const app = useApp();
	const appRef = useRef(app);
	appRef.current = app;
	const [fetching, setFetching] = useState(false);
	const [failedFor, setFailedFor] = useState<number | null>(null);
	const mounted = useRef(true);
	useEffect(() => () => void (mounted.current = false), []);
	const id = result?.id;
	const enriched = id !== undefined && feed.isEnriched(id);

	useEffect(() => {
		if (!wanted || id === undefined || enriched || fetching || failedFor === id) return;
		const timer = setTimeout(() => {
			setFetching(true);
			client.benchRuns
				.listResults(feed.runId)
				.then((rows) => feed.applyResults(rows, 'backfill'))
				.catch((error: unknown) => {
					if (!mounted.current) return;
					setFailedFor(id);
					appRef.current.reportError(error, 'workflow_output');
				})
				.finally(() => mounted.current && setFetching(false));
		}, SETTLE_MS);
		return () => clearTimeout(timer);
	}, [client, feed, id, enriched, wanted, fetching, failedFor]);

	if (enriched) return 'known';
	return failedFor === id ? 'unavailable' : 'loading';
}
