// The `/` filter of a list view: an editable box while typing, a one-line reminder once applied.
import { Box } from 'ink';
import { Text } from './Text.js';
import { useCallback, useState } from 'react';
import { TextInput } from './TextInput.js';

export interface ListFilter {
	query: string;
	editing: boolean;
	open(): void;
	/** Drops the applied filter (Esc outside the field: the first Esc clears, the next goes back). */
	clear(): void;
	/** Case-insensitive substring match against the row's text. */
	matches(text: string): boolean;
	/** Lines the FilterBar takes (0 or 1), for the view's height budget. */
	height: number;
	bar: { editing: boolean; query: string; onChange: (q: string) => void; onDone: (q: string | null) => void };
}

/** Filter state for a list; render `<FilterBar {...filter.bar} />` and pass `isActive: !filter.editing` to list keys. */
export function useListFilter(): ListFilter {
	const [query, setQuery] = useState('');
	const [editing, setEditing] = useState(false);
	const [before, setBefore] = useState('');
	const open = useCallback(() => {
		setBefore(query);
		setEditing(true);
	}, [query]);
	const needle = query.toLowerCase();
	return {
		query,
		editing,
		open,
		clear: () => setQuery(''),
		matches: (text: string) => !needle || text.toLowerCase().includes(needle),
		height: editing || query ? 1 : 0,
		bar: {
			editing,
			query,
			onChange: setQuery,
			onDone: (final) => {
				setEditing(false);
				setQuery(final === null ? before : final);
			},
		},
	};
}

export interface FilterBarProps {
	editing: boolean;
	query: string;
	onChange: (query: string) => void;
	/** The final query on Enter, or null on Esc (the previous query is restored). */
	onDone: (query: string | null) => void;
}

export function FilterBar({ editing, query, onChange, onDone }: FilterBarProps) {
	if (editing) {
		return (
			<Box height={1}>
				<Text color="yellow">/</Text>
				<TextInput initial={query} onChange={onChange} onSubmit={(q) => onDone(q)} onCancel={() => onDone(null)} />
			</Box>
		);
	}
	if (!query) return null;
	return (
		<Box height={1}>
			<Text dimColor>{`filter: ${query}  (/ to change)`}</Text>
		</Box>
	);
}
