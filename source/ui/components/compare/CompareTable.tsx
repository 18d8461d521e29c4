// The per-case table: only the rows in view are rendered (VirtualList), each one line.
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

const CompareRow = memo(function CompareRow({ row, selected, width }: { row: CompareCase; selected: boolean; width: number }) {
	const flag = flagMark(row.flag);
	const cost = costMark(row.cost_flag);
	const delta = `${flag.glyph} ${formatSigned(row.delta)}`;
	return (
		<Text wrap="truncate" bold={selected} inverse={selected}>
			<Text>{fit(selected ? '›' : '', W.marker)}</Text>
			<Text>{fit(sanitize(row.case_label || row.case_id), labelWidth(width))} </Text>
			<Text>{fit(formatScore(row.score_a), W.score, 'right')} </Text>
			<Text>{fit(formatScore(row.score_b), W.score, 'right')} </Text>
			<Text color={flag.color}>{fit(delta, W.delta, 'right')} </Text>
			<Text color={flag.color}>{fit(flag.text, W.flag)} </Text>
			{width >= WIDE ? <Text>{`${fit(formatUsd(row.cost_a ?? 0), W.cost, 'right')} ${fit(formatUsd(row.cost_b ?? 0), W.cost, 'right')} `}</Text> : null}
			<Text color={cost.color}>{fit(formatSignedUsd(row.cost_delta ?? 0), W.costDelta, 'right')} </Text>
			<Text color={cost.color}>{fit(cost.text ? `${cost.glyph} ${cost.text}` : cost.glyph, W.costFlag)}</Text>
		</Text>
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
