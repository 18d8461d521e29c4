// Editing a text value with a cursor, as a multi-line field needs: insert, erase, and cursor moves by character,
// line and line end. Pure, so the field component stays a thin renderer and the edits are unit-tested.
import type { Key } from 'ink';

export interface TextBuffer {
	text: string;
	/** Offset in `text` (0 … text.length). */
	cursor: number;
}

export function cursorPosition(buffer: TextBuffer): { line: number; column: number } {
	const before = buffer.text.slice(0, buffer.cursor);
	const line = before.split('\n').length - 1;
	return { line, column: buffer.cursor - (before.lastIndexOf('\n') + 1) };
}

function lineStart(text: string, offset: number): number {
	return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
	const end = text.indexOf('\n', offset);
	return end === -1 ? text.length : end;
}

function verticalMove(buffer: TextBuffer, direction: -1 | 1): TextBuffer {
	const { text, cursor } = buffer;
	const start = lineStart(text, cursor);
	const column = cursor - start;
	if (direction < 0) {
		if (start === 0) return { text, cursor: 0 };
		const previousStart = lineStart(text, start - 1);
		return { text, cursor: Math.min(previousStart + column, start - 1) };
	}
	const end = lineEnd(text, cursor);
	if (end === text.length) return { text, cursor: text.length };
	const nextStart = end + 1;
	return { text, cursor: Math.min(nextStart + column, lineEnd(text, nextStart)) };
}

function insertText(buffer: TextBuffer, inserted: string): TextBuffer {
	const { text, cursor } = buffer;
	return { text: text.slice(0, cursor) + inserted + text.slice(cursor), cursor: cursor + inserted.length };
}

/**
 * Applies one key press. Returns the new buffer, or undefined when the key is not a text edit (Tab, Esc, Ctrl-…,
 * Enter in a single-line field), so the form can use it.
 */
export function applyKey(buffer: TextBuffer, input: string, key: Key, multiline: boolean): TextBuffer | undefined {
	const { text, cursor } = buffer;
	if (key.tab || key.escape || key.ctrl || key.meta || key.pageUp || key.pageDown) return undefined;
	if (key.return) return multiline ? insertText(buffer, '\n') : undefined;
	if (key.leftArrow) return { text, cursor: Math.max(0, cursor - 1) };
	if (key.rightArrow) return { text, cursor: Math.min(text.length, cursor + 1) };
	if (key.upArrow) return multiline ? verticalMove(buffer, -1) : undefined;
	if (key.downArrow) return multiline ? verticalMove(buffer, 1) : undefined;
	if (key.home) return { text, cursor: lineStart(text, cursor) };
	if (key.end) return { text, cursor: lineEnd(text, cursor) };
	// Terminals send DEL (0x7f) for Backspace and Ink reports it as `delete`: both erase before the cursor.
	if (key.backspace || key.delete) {
		if (cursor === 0) return buffer;
		return { text: text.slice(0, cursor - 1) + text.slice(cursor), cursor: cursor - 1 };
	}
	// Pasted text arrives as one input; keep its newlines (CR → LF) in multi-line fields, drop other controls.
	const normalized = input.replace(/\r\n?/g, '\n');
	// eslint-disable-next-line no-control-regex
	const printable = multiline ? normalized.replace(/[\x00-\x09\x0b-\x1f\x7f]/g, (c) => (c === '\t' ? '  ' : '')) : normalized.replace(/[\x00-\x1f\x7f]/g, '');
	if (!printable) return undefined;
	return insertText(buffer, printable);
}
