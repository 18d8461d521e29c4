// One case's timeline: a line per run, newest first (glyph, run, channel, versions with a mark where they changed,
// score, verdict, cost, duration, when). Enter opens the result (the inspector); `d` diffs its output with the
// case's previous result; Esc goes back to the matrix.
import { Box } from 'ink';
import { Text } from '../Text.js';
import { drawing, drawsUnicode } from '../../../look/drawing.js';
import { cellColor, cellGlyph, stateColor } from '../../../look/history-cells.js';
import { glyphs } from '../../../look/glyphs.js';
import { sanitize } from '../../../look/sanitize.js';
import { formatAgo, formatDuration, formatScore, formatUsd } from '../../../state/format.js';
import { stateText, type HistoryModel, type TimelineLine } from '../../../state/history.js';
import { fitColumns, type Column } from '../Table.js';
import { TableList } from '../TableList.js';
import { useApp } from '../../context.js';
import { useKeys } from '../../hooks/useKeys.js';
import { useListNavigation } from '../../hooks/useListNavigation.js';
import { KeyHints } from '../KeyHints.js';

const VERDICT_WORD = { absent: 'not in run', pass: 'pass', fail: 'fail', error: 'error', failed: 'failed', skipped: 'skipped' } as const;

/** Lines of the timeline, newest first. */
export function timelineLines(model: HistoryModel, row: number): TimelineLine[] {
	return model.timeline(row).reverse();
}

function columns(model: HistoryModel, now: number): Column<TimelineLine>[] {
	return [
		{ key: 'cell', header: ' ', width: 1, priority: 1, cell: (l) => ({ text: cellGlyph(l.cell, model.scale, drawsUnicode()), color: cellColor(l.cell) }) },
		{ key: 'run', header: 'RUN', width: 6, priority: 1, align: 'right', cell: (l) => ({ text: String(l.run.id), bold: true }) },
		{ key: 'verdict', header: 'VERDICT', width: 10, priority: 1, cell: (l) => ({ text: `${VERDICT_WORD[l.cell.kind]}${l.cell.cached ? ` ${glyphs.cached}` : ''}`, color: cellColor(l.cell), dim: l.cell.kind === 'absent' }) },
		{ key: 'score', header: 'SCORE', width: 6, priority: 1, align: 'right', cell: (l) => formatScore(l.cell.score) },
		{
			key: 'versions',
			header: 'VERSIONS',
			width: 16,
			priority: 2,
			cell: (l) => ({ text: `${l.versionsChanged ? glyphs.mark : ' '} wf ${l.run.workflow_version_id} judge ${l.run.judge_version_id}`, color: l.versionsChanged ? 'yellow' : undefined }),
		},
		{ key: 'channel', header: 'CHANNEL', width: 11, priority: 4, cell: (l) => sanitize(l.run.channel) },
		{ key: 'cost', header: 'COST', width: 8, priority: 3, align: 'right', cell: (l) => (Number.isNaN(l.cost) ? `${drawing.dash}` : formatUsd(l.cost)) },
		{ key: 'took', header: 'TOOK', width: 7, priority: 3, align: 'right', cell: (l) => (Number.isNaN(l.durationMs) ? `${drawing.dash}` : formatDuration(l.durationMs)) },
		{ key: 'when', header: 'WHEN', width: 8, priority: 5, grow: true, cell: (l) => ({ text: formatAgo(l.run.triggered_at, now), dim: true }) },
	];
}

export interface HistoryTimelineProps {
	model: HistoryModel;
	row: number;
	height: number;
	now: number;
	isActive: boolean;
	onOpen(line: TimelineLine): void;
	onDiff(line: TimelineLine, previous: TimelineLine | undefined): void;
	onClose(): void;
}

export function HistoryTimeline({ model, row, height, now, isActive, onOpen, onDiff, onClose }: HistoryTimelineProps) {
	const app = useApp();
	const lines = timelineLines(model, row);
	const listHeight = Math.max(1, height - 3);
	// Registered before the list's keys, so Enter opens the inspector rather than the list's default.
	useKeys(
		['history-timeline'],
		{
			inspect: () => selected && selected.resultId !== undefined && onOpen(selected),
			diff: () => {
				if (!selected || selected.resultId === undefined) return app.notify('no result of this case in that run');
				onDiff(selected, lines.slice(nav.selected + 1).find((l) => l.resultId !== undefined));
			},
			close: onClose,
		},
		{ isActive },
	);
	const nav = useListNavigation({ count: lines.length, pageSize: listHeight, isActive });
	const selected: TimelineLine | undefined = lines[nav.selected];
	useKeys(['list'], { copy: () => selected?.resultId !== undefined && app.copy(String(selected.resultId), 'result id') }, { isActive });
	const c = model.cases[row];
	const s = model.summary(row);
	return (
		<Box flexDirection="column" height={height} overflow="hidden">
			<Text wrap="truncate">
				<Text bold>{`case ${sanitize(c.name ?? c.id)} `}</Text>
				<Text color={stateColor(s.state)}>{stateText(s)}</Text>
				<Text dimColor>{`  mean ${formatScore(s.mean)} ${drawing.dot} sd ${formatScore(s.stddev)} ${drawing.dot} ${s.flips} flips`}</Text>
			</Text>
			<TableList columns={fitColumns(columns(model, now), app.columns)} rows={lines} nav={nav} height={listHeight} empty="no runs" />
			<KeyHints keys={[['history-timeline', 'inspect'], ['history-timeline', 'diff'], ['history-timeline', 'close']]} />
		</Box>
	);
}
