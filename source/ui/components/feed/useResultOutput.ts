// workflow_output is only on the /results read path. When the selected result lacks it and the selection has
// rested on it for a moment (never while follow mode races through new rows), ask the feed's /results backfill
// (io/feed-backfill.ts, the same scheduler run-watch uses: serialized, coalesced, spaced by 2 s or 4× the last
// fetch's duration) and merge the rows into the feed, which enriches every row it has.
import { useEffect, useEffectEvent, useState } from 'react';
import type { BenchResult } from '../../../wire/types.js';
import type { OutputState } from '../../../state/feed-detail.js';
import type { RunFeed } from '../../../state/run-feed.js';
import { Backfill } from '../../../io/feed-backfill.js';
import { useActions, useClient } from '../../context.js';

const SETTLE_MS = 400;
const MIN_GAP_MS = 2_000;

/** `wanted`: the pane is visible; `deferred`: following a live run, so do not fetch (see OutputState). */
export function useResultOutput(feed: RunFeed, result: BenchResult | undefined, wanted: boolean, deferred: boolean): OutputState {
	const client = useClient();
	const app = useActions();
	const [failedFor, setFailedFor] = useState<number | null>(null);
	/** Bumped by each answer, so a row still missing after one is asked for again (the backfill spaces the asks). */
	const [answers, setAnswers] = useState(0);
	const [backfill, setBackfill] = useState<Backfill | null>(null);
	const id = result?.id;
	const enriched = id !== undefined && feed.isEnriched(id);

	const failed = useEffectEvent((error: unknown) => {
		if (id !== undefined) setFailedFor(id);
		app.reportError(error, 'workflow_output');
	});

	useEffect(() => {
		const controller = new AbortController();
		const next = new Backfill(
			(take) => client.benchRuns.streamResults(feed.runId, take, { signal: controller.signal }),
			(rows) => feed.applyResults(rows, 'backfill'),
			() => controller.signal.aborted || failed(next.error),
			MIN_GAP_MS,
			() => {
				feed.noteBackfilled();
				setAnswers((n) => n + 1);
			},
		);
		setBackfill(next);
		return () => {
			next.stop();
			controller.abort();
		};
	}, [client, feed]);

	useEffect(() => {
		if (!backfill || !wanted || deferred || id === undefined || enriched || failedFor === id) return;
		const timer = setTimeout(() => backfill.request(), SETTLE_MS);
		return () => clearTimeout(timer);
	}, [backfill, id, enriched, wanted, deferred, failedFor, answers]);

	if (enriched) return 'known';
	if (deferred) return 'deferred';
	return failedFor === id ? 'unavailable' : 'loading';
}
