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
/** Every column but the label, with one space between columns. */
const FIXED = W.marker + 2 * W.score + W.delta + W.flag + W.verdict + 2 * W.cost + W.costDelta + W.costFlag + 9;
/** Below this width the cost A / cost B columns are left out (Δ cost stays). */
const WIDE = 110;

export function labelWidth(width: number): number {
	return Math.max(10, width - FIXED + (width < WIDE ? 2 * (W.cost + 1) : 0));
}

export function CompareTableHeader({ width }: { width: number }) {
	const wide = width >= WIDE;
	const text = [
		fit('', W.marker) + fit('case', labelWidth(width)),
		fit('score A', W.score, 'right'),
		fit('score B', W.score, 'right'),
		fit(`${drawing.delta} score`, W.delta, 'right'),
		fit('flag', W.flag),
		fit('verdict', W.verdict),
		...(wide ? [fit('cost A', W.cost, 'right'), fit('cost B', W.cost, 'right')] : []),
		fit(`${drawing.delta} cost`, W.costDelta, 'right'),
		fit('', W.costFlag),
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
	const wide = width >= WIDE;
	const label = fit(sanitize(caseLabelOf(row.case_label, row.case_id)), labelWidth(width));
	const head = `${fit(selected ? drawing.pointer : ' ', W.marker)}${label} ${cells([
		[formatScore(row.score_a), W.score, 'right'],
		[formatScore(row.score_b), W.score, 'right'],
	])} `;
	const flagged = `${cells([
		[`${flag.glyph} ${formatSigned(row.delta)}`, W.delta, 'right'],
		[flag.word, W.flag],
	])} `;
	const verdict = `${fit(flipped.text, W.verdict)} `;
	const costs = wide ? `${cells([
		[formatUsd(row.cost_a ?? 0), W.cost, 'right'],
		[formatUsd(row.cost_b ?? 0), W.cost, 'right'],
	])} ` : '';
	const costed = cells([
		[formatSignedUsd(row.cost_delta ?? 0), W.costDelta, 'right'],
		[cost.word ? `${cost.glyph} ${cost.word}` : cost.glyph, W.costFlag],
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
