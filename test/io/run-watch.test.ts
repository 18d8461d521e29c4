// watchRun over real sockets (the real client against a scripted node:http server): subscribe-then-backfill,
// lagged resyncs, reconnects after cuts and early ends, final errors, skipped frames, stop after terminal, abort.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../source/client/api.js';
import { NotFoundError } from '../../source/client/errors.js';
import { createClient } from '../../source/client/index.js';
import type { BenchResult } from '../../source/wire/types.js';
import { RunFeed } from '../../source/state/run-feed.js';
import { watchRun } from '../../source/io/run-watch.js';
import type { WatchHandlers, WatchState } from '../../source/state/watch-events.js';
import { type RecordingServer, startRecordingServer } from '../helpers/recording-server.js';
import { enrichedRow, liveRow } from '../state/feed-fixtures.js';

let server: RecordingServer;
let client: Client;

beforeEach(async () => {
	server = await startRecordingServer();
	client = createClient({ baseUrl: server.url, retry: { attempts: 1 } });
});
afterEach(() => server.close());

const EVENTS = '/bench-runs/7/events';
const RESULTS = '/bench-runs/7/results';
const FAST = { backoff: { baseMs: 2, capMs: 20 }, backfillIntervalMs: 5 };

const result = (row: BenchResult) => `event: result\ndata: ${JSON.stringify(row)}\n\n`;
const lagged = (dropped: number) => `event: lagged\ndata: {"dropped":${dropped}}\n\n`;
const terminal = (status = 'completed') => `event: terminal\ndata: {"status":"${status}"}\n\n`;
const enriched = (...ids: number[]) => ids.map((id) => enrichedRow(id));

function recordingFeed() {
	const feed = new RunFeed(7);
	const states: WatchState[] = [];
	const handlers: WatchHandlers = {
		...feed.handlers(),
		onConnection: (state) => {
			states.push(state);
			feed.setConnection(state);
		},
	};
	return { feed, states, handlers };
}

const requestsTo = (path: string) => server.requests.filter((request) => request.path === path);
const ids = (feed: RunFeed) => feed.results().map((r) => r.id).sort((a, b) => a - b);

/** Resolves once the n-th GET /results has been answered. */
function resultsServed(count: number) {
	return async () => {
		while (requestsTo(RESULTS).length < count) await server.waitForRequests(server.requests.length + 1);
		await new Promise((resolve) => setTimeout(resolve, 20));
	};
}

describe('watchRun', () => {
	it('subscribes before it backfills, and merges what both saw without duplicates', async () => {
		const afterBackfill = resultsServed(1);
		server.on('GET', EVENTS, {
			sse: async (stream) => {
				await stream.write(result(liveRow(3)));
				await afterBackfill();
				await stream.write(result(liveRow(3)) + result(liveRow(4)) + terminal());
			},
		});
		server.on('GET', RESULTS, { json: enriched(1, 2, 3) });
		const { feed, handlers, states } = recordingFeed();
		await expect(watchRun(client, 7, handlers, FAST)).resolves.toBe('completed');
		expect(server.requests.map((r) => r.path)).toEqual([EVENTS, RESULTS]);
		expect(ids(feed)).toEqual([1, 2, 3, 4]);
		expect(feed.get(3)?.case_name).toBe('case number 3');
		expect(states.map((s) => s.kind)).toEqual(['connecting', 'live', 'ended']);
	});

	it('opens a finished run with its results and subscribes once', async () => {
		server.on('GET', EVENTS, { sse: (stream) => stream.write(terminal('canceled')) });
		server.on('GET', RESULTS, { json: enriched(1, 2, 3) });
		const { feed, handlers } = recordingFeed();
		await expect(watchRun(client, 7, handlers, FAST)).resolves.toBe('canceled');
		expect(ids(feed)).toEqual([1, 2, 3]);
		expect(feed.terminal).toBe('canceled');
		expect(requestsTo(EVENTS)).toHaveLength(1);
	});

	it('resyncs from /results after lagged and reports the drop', async () => {
		const afterResync = resultsServed(2);
		server.on('GET', EVENTS, {
			sse: async (stream) => {
				await resultsServed(1)();
				await stream.write(result(liveRow(1)) + lagged(2));
				await afterResync();
				await stream.write(result(liveRow(4)) + terminal());
			},
		});
		server.on('GET', RESULTS, [{ json: [] }, { json: enriched(1, 2, 3) }]);
		const { feed, handlers } = recordingFeed();
		await expect(watchRun(client, 7, handlers, FAST)).resolves.toBe('completed');
		expect(ids(feed)).toEqual([1, 2, 3, 4]);
		expect(feed.droppedByServer).toBe(2);
		expect(requestsTo(RESULTS)).toHaveLength(2);
	});

	it('reconnects after a cut and after an early clean end, backfilling each time', async () => {
		server.on('GET', EVENTS, [
			{
				sse: async (stream) => {
					await stream.write(result(liveRow(1)) + result(liveRow(2)));
					await resultsServed(1)();
					stream.cut();
				},
			},
			{
				sse: async (stream) => {
					await stream.write(result(liveRow(4)));
					await resultsServed(2)();
					stream.end();
				},
			},
			{ sse: (stream) => stream.write(result(liveRow(6)) + terminal()) },
		]);
		server.on('GET', RESULTS, [{ json: enriched(1) }, { json: enriched(1, 2, 3) }, { json: enriched(1, 2, 3, 4, 5) }]);
		const { feed, handlers, states } = recordingFeed();
		await expect(watchRun(client, 7, handlers, FAST)).resolves.toBe('completed');
		expect(ids(feed)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(requestsTo(EVENTS)).toHaveLength(3);
		expect(requestsTo(RESULTS)).toHaveLength(3);
		const reconnecting = states.filter((s) => s.kind === 'reconnecting');
		expect(reconnecting).toHaveLength(2);
		expect(reconnecting.every((s) => s.kind === 'reconnecting' && s.attempt === 1 && s.lastError.length > 0)).toBe(true);
	});

	it('coalesces the backfills of rapid reconnects into fewer, spaced GETs, and still ends complete', async () => {
		let connection = 0;
		server.on('GET', EVENTS, () => {
			connection++;
			const id = connection * 2;
			return connection < 15
				? { sse: async (stream) => { await stream.write(result(liveRow(id))); stream.cut(); } }
				: { sse: (stream) => stream.write(terminal()) };
		});
		// Every result up to the current connection is durable (odd ids were recorded during the gaps).
		server.on('GET', RESULTS, () => ({ json: enriched(...Array.from({ length: connection * 2 }, (_, i) => i + 1)) }));
		const { feed, handlers } = recordingFeed();
		await expect(watchRun(client, 7, handlers, { backoff: { baseMs: 1, capMs: 5 }, backfillIntervalMs: 40 })).resolves.toBe('completed');
		expect(requestsTo(EVENTS)).toHaveLength(15);
		expect(requestsTo(RESULTS).length).toBeLessThan(15);
		expect(ids(feed)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
	});

	it('backs off and retries while the server answers 503, counting attempts', async () => {
		server.on('GET', EVENTS, [
			{ status: 503, json: { error: 'busy' } },
			{ status: 503, json: { error: 'busy' } },
			{ sse: (stream) => stream.write(terminal()) },
		]);
		server.on('GET', RESULTS, { json: enriched(1) });
		const { handlers, states } = recordingFeed();
		await expect(watchRun(client, 7, handlers, FAST)).resolves.toBe('completed');
		const attempts = states.flatMap((s) => (s.kind === 'reconnecting' ? [s.attempt] : []));
		expect(attempts).toEqual([1, 2]);
		const first = states.find((s) => s.kind === 'reconnecting');
		const second = states.findLast((s) => s.kind === 'reconnecting');
		expect(first?.kind === 'reconnecting' && second?.kind === 'reconnecting' && first.since === second.since).toBe(true);
	});

	it.each([404, 403, 401])('treats %i at subscribe time as final', async (status) => {
		server.on('GET', EVENTS, { status, json: { error: 'no' } });
		const { handlers, states } = recordingFeed();
		const watching = watchRun(client, 7, handlers, FAST);
		await expect(watching).rejects.toMatchObject({ status });
		if (status === 404) await expect(watching).rejects.toBeInstanceOf(NotFoundError);
		expect(requestsTo(EVENTS)).toHaveLength(1);
		expect(states.at(-1)?.kind).toBe('failed');
	});

	it('skips malformed frames, counts them across connections, and keeps going', async () => {
		server.on('GET', EVENTS, [
			{ sse: async (stream) => { await stream.write('event: result\ndata: {not json\n\n' + result(liveRow(1))); stream.cut(); } },
			{ sse: (stream) => stream.write('event: result\ndata: {"id":"x"}\n\nevent: mystery\ndata: {}\n\n' + terminal()) },
		]);
		server.on('GET', RESULTS, { json: enriched(1, 2) });
		const { feed, handlers } = recordingFeed();
		await expect(watchRun(client, 7, handlers, FAST)).resolves.toBe('completed');
		expect(feed.skippedFrames).toBe(3);
		expect(ids(feed)).toEqual([1, 2]);
	});

	it('stops when aborted, without reconnecting', async () => {
		server.on('GET', EVENTS, { sse: (stream) => stream.write(result(liveRow(1))) });
		server.on('GET', RESULTS, { json: enriched(1) });
		const { handlers, states } = recordingFeed();
		const controller = new AbortController();
		const watching = watchRun(client, 7, handlers, { ...FAST, signal: controller.signal });
		await resultsServed(1)();
		controller.abort();
		await expect(watching).resolves.toBeNull();
		expect(states.at(-1)?.kind).toBe('stopped');
		await server.requests[0].closed;
		expect(requestsTo(EVENTS)).toHaveLength(1);
	});
});
