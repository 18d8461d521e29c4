// The feed's filters people reach for: failures only, a verdict filter (live rows judged against the run's pass
// threshold), the status filter cycled backwards, and the p50/p95 duration for the header.
import { describe, expect, it } from 'vitest';
import { RunFeed } from '../../source/state/run-feed.js';
import { liveRow, runRow } from './feed-fixtures.js';

function feedWith() {
	const feed = new RunFeed(7);
	feed.setRun(runRow({ pass_threshold: 50 }));
	feed.applyResults(
		[
			liveRow(1, { headline_score: 90 }),
			liveRow(2, { headline_score: 20 }),
			liveRow(3, { status: 'workflow_failed' }),
			liveRow(4, { status: 'judge_failed' }),
			liveRow(5, { headline_score: 70, verdict: 'fail' }),
			liveRow(6, { status: 'cached', headline_score: 55 }),
		],
		'live',
	);
	return feed;
}

const ids = (feed: RunFeed) => feed.rows().map((row) => row.id);

describe('feed filters', () => {
	it('failures only: workflow failed, judge failed, or a fail verdict (the server’s, else by the run’s threshold)', () => {
		const feed = feedWith();
		expect(feed.toggleFailuresOnly()).toBe(true);
		expect(ids(feed)).toEqual([2, 3, 4, 5]);
		feed.toggleFailuresOnly();
		expect(ids(feed)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('cycles the verdict filter: pass, fail, error, all', () => {
		const feed = feedWith();
		expect(feed.cycleVerdictFilter()).toBe('pass');
		expect(ids(feed)).toEqual([1, 6]);
		feed.cycleVerdictFilter();
		expect(ids(feed)).toEqual([2, 5]);
		feed.cycleVerdictFilter();
		expect(ids(feed)).toEqual([3, 4]);
		expect(feed.cycleVerdictFilter()).toBe('all');
	});

	it('F cycles the status filter backwards', () => {
		const feed = feedWith();
		expect(feed.cycleStatusFilter(-1)).toBe('skipped');
		expect(feed.cycleStatusFilter(-1)).toBe('judge_failed');
		expect(ids(feed)).toEqual([4]);
		expect(feed.cycleStatusFilter(1)).toBe('skipped');
	});

	it('p50 and p95 of the durations, nearest rank', () => {
		const feed = new RunFeed(7);
		expect(feed.durationPercentiles()).toBeNull();
		feed.applyResults(
			Array.from({ length: 100 }, (_, i) => liveRow(i + 1, { duration_ms: (i + 1) * 10 })),
			'live',
		);
		expect(feed.durationPercentiles()).toEqual({ p50: 500, p95: 950 });
	});
});
