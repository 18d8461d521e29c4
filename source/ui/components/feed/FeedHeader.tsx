// The pinned header of the run feed: identity, status, progress, counts by status, running aggregates, clocks and
// the connection state (live / reconnecting / stale since). Exactly FEED_HEADER_HEIGHT lines.
import { Box } from 'ink';
import { Text } from '../Text.js';
import { RESULT_STATUSES, type BenchById, type BenchRun, type ResultStatus, type RunStatus } from '../../../wire/types.js';
import { formatDuration, formatScore, formatUsd } from '../../../state/format.js';
import type { RunFeed } from '../../../state/run-feed.js';
import type { WatchState } from '../../../state/watch-events.js';
import { sanitize } from '../../../look/sanitize.js';
import { glyphs } from '../../../look/glyphs.js';
import { Spinner } from '../Spinner.js';
import { statusLook } from '../../../look/status.js';
import { progressBar } from '../ProgressBar.js';
import { StatusGlyph } from '../StatusGlyph.js';
import { FAST_STREAM } from './useRunFeed.js';
import { columns } from '../../../look/text.js';
import { drawing } from '../../../look/drawing.js';

export const FEED_HEADER_HEIGHT = 3;

/**
 * Every spinner frame makes Ink rebuild the whole screen, so the spinner is slow (180 ms) and only turns while the
 * stream is quiet: a fast stream's redraws already show the run moving, and a spinner would double their cost.
 */

function clockTime(ms: number): string {
	return new Date(ms).toTimeString().slice(0, 8);
}

function connectionText(state: WatchState): { text: string; color: string } | null {
	switch (state.kind) {
		case 'connecting':
			return { text: `${glyphs.pending} connecting`, color: 'yellow' };
		case 'live':
			return { text: `${glyphs.running} live`, color: 'green' };
		case 'reconnecting':
			return {
				text: `${glyphs.fail} reconnecting (attempt ${state.attempt}) ${drawing.dot} stale since ${clockTime(state.since)}: ${sanitize(state.lastError)}`,
				color: 'yellow',
			};
		case 'failed':
			return { text: `${glyphs.fail} ${sanitize(state.message)}`, color: 'red' };
		default:
			return null;
	}
}

const COUNT_GAP = '  ';

function countText(status: ResultStatus, count: number): string {
	const look = statusLook(status);
	return `${look.glyph} ${count} ${look.word}`;
}

/** Every status count when they fit in `room` columns, else only the non-zero ones. */
function shownCounts(counts: Readonly<Record<ResultStatus, number>>, room: number): readonly ResultStatus[] {
	const length = columns(RESULT_STATUSES.map((status) => countText(status, counts[status])).join(COUNT_GAP));
	return length <= room ? RESULT_STATUSES : RESULT_STATUSES.filter((status) => counts[status] > 0);
}

/** The run's status as the header shows it: the stream's terminal status wins over a stale run row. */
function displayedStatus(feed: RunFeed, run: BenchRun | null): RunStatus | null {
	if (feed.terminal) return feed.terminal === 'unknown' ? 'failed' : feed.terminal;
	return run?.status ?? null;
}

export interface FeedHeaderProps {
	feed: RunFeed;
	run: BenchRun | null;
	bench: BenchById | null;
	width: number;
}

export function FeedHeader({ feed, run, bench, width }: FeedHeaderProps) {
	const status = displayedStatus(feed, run);
	const total = feed.total ?? 0;
	const done = feed.size;
	const connection = connectionText(feed.connection);
	const eta = feed.etaMs();
	const durations = feed.durationPercentiles();
	const notes: string[] = [];
	if (feed.droppedByServer > 0) notes.push(`${feed.droppedByServer} dropped by the server, resynced`);
	if (feed.skippedFrames > 0) notes.push(`${feed.skippedFrames} malformed frames skipped`);
	const identity = [
		bench ? sanitize(bench.script_name) : null,
		run ? `channel ${sanitize(run.channel)}` : null,
		run ? `workflow v${run.workflow_version_id} ${drawing.dot} judge v${run.judge_version_id}` : null,
	].filter(Boolean);
	const bar = progressBar(done, total, Math.min(30, Math.max(10, Math.floor(width / 5))));
	const progress = ` ${done}/${run ? total : '?'}  `;
	const counts = shownCounts(feed.counts, width - columns(bar) - columns(progress));
	// Narrow terminals: every line truncates rather than wraps; the most telling parts come first (status before
	// identity, the non-zero counts only, no elapsed clock below 80 columns).
	return (
		<Box flexDirection="column" height={FEED_HEADER_HEIGHT} width={width}>
			<Box height={1} overflow="hidden">
				<Text wrap="truncate">
					<Text bold>{`run ${feed.runId}`}</Text>
					{'  '}
					{feed.terminal === null && (status === 'running' || status === 'pending') && feed.ratePerSecond() < FAST_STREAM ? (
						<Text color={statusLook(status).color}>
							<Spinner />
							{` ${status}`}
						</Text>
					) : (
						<StatusGlyph status={status} spin={false} />
					)}
					{feed.terminal === 'unknown' ? <Text dimColor> (run vanished)</Text> : null}
					{identity.length ? `  ${identity.join('  ')}` : ''}
				</Text>
			</Box>
			<Box height={1} overflow="hidden">
				<Text wrap="truncate">
					<Text color="cyan">{bar}</Text>
					{progress}
					{counts.map((key, index) => (
						<Text key={key} color={feed.counts[key] ? statusLook(key).color : undefined} dimColor={!feed.counts[key]}>
							{`${index ? COUNT_GAP : ''}${countText(key, feed.counts[key])}`}
						</Text>
					))}
				</Text>
			</Box>
			<Box height={1} overflow="hidden">
				<Text wrap="truncate">
					{`mean ${formatScore(feed.meanScore)}${durations ? `  p50 ${formatDuration(durations.p50)} p95 ${formatDuration(durations.p95)}` : ''}  cost ${formatUsd(feed.costUsd)}  `}
					{feed.terminal
						? `took ${formatDuration(feed.elapsedMs())}  `
						: // While the stream is down, rate and ETA mean nothing: the room goes to what is wrong and since when.
							feed.connection.kind === 'reconnecting' || feed.connection.kind === 'failed'
							? ''
							: `${feed.ratePerSecond().toFixed(1)}/s  ${width >= 80 ? `elapsed ${formatDuration(feed.elapsedMs())}  ` : ''}ETA ${eta === null ? drawing.dash : formatDuration(eta)}  `}
					{connection ? <Text color={connection.color}>{connection.text}</Text> : null}
					{notes.length ? <Text color="yellow">{`  ${notes.join(` ${drawing.dot} `)}`}</Text> : null}
				</Text>
			</Box>
		</Box>
	);
}
