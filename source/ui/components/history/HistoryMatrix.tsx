// The matrix itself: a header naming the run under the column cursor (id, channel, versions), a row of version
// letters with `│` where the versions change, then one line per case in view: name, a glyph per run, statistics and
// the state. Only the rows in view are rendered; runs of cells in one colour are drawn as one Text.
import { Box } from 'ink';
import { ColoredRuns, Text, type ColoredRun } from '../Text.js';
import { memo } from 'react';
import { drawing, drawsUnicode } from '../../../look/drawing.js';
import { cellColor, cellGlyph, stateColor } from '../../../look/history-cells.js';
import { glyphs } from '../../../look/glyphs.js';
import { sanitize } from '../../../look/sanitize.js';
import { fit, pad } from '../../../look/text.js';
import { formatAgo, formatScore, formatShare } from '../../../state/format.js';
import { stateText, versionGroups, type HistoryModel } from '../../../state/history.js';
import type { MatrixLayout } from './matrix-layout.js';

/** Widths of the statistics columns MEAN, SD, PASS and FLIP. */
const STATS_WIDTHS = [5, 5, 4, 5];

/** The statistics cells, each right-aligned in its column (terminal columns), a space before each. */
const statsText = (cells: readonly string[]) => cells.map((cell, i) => ` ${pad(cell, STATS_WIDTHS[i], 'right')}`).join('');

/** Version-group letters per column: a for the oldest versions shown, b for the next change, … */
function groupLetters(model: HistoryModel): string[] {
	const letters: string[] = [];
	versionGroups(model.columns).forEach((group, i) => {
		for (let c = group.first; c <= group.last; c++) letters[c] = String.fromCharCode(97 + (i % 26));
	});
	return letters;
}

export const HistoryHeader = memo(function HistoryHeader({ model, layout, cursor, width, now }: { model: HistoryModel; layout: MatrixLayout; cursor: number; width: number; now: number }) {
	const column = model.columns[cursor];
	const letters = groupLetters(model);
	let info = 'no completed runs yet';
	if (column) {
		const run = column.run;
		const changed = model.versionBreaks.has(cursor) ? `  ${glyphs.mark} versions changed here` : '';
		const state = column.error ? `  ${glyphs.fail} ${sanitize(column.error)}` : column.data ? '' : `  loading${drawing.ellipsis}`;
		info = `${drawing.arrowDown} run ${run.id} (${letters[cursor]}) ${drawing.dot} ${sanitize(run.channel)} ${drawing.dot} wf ${run.workflow_version_id} ${drawing.dot} judge ${run.judge_version_id} ${drawing.dot} ${formatAgo(run.triggered_at, now)}${changed}${state}`;
	}
	const stats = layout.stats ? statsText(['MEAN', 'SD', 'PASS', 'FLIP']) : '';
	return (
		<Box flexDirection="column">
			<Text wrap="truncate" color="cyan">
				{fit(info, width)}
			</Text>
			<Text wrap="truncate" bold dimColor={false}>
				<Text dimColor>{`  ${fit('CASE', layout.name)} `}</Text>
				{model.columns.map((_, c) => (
					<Text key={c}>
						{model.versionBreaks.has(c) ? <Text color="yellow">{drawing.bar}</Text> : null}
						<Text inverse={c === cursor} dimColor={c !== cursor}>
							{letters[c]}
						</Text>
					</Text>
				))}
				<Text dimColor>{`${stats} STATE`}</Text>
			</Text>
		</Box>
	);
});

/** The row's cells as runs of one colour (one Text for the whole row), with the version-change marks dimmed. */
function cellRuns(model: HistoryModel, row: number): ColoredRun[] {
	const runs: ColoredRun[] = [];
	for (let c = 0; c < model.columns.length; c++) {
		if (model.versionBreaks.has(c)) runs.push({ text: drawing.bar, color: 'yellow', dim: true });
		const cell = model.cell(row, c);
		const color = cellColor(cell);
		// Glyphs, or letters with the ASCII drawing set (a non-UTF-8 locale, --ascii).
		const glyph = cellGlyph(cell, model.scale, drawsUnicode());
		const last = runs[runs.length - 1];
		if (last && !last.dim && last.color === color) last.text += glyph;
		else runs.push({ color, text: glyph });
	}
	return runs;
}

const MatrixRow = memo(function MatrixRow({ model, row, selected, layout }: { model: HistoryModel; row: number; selected: boolean; layout: MatrixLayout }) {
	const c = model.cases[row];
	const s = model.summary(row);
	const stats = layout.stats ? statsText([formatScore(s.mean), formatScore(s.stddev), formatShare(s.passRate), String(s.flips)]) : '';
	return (
		<Text wrap="truncate">
			<Text inverse={selected}>{`${selected ? drawing.pointer : ' '} ${fit(sanitize(c.name ?? c.id), layout.name)}`}</Text>
			{' '}
			<ColoredRuns runs={cellRuns(model, row)} />
			{stats}
			{' '}
			<Text color={stateColor(s.state)} bold={s.state === 'flaky' || s.state === 'broke'}>
				{fit(stateText(s, layout.state), layout.state)}
			</Text>
		</Text>
	);
});

export function HistoryRows({ model, rows, selected, offset, height, layout }: { model: HistoryModel; rows: Uint32Array; selected: number; offset: number; height: number; layout: MatrixLayout }) {
	const shown = Array.from(rows.subarray(offset, offset + height));
	return (
		<Box flexDirection="column" height={height} overflow="hidden">
			{shown.map((row, i) => (
				<MatrixRow key={i} model={model} row={row} selected={offset + i === selected} layout={layout} />
			))}
		</Box>
	);
}
