// A table's column titles over its rows, virtualized (only the rows in view are rendered): the body of the list views.
import { Box } from 'ink';
import { Text } from './Text.js';
import type { ListNavigation } from '../hooks/useListNavigation.js';
import { TableHeader, TableRow, type Column } from './Table.js';
import { VirtualList } from './VirtualList.js';

export interface TableListProps<T> {
	columns: readonly Column<T>[];
	rows: readonly T[];
	nav: Pick<ListNavigation, 'selected' | 'offset'>;
	/** Rows in view (the titles take one more line). */
	height: number;
	width?: number;
	/** What an empty list says (dimmed). */
	empty: string;
	/** Rows drawn with the mark glyph (e.g. runs marked for compare). */
	marked?: (row: T) => boolean;
}

export function TableList<T>({ columns, rows, nav, height, width, empty, marked }: TableListProps<T>) {
	return (
		<Box flexDirection="column" width={width} height={height + 1}>
			<TableHeader columns={columns} />
			<VirtualList
				items={rows}
				selected={nav.selected}
				offset={nav.offset}
				height={height}
				renderRow={(row, _i, isSelected) => <TableRow columns={columns} row={row} selected={isSelected} marked={marked?.(row)} />}
				empty={<Text dimColor>{empty}</Text>}
			/>
		</Box>
	);
}
