// Follows a run to its end for `watch` and `trigger --watch`: the live feed's reconnect-and-backfill path
// (io/run-watch.ts) into the feed model (state/run-feed.ts), printing each result once, then a summary.
// Exit code by the run's end: 0 completed, 3 failed, 4 canceled, 7 vanished; 5 when below --fail-under.
import type { Client } from '../client/api.js';
import type { BenchResult, BenchRun, TerminalStatus } from '../wire/types.js';
import { caseNameMap } from '../state/feed-view.js';
import { RunFeed } from '../state/run-feed.js';
import { watchRun } from '../io/run-watch.js';
import type { WatchState } from '../state/watch-events.js';
import { formatScore, formatUsd } from '../state/format.js';
import { safeJson } from '../look/safe-json.js';
import { notificationSequence, runEndBody } from '../look/notification.js';
import { sanitize } from '../look/sanitize.js';
import { EXIT, type CommandIO } from './command.js';
import { badge, type Style } from './output.js';
import { resultLine } from './render.js';
import { startSpinner } from './spinner.js';

export interface FollowOptions {
	client: Client;
	io: CommandIO;
	style: Style;
	/** NDJSON on stdout: `{"type":"result","result":…}` per result, then one `{"type":"summary",…}`. */
	json: boolean;
	/** Exit 5 when the mean headline score (ok + cached results) is below this, or when nothing was scored. */
	failUnder?: number;
	/** Ring the terminal (BEL + OSC 9/777 on stderr, when it is a terminal) once the run has ended. */
	notify: boolean;
}

/** Help text shared by `watch` and `trigger --watch`. */
/** Failures of one kind in a row (a 401 from /results, a stream that ends or goes silent early) before giving up. */
const GIVE_UP_AFTER = 5;

export const WATCH_NOTES = `Exit codes: 0 completed, 3 failed, 4 canceled, 5 mean score below --fail-under, 7 no such run,
10 gave up: the server failed the same way ${GIVE_UP_AFTER} times in a row (the run's outcome is unknown).
With --json, stdout is NDJSON: one {"type":"result","result":{…}} line per result as it arrives (each result
exactly once, even across reconnects), then one {"type":"summary","status",…,"run",…,"mean_headline_score",…} line.`;

/** What shells report for a process stopped by Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

const END_CODES: Record<TerminalStatus, number> = {
	completed: EXIT.ok,
	failed: EXIT.runFailed,
	canceled: EXIT.runCanceled,
	unknown: EXIT.notFound,
};

function progress(feed: RunFeed, state: WatchState): string {
	const done = `${feed.size}${feed.total === null ? '' : `/${sanitize(feed.total)}`} results`;
	const mean = feed.meanScore === null ? '' : `, mean ${formatScore(feed.meanScore)}`;
	const connection = state.kind === 'reconnecting' ? ` · reconnecting (attempt ${state.attempt})` : state.kind === 'connecting' ? ' · connecting' : '';
	return `run ${sanitize(feed.runId)}: ${done}${mean}${connection}`;
}

interface BenchContext {
	script: string | null;
	/** Live rows carry only a case id: the bench's case names, fetched once. */
	names: Map<string, string>;
}

/** Best effort: without it rows show ids and the notification no script name. */
async function benchContextOf(client: Client, run: BenchRun, withNames: boolean): Promise<BenchContext> {
	const context: BenchContext = { script: null, names: new Map() };
	try {
		const bench = await client.benchRuns.benchById(run.bench_id);
		if (!bench) return context;
		context.script = bench.script_name;
		if (withNames) context.names = caseNameMap(await client.benches.listCases(bench.project_id, bench.script_name));
	} catch {
		// ids instead of names
	}
	return context;
}

export async function followRun(options: FollowOptions, run: BenchRun): Promise<number> {
	const { client, io, style, json } = options;
	const feed = new RunFeed(run.id);
	feed.setRun(run);
	let state: WatchState = { kind: 'connecting' };
	let reconnects = 0;
	const notify = options.notify && io.stderr.isTTY === true;
	const { script, names } = json && !notify ? { script: null, names: new Map<string, string>() } : await benchContextOf(client, run, !json);
	const spinner = startSpinner(io, () => progress(feed, state));
	const print = (result: BenchResult) =>
		spinner.print(
			json
				? `${safeJson({ type: 'result', result })}\n`
				: resultLine(style, { ...result, case_name: result.case_name || names.get(result.case_id) || result.case_name }),
		);

	const stop = new AbortController();
	const interrupt = () => stop.abort();
	process.once('SIGINT', interrupt);
	let status: TerminalStatus | null;
	try {
		status = await watchRun(
			client,
			run.id,
			{
				onResults(results, source) {
					// Print only ids the feed has not seen, once each; the feed merges the rest (a backfill repeats every row).
					const fresh = new Map<number, BenchResult>();
					for (const result of results) if (!feed.get(result.id) && !fresh.has(result.id)) fresh.set(result.id, result);
					feed.applyResults(results, source);
					for (const result of fresh.values()) print(result);
				},
				onConnection(next) {
					if (next.kind === 'reconnecting' && state.kind !== 'reconnecting') reconnects++;
					state = next;
				},
			},
			{ signal: stop.signal, giveUpAfter: GIVE_UP_AFTER },
		);
	} finally {
		process.off('SIGINT', interrupt);
		spinner.stop();
	}
	if (status === null) {
		io.stderr.write(`stopped watching run ${sanitize(run.id)}\n`);
		return INTERRUPTED;
	}

	const final = (await client.benchRuns.get(run.id).catch(() => null)) ?? run;
	const mean = feed.meanScore;
	if (notify) io.stderr.write(notificationSequence('bench-tui', runEndBody({ id: run.id, status }, script, mean), io.env));
	const belowThreshold = options.failUnder !== undefined && (mean === null || mean < options.failUnder);
	if (json) {
		const summary = { type: 'summary', status, run: final, results: feed.size, counts: feed.counts, mean_headline_score: mean, cost_usd: feed.costUsd, reconnects };
		io.stdout.write(`${safeJson(summary)}\n`);
	} else {
		const counts = Object.entries(feed.counts)
			.filter(([, count]) => count > 0)
			.map(([name, count]) => `${count} ${sanitize(name)}`)
			.join(', ');
		const again = reconnects ? `, ${reconnects} reconnect${reconnects === 1 ? '' : 's'}` : '';
		io.stdout.write(`run ${sanitize(run.id)} ${badge(style, status)}: ${feed.size} results${counts ? ` (${counts})` : ''}, mean score ${formatScore(mean)}, cost ${formatUsd(feed.costUsd)}${again}\n`);
	}
	if (END_CODES[status] !== EXIT.ok) return END_CODES[status];
	if (belowThreshold) {
		io.stderr.write(`mean score ${formatScore(mean, 2)} is below --fail-under ${options.failUnder}${mean === null ? ' (no scored results)' : ''}\n`);
		return EXIT.belowThreshold;
	}
	return EXIT.ok;
}
