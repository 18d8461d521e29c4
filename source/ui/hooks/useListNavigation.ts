// Selection and scroll offset for a list, driven by KEYMAP's `list` scope.
import { useEffect, useState } from 'react';
import { useKeys } from './useKeys.js';

export interface ListNavigationOptions {
	count: number;
	/** Visible rows. */
	pageSize: number;
	isActive?: boolean;
	onOpen?: (index: number) => void;
	/** Keep the last row selected as rows are appended (a live tail) while the selection is on the last row. */
	follow?: boolean;
	/** Called when the selection reaches the last row (e.g. to load the next page). */
	onReachEnd?: () => void;
}

export interface ListNavigation {
	selected: number;
	setSelected: (index: number) => void;
	/** Index of the first visible row. */
	offset: number;
}

export function clampIndex(index: number, count: number): number {
	return Math.max(0, Math.min(index, count - 1));
}

/** The offset that keeps `selected` visible, moving the window as little as possible. */
export function scrollOffset(offset: number, selected: number, pageSize: number, count: number): number {
	const size = Math.max(1, pageSize);
	let next = offset;
	if (selected < next) next = selected;
	if (selected >= next + size) next = selected - size + 1;
	return Math.max(0, Math.min(next, Math.max(0, count - size)));
}

export function useListNavigation({ count, pageSize, isActive = true, onOpen, follow = false, onReachEnd }: ListNavigationOptions): ListNavigation {
	const [selected, setSelectedRaw] = useState(0);
	const [offset, setOffset] = useState(0);
	const [previousCount, setPreviousCount] = useState(count);

	// Adjust during render (no extra frame) when the list changes size; this pass already returns the adjusted row, so
	// a caller deriving from it (the feed's follow state) does not see the stale one first.
	let adjusted = selected;
	if (count !== previousCount) {
		setPreviousCount(count);
		const wasOnLast = selected >= previousCount - 1;
		const next = follow && wasOnLast ? count - 1 : clampIndex(selected, count);
		if (next !== selected && count > 0) {
			setSelectedRaw(next);
			adjusted = next;
		}
	}
	const current = count === 0 ? 0 : clampIndex(adjusted, count);
	const visibleOffset = scrollOffset(offset, current, pageSize, count);
	if (visibleOffset !== offset) setOffset(visibleOffset);

	const setSelected = (index: number) => setSelectedRaw(clampIndex(index, count));
	const move = (delta: number) => setSelected(current + delta);
	const page = Math.max(1, pageSize - 1);

	useEffect(() => {
		if (count > 0 && current === count - 1) onReachEnd?.();
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [current, count]);

	useKeys(
		['list'],
		{
			down: () => move(1),
			up: () => move(-1),
			top: () => setSelected(0),
			bottom: () => setSelected(count - 1),
			'page-down': () => move(page),
			'page-up': () => move(-page),
			open: onOpen
				? () => {
						if (count > 0) onOpen(current);
					}
				: undefined,
		},
		{ isActive },
	);
	return { selected: current, setSelected, offset: visibleOffset };
}
