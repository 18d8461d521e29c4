// The per-case table: only the rows in view are rendered (VirtualList), each one line of fixed-width cells.
import { Box, Text } from 'ink';
import { memo } from 'react';
import type { CompareCase } from '../../../client/types.js';
import { fit, formatScore, formatSigned, formatSignedUsd, formatUsd } from '../../../state/format.js';
import { sanitize } from '../../../state/sanitize.js';
import { VirtualList } from '../VirtualList.js';
import { costMark, flagMark } from './marks.js';

const W = { marker: 2, score: 7, delta: 9, flag: 11, cost: 9, costDelta: 10, costFlag: 7 };
/** Every column but the label, with one space between columns. */
const FIXED = W.marker + 2 * W.score + W.delta + W.flag + 2 * W.cost + W.costDelta + W.costFlag + 8;
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
		fit('Δ score', W.delta, 'right'),
		fit('flag', W.flag),
		...(wide ? [fit('cost A', W.cost, 'right'), fit('cost B', W.cost, 'right')] : []),
		fit('Δ cost', W.costDelta, 'right'),
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

/** A fixed-width cell: Yoga places it, so its padding is never written as characters. */
function Cell({ width, children, color, align = 'left' }: { width: number; children: string; color?: string; align?: 'left' | 'right' }) {
	return (
		<Box width={width + 1} justifyContent={align === 'right' ? 'flex-end' : 'flex-start'} paddingRight={1}>
			<Text color={color} bold={color === SELECTED} wrap="truncate">
				{children}
			</Text>
		</Box>
	);
}

const CompareRow = memo(function CompareRow({ row, selected, width }: { row: CompareCase; selected: boolean; width: number }) {
	const flag = flagMark(row.flag);
	const cost = costMark(row.cost_flag);
	const delta = `${flag.glyph} ${formatSigned(row.delta)}`;
	const plain = selected ? SELECTED : undefined;
	const flagColor = selected ? SELECTED : flag.color;
	const costColor = selected ? SELECTED : cost.color;
	return (
		<Box backgroundColor={selected ? 'blue' : undefined}>
			<Box width={W.marker}>
				<Text color={plain} bold={selected}>
					{selected ? '›' : ' '}
				</Text>
			</Box>
			<Cell width={labelWidth(width)} color={plain}>{fit(sanitize(row.case_label || row.case_id), labelWidth(width)).trimEnd()}</Cell>
			<Cell width={W.score} align="right" color={plain}>
				{formatScore(row.score_a)}
			</Cell>
			<Cell width={W.score} align="right" color={plain}>
				{formatScore(row.score_b)}
			</Cell>
			<Cell width={W.delta} align="right" color={flagColor}>
				{delta}
			</Cell>
			<Cell width={W.flag} color={flagColor}>
				{flag.text}
			</Cell>
			{width >= WIDE ? (
				<Cell width={W.cost} align="right" color={plain}>
					{formatUsd(row.cost_a ?? 0)}
				</Cell>
			) : null}
			{width >= WIDE ? (
				<Cell width={W.cost} align="right" color={plain}>
					{formatUsd(row.cost_b ?? 0)}
				</Cell>
			) : null}
			<Cell width={W.costDelta} align="right" color={costColor}>
				{formatSignedUsd(row.cost_delta ?? 0)}
			</Cell>
			<Cell width={W.costFlag} color={costColor}>
				{cost.text ? `${cost.glyph} ${cost.text}` : cost.glyph}
			</Cell>
		</Box>
	);
});

export interface CompareTableProps {
	cases: readonly CompareCase[];
	/** Case indices in display order. */
	rows: readonly number[];
	selected: number;
	offset: number;
	height: number;
	width: number;
}

export function CompareTable({ cases, rows, selected, offset, height, width }: CompareTableProps) {
	return (
		<VirtualList
			items={rows}
			selected={selected}
			offset={offset}
			height={height}
			empty={<Text dimColor>no case matches the filter</Text>}
			renderRow={(index, _position, isSelected) => <CompareRow row={cases[index]} selected={isSelected} width={width} />}
		/>
	);
}
