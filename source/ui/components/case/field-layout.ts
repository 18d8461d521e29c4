// Fits the form's fields to the view height: every field gets its row and its messages, the focused multi-line
// field gets the room left for its text box, and when even that does not fit, a window of fields around the focus.
export interface FieldBlock {
	/** Message lines under the field's row. */
	messages: number;
	/** Text lines of the focused multi-line field (0 for the others). */
	boxLines: number;
}

export interface FieldLayout {
	first: number;
	/** Exclusive. */
	last: number;
	/** Lines given to the focused field's text box. */
	boxHeight: number;
}

const MIN_BOX = 3;

export function layoutFields(blocks: readonly FieldBlock[], focus: number, height: number): FieldLayout {
	const rowsOf = (i: number) => 1 + blocks[i].messages;
	const base = blocks.reduce((sum, _b, i) => sum + rowsOf(i), 0);
	const wanted = blocks[focus]?.boxLines ?? 0;
	const boxHeight = wanted === 0 ? 0 : Math.max(1, Math.min(wanted, Math.max(MIN_BOX, height - base)));
	const heightOf = (i: number) => rowsOf(i) + (i === focus ? boxHeight : 0);
	let used = heightOf(focus);
	let first = focus;
	let last = focus + 1;
	// Grow downwards first (the fields after the focus are where Tab goes), then upwards.
	while (last < blocks.length && used + heightOf(last) <= height) used += heightOf(last++);
	while (first > 0 && used + heightOf(first - 1) <= height) used += heightOf(--first);
	return { first, last, boxHeight };
}
