// Editing a text value with a cursor, as every text field does: the readline keys of KEYMAP's `text` scope (and
// `textarea` for multi-line fields), typed and pasted text. Pure, so fields stay thin renderers and edits are unit-tested.
import { findBinding, type ActionOf } from '../keymap.js';

export interface TextBuffer {
	text: string;
	/** Offset in `text` (0 … text.length), always on a grapheme boundary. */
	cursor: number;
}

export type TextAction = ActionOf<'text' | 'textarea'>;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const WORD = /[\p{L}\p{N}_]/u;
const SPACE = /\s/u;

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

/** The grapheme boundary before / after `offset` (an emoji or a letter with its accents is one step). */
function previousBoundary(text: string, offset: number): number {
	let last = 0;
	for (const { index } of graphemes.segment(text)) {
		if (index >= offset) break;
		last = index;
	}
	return last;
}

function nextBoundary(text: string, offset: number): number {
	for (const { index, segment } of graphemes.segment(text)) if (index + segment.length > offset) return index + segment.length;
	return text.length;
}

/** Back over what `skip` matches, then over what `take` matches (readline's word motions). */
function scanLeft(text: string, offset: number, skip: (c: string) => boolean, take: (c: string) => boolean): number {
	let at = offset;
	while (at > 0 && skip(text[at - 1])) at--;
	while (at > 0 && take(text[at - 1])) at--;
	return at;
}

function scanRight(text: string, offset: number, skip: (c: string) => boolean, take: (c: string) => boolean): number {
	let at = offset;
	while (at < text.length && skip(text[at])) at++;
	while (at < text.length && take(text[at])) at++;
	return at;
}

const isWord = (c: string) => WORD.test(c);
const notWord = (c: string) => !WORD.test(c);
const isSpace = (c: string) => SPACE.test(c);
const notSpace = (c: string) => !SPACE.test(c);

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

function remove(buffer: TextBuffer, from: number, to: number): TextBuffer {
	const [a, b] = from <= to ? [from, to] : [to, from];
	return { text: buffer.text.slice(0, a) + buffer.text.slice(b), cursor: a };
}

/** Typed or pasted text at the cursor. One-line fields get no newline: a pasted line break becomes a space. */
export function insertText(buffer: TextBuffer, inserted: string, multiline: boolean): TextBuffer {
	const normalized = inserted.replace(/\r\n?/g, '\n');
	const printable = multiline
		? // eslint-disable-next-line no-control-regex
			normalized.replace(/[\x00-\x09\x0b-\x1f\x7f]/g, (c) => (c === '\t' ? '  ' : ''))
		: // eslint-disable-next-line no-control-regex
			normalized.replace(/\n/g, ' ').replace(/[\x00-\x1f\x7f]/g, '');
	if (!printable) return buffer;
	const { text, cursor } = buffer;
	return { text: text.slice(0, cursor) + printable + text.slice(cursor), cursor: cursor + printable.length };
}

/** One editing action. Undefined for the actions that are not edits (submit, cancel) and for line moves in one-line fields. */
export function editBuffer(buffer: TextBuffer, action: TextAction, multiline: boolean): TextBuffer | undefined {
	const { text, cursor } = buffer;
	switch (action) {
		case 'submit':
		case 'cancel':
			return undefined;
		case 'newline':
			return multiline ? insertText(buffer, '\n', true) : undefined;
		case 'line-up':
			return multiline ? verticalMove(buffer, -1) : undefined;
		case 'line-down':
			return multiline ? verticalMove(buffer, 1) : undefined;
		case 'left':
			return { text, cursor: previousBoundary(text, cursor) };
		case 'right':
			return { text, cursor: nextBoundary(text, cursor) };
		case 'word-left':
			return { text, cursor: scanLeft(text, cursor, notWord, isWord) };
		case 'word-right':
			return { text, cursor: scanRight(text, cursor, notWord, isWord) };
		case 'line-start':
			return { text, cursor: lineStart(text, cursor) };
		case 'line-end':
			return { text, cursor: lineEnd(text, cursor) };
		case 'erase-left':
			return cursor === 0 ? buffer : remove(buffer, previousBoundary(text, cursor), cursor);
		case 'erase-right':
			return cursor === text.length ? buffer : remove(buffer, cursor, nextBoundary(text, cursor));
		case 'kill-line-before':
			return remove(buffer, lineStart(text, cursor), cursor);
		case 'kill-line-after':
			return remove(buffer, cursor, lineEnd(text, cursor));
		case 'kill-word-before':
			return remove(buffer, scanLeft(text, cursor, isSpace, notSpace), cursor);
		case 'kill-word':
			return remove(buffer, scanLeft(text, cursor, notWord, isWord), cursor);
		case 'kill-word-after':
			return remove(buffer, cursor, scanRight(text, cursor, notWord, isWord));
	}
}

/** The text-field action a key name triggers (multi-line fields first look in `textarea`: Enter, ↑, ↓). */
export function textAction(name: string, multiline: boolean): TextAction | undefined {
	return findBinding(multiline ? ['textarea', 'text'] : ['text'], name)?.action as TextAction | undefined;
}

/** A plain typed character (or a run of them), as opposed to a named or modified key. */
export function typedText(input: string, name: string): string | undefined {
	return input !== '' && (name === input || name === 'space') ? input : undefined;
}
