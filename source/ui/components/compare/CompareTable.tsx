// The per-case table: only the rows in view are rendered, each one line of fixed-width cells.
import { Box } from 'ink';
import { Text } from '../Text.js';
import { memo } from 'react';
import type { CompareCase } from '../../../wire/types.js';
import type { Flip } from '../../../state/compare-verdicts.js';
import { formatScore, formatSigned, formatSignedUsd, formatUsd } from '../../../state/format.js';
import { fit, pad } from '../../../look/text.js';
import { sanitize } from '../../../look/sanitize.js';
import { statusLook } from '../../../look/status.js';
import { flipLook } from '../../../look/flip.js';
import { drawing } from '../../../look/drawing.js';
import { caseLabelOf } from '../../../state/case-label.js';

const W = { marker: 2, score: 7, delta: 9, flag: 11, verdict: 7, cost: 9, costDelta: 10, costFlag: 7 };

/** The columns besides marker, label, scores and Δ score, in the order they are given up as the terminal narrows. */
const OPTIONAL = ['costs', 'costFlag', 'costDelta', 'verdict', 'flag'] as const;
type Optional = (typeof OPTIONAL)[number];
type Layout = Record<Optional, boolean>;
const OPTIONAL_WIDTH: Record<Optional, number> = {
	costs: 2 * (W.cost + 1),
	costFlag: W.costFlag + 1,
	verdict: W.verdict + 1,
	costDelta: W.costDelta + 1,
	flag: W.flag + 1,
};
/** Marker, both scores and Δ score with their spaces. */
const CORE = W.marker + 2 * (W.score + 1) + W.delta;
/** The case label keeps at least this many columns before another column is given up. */
const LABEL_MIN = 22;

/** The columns that fit `width`: dropped by priority (per-run costs first, Δ score last) so the label stays readable. */
export function compareLayout(width: number): Layout {
	const layout: Layout = { costs: true, costFlag: true, verdict: true, costDelta: true, flag: true };
	let used = CORE + OPTIONAL.reduce((sum, column) => sum + OPTIONAL_WIDTH[column], 0);
	for (const column of OPTIONAL) {
		if (width - used >= LABEL_MIN) break;
		layout[column] = false;
		used -= OPTIONAL_WIDTH[column];
	}
	return layout;
}

export function labelWidth(width: number): number {
	const layout = compareLayout(width);
	const used = CORE + OPTIONAL.reduce((sum, column) => sum + (layout[column] ? OPTIONAL_WIDTH[column] : 0), 0);
	return Math.max(8, width - used - 1);
}

export function CompareTableHeader({ width }: { width: number }) {
	const layout = compareLayout(width);
	const text = [
		fit('', W.marker) + fit('case', labelWidth(width)),
		fit('score A', W.score, 'right'),
		fit('score B', W.score, 'right'),
		fit(`${drawing.delta} score`, W.delta, 'right'),
		...(layout.flag ? [fit('flag', W.flag)] : []),
		...(layout.verdict ? [fit('verdict', W.verdict)] : []),
		...(layout.costs ? [fit('cost A', W.cost, 'right'), fit('cost B', W.cost, 'right')] : []),
		...(layout.costDelta ? [fit(`${drawing.delta} cost`, W.costDelta, 'right')] : []),
		...(layout.costFlag ? [fit('', W.costFlag)] : []),
	].join(' ');
	return (
		<Box height={1}>
			<Text bold underline wrap="truncate">
				{text}
			</Text>
		</Box>
	);
}

/** The selected row is drawn white on blue; its cells drop their own colours (glyphs and words keep the meaning). */
const SELECTED = 'whiteBright';

/** Fixed-width cells joined by one space, `fit` pads and cuts each one. */
const cells = (parts: [text: string, width: number, align?: 'left' | 'right'][]) => parts.map(([text, width, align]) => fit(text, width, align)).join(' ');

/**
 * One row is ONE Text of pre-padded cells (coloured spans nested inside): Ink then measures, clips and paints one
 * string per row instead of a Box and a Text per cell, which is most of what a frame costs.
 */
const CompareRow = memo(function CompareRow({ row, flip, selected, width }: { row: CompareCase; flip: Flip; selected: boolean; width: number }) {
	const flag = statusLook(row.flag);
	const flipped = flipLook(flip);
	const cost = statusLook(row.cost_flag ?? 'cost_unchanged');
	const layout = compareLayout(width);
	const label = fit(sanitize(caseLabelOf(row.case_label, row.case_id)), labelWidth(width));
	const head = `${fit(selected ? drawing.pointer : ' ', W.marker)}${label} ${cells([
		[formatScore(row.score_a), W.score, 'right'],
		[formatScore(row.score_b), W.score, 'right'],
	])} `;
	const flagged = `${cells([
		[`${flag.glyph} ${formatSigned(row.delta)}`, W.delta, 'right'],
		...(layout.flag ? [[flag.word, W.flag] as [string, number]] : []),
	])} `;
	const verdict = layout.verdict ? `${fit(flipped.text, W.verdict)} ` : '';
	const costs = layout.costs
		? `${cells([
				[formatUsd(row.cost_a ?? 0), W.cost, 'right'],
				[formatUsd(row.cost_b ?? 0), W.cost, 'right'],
			])} `
		: '';
	const costed = cells([
		...(layout.costDelta ? [[formatSignedUsd(row.cost_delta ?? 0), W.costDelta, 'right'] as [string, number, 'right']] : []),
		...(layout.costFlag ? [[cost.word ? `${cost.glyph} ${cost.word}` : cost.glyph, W.costFlag] as [string, number]] : []),
	]);
	if (selected) {
		return (
			<Text wrap="truncate" color={SELECTED} bold backgroundColor="blue">
				{pad(head + flagged + verdict + costs + costed, width)}
			</Text>
		);
	}
	return (
		<Text wrap="truncate">
			{head}
			<Text color={flag.color}>{flagged}</Text>
			<Text color={flipped.color} bold={flip !== null}>
				{verdict}
			</Text>
			{costs}
			<Text color={cost.color}>{costed.trimEnd()}</Text>
		</Text>
	);
});

export interface CompareTableProps {
	cases: readonly CompareCase[];
	/** Verdict flip per case (indexed like `cases`). */
	flips: readonly Flip[];
	/** Case indices in display order. */
	rows: ArrayLike<number>;
	selected: number;
	offset: number;
	height: number;
	width: number;
}

/**
 * Only the rows in view are rendered, keyed by screen line (not by position): a new sort order or a page down
 * updates the rows already on screen instead of unmounting them all and mounting new ones.
 */
export function CompareTable({ cases, flips, rows, selected, offset, height, width }: CompareTableProps) {
	if (rows.length === 0) {
		return (
			<Box height={1}>
				<Text dimColor>no case matches the filter</Text>
			</Box>
		);
	}
	const end = Math.min(rows.length, offset + Math.max(0, height));
	const lines = [];
	for (let position = offset; position < end; position++) {
		lines.push(<CompareRow key={position - offset} row={cases[rows[position]]} flip={flips[rows[position]] ?? null} selected={position === selected} width={width} />);
	}
	return (
		<Box flexDirection="column" height={end - offset} overflow="hidden">
			{lines}
		</Box>
	);
}
