// Column layout for list panes: columns have a priority, and the ones that do not fit the width are dropped
// (least important first), so narrow terminals keep the essentials. Each row is one line of nested Text.
// Every cell's text is sanitized here as a last line of defence (views sanitize server strings too).
import { Text } from './Text.js';
import type { ReactNode } from 'react';
import { columns as textColumns, fit } from '../../look/text.js';
import { sanitize } from '../../look/sanitize.js';
import { glyphs } from '../../look/glyphs.js';
import { drawing } from '../../look/drawing.js';

export interface Cell {
	text: string;
	color?: string;
	bold?: boolean;
	dim?: boolean;
	/** Recently changed: drawn bold + underlined for a moment. */
	changed?: boolean;
	/** Drawn instead of `text` (e.g. a spinner); `text` still gives the width it takes. */
	node?: ReactNode;
}

export interface Column<T> {
	key: string;
	header: string;
	width: number;
	/** 1 = always shown; higher numbers are dropped first when narrow. */
	priority: number;
	align?: 'left' | 'right';
	/** Takes the width left over (one column per table). */
	grow?: boolean;
	cell: (row: T) => Cell | string;
}

const GAP = 1;
/** The selection marker column. */
const MARKER = 2;

/** The columns a table of these columns spans, selection marker and gaps included. */
export function tableWidth<T>(columns: readonly Column<T>[]): number {
	return MARKER + columns.reduce((sum, column) => sum + column.width, 0) + GAP * Math.max(0, columns.length - 1);
}

/** The columns that fit `width`, in their original order; the `grow` columns share what is left. */
export function fitColumns<T>(columns: readonly Column<T>[], width: number): Column<T>[] {
	const byPriority = [...columns].sort((a, b) => a.priority - b.priority);
	const chosen = new Set<Column<T>>();
	let used = MARKER;
	for (const column of byPriority) {
		const need = column.width + (chosen.size ? GAP : 0);
		if (used + need > width && chosen.size > 0) continue;
		chosen.add(column);
		used += need;
	}
	const spare = Math.max(0, width - used);
	const growing = columns.filter((c) => chosen.has(c) && c.grow);
	const share = (c: Column<T>) => Math.floor(spare / growing.length) + (c === growing.at(-1) ? spare % growing.length : 0);
	return columns.filter((c) => chosen.has(c)).map((c) => (c.grow ? { ...c, width: c.width + share(c) } : c));
}

export function TableHeader<T>({ columns }: { columns: readonly Column<T>[] }) {
	return (
		<Text bold dimColor wrap="truncate">
			{' '.repeat(MARKER)}
			{columns.map((c) => fit(c.header, c.width, c.align)).join(' '.repeat(GAP))}
		</Text>
	);
}

export function TableRow<T>({ columns, row, selected, marked }: { columns: readonly Column<T>[]; row: T; selected: boolean; marked?: boolean }) {
	return (
		<Text inverse={selected} wrap="truncate">
			{selected ? drawing.pointer : ' '}
			{marked ? <Text color="blue">{glyphs.mark}</Text> : ' '}
			{columns.map((column, i) => {
				const raw = column.cell(row);
				const cell = typeof raw === 'string' ? { text: raw } : raw;
				const gap = i > 0 ? ' '.repeat(GAP) : '';
				const padded = fit(sanitize(cell.text), column.width, column.align);
				return (
					<Text key={column.key}>
						{gap}
						<Text color={cell.color} bold={cell.bold || cell.changed} underline={cell.changed} dimColor={cell.dim}>
							{cell.node ? (
								<>
									{cell.node}
									{' '.repeat(Math.max(0, column.width - textColumns(cell.text)))}
								</>
							) : (
								padded
							)}
						</Text>
					</Text>
				);
			})}
		</Text>
	);
}
