// The selected run's details: versions, who/when, duration, breakdown, cost, notes, case filter.
import { Box } from 'ink';
import { Text } from './Text.js';
import type { BenchRun } from '../../wire/types.js';
import { formatAgo, formatDuration, formatScore, formatUsd } from '../../state/format.js';
import { breakdownText, doneCount, runDurationMs } from '../../state/runs-list.js';
import { sanitize } from '../../look/sanitize.js';
import { StatusGlyph } from './StatusGlyph.js';
import { ProgressBar } from './ProgressBar.js';
import { pad } from '../../look/text.js';
import { drawing } from '../../look/drawing.js';

function detailLines(run: BenchRun, now: number): { label: string; value: string }[] {
	const lines: { label: string; value: string }[] = [
		{ label: 'channel', value: `${sanitize(run.channel)} ${drawing.dot} ${run.mode === 'sampled' ? `sampled ${run.sample_size ?? '?'}` : 'full'}` },
		{ label: 'versions', value: `workflow v${run.workflow_version_id} ${drawing.dot} judge v${run.judge_version_id}${run.judge_script_name ? ` (${sanitize(run.judge_script_name)})` : ''}` },
		{ label: 'triggered', value: `${formatAgo(run.triggered_at, now)} by ${sanitize(run.triggered_by ?? drawing.dash)}` },
		{ label: 'duration', value: formatDuration(runDurationMs(run, now)) },
		{ label: 'score', value: `${formatScore(run.mean_headline_score)} mean ${drawing.dot} ${run.ok_cases ?? drawing.dash} ok` },
		{ label: 'results', value: breakdownText(run.status_breakdown) || drawing.dash },
		{ label: 'cost', value: `${formatUsd(run.total_cost_usd)} ${drawing.dot} ${run.cache_hit_cases} cache hits` },
	];
	if (run.case_filter?.length) lines.push({ label: 'cases', value: `${run.case_filter.length} selected` });
	if (run.mcp_session_id) lines.push({ label: 'session', value: sanitize(run.mcp_session_id) });
	if (run.notes) lines.push({ label: 'notes', value: sanitize(run.notes) });
	return lines;
}

/** Rows the pane needs to show everything about `run`: its lines, the title and progress bar, the border. */
export function runDetailHeight(run: BenchRun | undefined): number {
	return run ? detailLines(run, 0).length + 4 : 0;
}

export function RunDetail({ run, width, height, now }: { run: BenchRun | undefined; width: number; height: number; now: number }) {
	if (!run) return <Box width={width} height={height} />;
	const lines = detailLines(run, now);
	const inner = Math.max(10, width - 4);
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle={drawing.border} borderColor="gray" paddingX={1} overflow="hidden">
			<Text bold wrap="truncate">
				{`run ${run.id} `}
				<StatusGlyph status={run.status} spin={false} />
			</Text>
			<ProgressBar done={doneCount(run)} total={run.total_cases} width={Math.max(4, inner - 12)} />
			{lines.slice(0, Math.max(0, height - 4)).map((line) => (
				<Text key={line.label} wrap="truncate">
					<Text dimColor>{pad(line.label, 10)}</Text>
					{sanitize(line.value)}
				</Text>
			))}
		</Box>
	);
}
