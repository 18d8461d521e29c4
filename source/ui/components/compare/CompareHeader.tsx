// The comparison's summary: both runs, mean A and mean B with the delta, pass rate A → B and verdict flips, flag
// counts, the cost delta (with a ⚠ warning when the server flags a cost regression) and the two score histograms
// on one scale, with a legend.
import { Box } from 'ink';
import { Text } from '../Text.js';
import { memo } from 'react';
import type { BenchRun } from '../../../wire/types.js';
import { histogramBar, histogramScaleMax, scoreHistograms, type CompareModel } from '../../../state/compare.js';
import { formatPercent, formatScore, formatSigned, formatSignedUsd, formatUsd } from '../../../state/format.js';
import { sideSummary } from '../../../state/compare-verdicts.js';
import { sanitize } from '../../../look/sanitize.js';
import { glyphs } from '../../../look/glyphs.js';
import { deltaLook } from '../../../look/status.js';
import { drawing } from '../../../look/drawing.js';
import { columns, pad } from '../../../look/text.js';

const BINS = 10;
const BIN_WIDTH = 2;
/** Columns the histogram block needs beside the summary. */
const HISTOGRAM_WIDTH = 1 + 2 + BINS * BIN_WIDTH + 8;

function RunLine({ side, run, scriptName }: { side: 'A' | 'B'; run: BenchRun; scriptName: string | null }) {
	const when = run.triggered_at ? sanitize(run.triggered_at).replace('T', ' ').slice(0, 16) : drawing.dash;
	return (
		<Box height={1} overflow="hidden">
			<Text wrap="truncate">
				<Text bold>{`${side} #${run.id}`}</Text>
				<Text>{` ${scriptName ? `${sanitize(scriptName)} ${drawing.dot} ` : ''}`}</Text>
				<Text color="cyan">{sanitize(run.channel)}</Text>
				<Text>{` ${drawing.dot} workflow v${run.workflow_version_id} ${drawing.dot} judge v${run.judge_version_id} ${drawing.dot} ${when}`}</Text>
				{run.status === 'completed' ? null : <Text color="yellow">{` ${drawing.dot} ${sanitize(run.status)}`}</Text>}
				<Text dimColor>{side === 'A' ? ' (baseline)' : ''}</Text>
			</Text>
		</Box>
	);
}

function Histograms({ model }: { model: CompareModel }) {
	const { a, b } = scoreHistograms(model.report, BINS);
	const max = histogramScaleMax(a, b);
	const axis = pad(`${a.min}`, BINS * BIN_WIDTH - columns(`${a.max}`)) + `${a.max}`;
	const line = (side: string, bar: string, missing: number) => (
		<Box height={1}>
			<Text wrap="truncate">
				<Text bold>{side}</Text>
				<Text>{' '}</Text>
				<Text color={side === 'A' ? 'blue' : 'magenta'}>{bar}</Text>
				<Text dimColor>{missing ? ` ${missing} n/a` : ''}</Text>
			</Text>
		</Box>
	);
	return (
		<Box flexDirection="column" width={HISTOGRAM_WIDTH} paddingLeft={1}>
			<Box height={1}>
				<Text dimColor wrap="truncate">{`  ${axis}`}</Text>
			</Box>
			{line('A', histogramBar(a, max, drawing.spark, BIN_WIDTH), a.missing)}
			{line('B', histogramBar(b, max, drawing.spark, BIN_WIDTH), b.missing)}
			<Box height={1}>
				<Text dimColor wrap="truncate">{`  ${drawing.spark[0]}${drawing.ellipsis}${drawing.spark[drawing.spark.length - 1]} cases per score bin (max ${max})`}</Text>
			</Box>
		</Box>
	);
}

export interface CompareHeaderProps {
	model: CompareModel;
	runA: BenchRun;
	runB: BenchRun;
	scriptName: string | null;
	width: number;
	withHistograms: boolean;
}

/** Histograms sit beside the 80-column summary when the terminal is wide enough, else below it. */
const histogramsBeside = (width: number) => width >= 80 + HISTOGRAM_WIDTH;

/** Lines the header takes. */
export function compareHeaderHeight(width: number, withHistograms: boolean): number {
	return withHistograms && !histogramsBeside(width) ? 9 : 5;
}

export const CompareHeader = memo(function CompareHeader({ model, runA, runB, scriptName, width, withHistograms }: CompareHeaderProps) {
	const aggregate = model.report.aggregate;
	const counts = model.counts;
	const mean = deltaLook(aggregate.mean_score_delta);
	const pct = aggregate.cost_delta_pct == null ? '' : ` (${formatPercent(aggregate.cost_delta_pct)})`;
	const a = sideSummary(model.cases, 'a', runA.pass_threshold);
	const b = sideSummary(model.cases, 'b', runB.pass_threshold);
	const rate = (value: number | null) => (value === null ? `${drawing.dash}` : `${Math.round(value * 100)}%`);
	const summary = (
		<Box flexDirection="column" flexGrow={1}>
			<RunLine side="A" run={runA} scriptName={scriptName} />
			<RunLine side="B" run={runB} scriptName={scriptName} />
			<Box height={1} overflow="hidden">
				<Text wrap="truncate">
					<Text>{`Mean A ${formatScore(a.mean, 2)} ${drawing.arrow} B ${formatScore(b.mean, 2)}  ${drawing.delta} `}</Text>
					<Text color={mean.color} bold>{`${mean.glyph} ${formatSigned(aggregate.mean_score_delta, 2)}`}</Text>
					<Text>{`   pass rate ${rate(a.passRate)} ${drawing.arrow} ${rate(b.passRate)}`}</Text>
					<Text color={counts.flipped ? 'yellow' : undefined}>{`  ${counts.flipped} verdict flip${counts.flipped === 1 ? '' : 's'}`}</Text>
				</Text>
			</Box>
			<Box height={1} overflow="hidden">
				<Text wrap="truncate">
					<Text color="red">{`${glyphs.down} ${aggregate.n_regressed} regressed`}</Text>
					<Text>{'  '}</Text>
					<Text color="green">{`${glyphs.up} ${aggregate.n_improved} improved`}</Text>
					<Text>{'  '}</Text>
					<Text color="gray">{`${glyphs.same} ${aggregate.n_unchanged} unchanged`}</Text>
					<Text color={counts.missingA + counts.missingB ? 'yellow' : undefined}>{`  missing A ${counts.missingA} B ${counts.missingB}`}</Text>
				</Text>
			</Box>
			<Box height={1} overflow="hidden">
				<Text wrap="truncate">
					<Text>{`Cost ${drawing.delta} `}</Text>
					<Text bold color={aggregate.cost_regression ? 'red' : undefined}>{`${formatSignedUsd(aggregate.cost_delta_usd)}${pct}`}</Text>
					<Text>{`  ${formatUsd(model.costA)} ${drawing.arrow} ${formatUsd(model.costB)}`}</Text>
					{aggregate.cost_regression ? <Text color="red" bold>{`  ${drawing.warning} cost regression`}</Text> : null}
				</Text>
			</Box>
		</Box>
	);
	if (!withHistograms) return summary;
	return (
		<Box flexDirection={histogramsBeside(width) ? 'row' : 'column'}>
			{summary}
			<Histograms model={model} />
		</Box>
	);
});
