import { describe, expect, it } from 'vitest';
import { cursorPosition, editBuffer, insertText, textAction, type TextAction, type TextBuffer } from '../../../source/ui/components/text-buffer.js';

const at = (text: string, cursor = text.length): TextBuffer => ({ text, cursor });
/** `|` marks the cursor: 'ab|c' is { text: 'abc', cursor: 2 }. */
const marked = (text: string): TextBuffer => at(text.replace('|', ''), text.indexOf('|'));
const show = (buffer: TextBuffer | undefined) => buffer && `${buffer.text.slice(0, buffer.cursor)}|${buffer.text.slice(buffer.cursor)}`;
const press = (text: string, name: string, multiline = false) => {
	const action = textAction(name, multiline) as TextAction;
	expect(action, `no text action for ${name}`).toBeDefined();
	return show(editBuffer(marked(text), action, multiline));
};

describe('text field keys (KEYMAP text scope)', () => {
	it('inserts typed and pasted text at the cursor; a one-line field never takes a newline', () => {
		expect(show(insertText(marked('a|c'), 'b', false))).toBe('ab|c');
		expect(show(insertText(marked('|'), 'q?:', false))).toBe('q?:|');
		expect(show(insertText(marked('|'), 'a\r\nb', true))).toBe('a\nb|');
		expect(show(insertText(marked('|'), 'a\r\nb\nc', false))).toBe('a b c|');
		expect(show(insertText(marked('|'), 'x\x1b[31my', false))).toBe('x[31my|');
	});

	it('Enter is submit in a one-line field and a new line in a multi-line one', () => {
		expect(textAction('enter', false)).toBe('submit');
		expect(textAction('enter', true)).toBe('newline');
		expect(press('{|}', 'enter', true)).toBe('{\n|}');
		expect(editBuffer(marked('x|'), 'submit', false)).toBeUndefined();
	});

	it('Ctrl-A / Ctrl-E and Home / End go to the line start and end', () => {
		expect(press('ab|cd', 'ctrl-a')).toBe('|abcd');
		expect(press('ab|cd', 'home')).toBe('|abcd');
		expect(press('ab|cd', 'ctrl-e')).toBe('abcd|');
		expect(press('ab|cd', 'end')).toBe('abcd|');
		expect(press('one\ntw|o', 'ctrl-a', true)).toBe('one\n|two');
	});

	it('Ctrl-U / Ctrl-K erase to the start / end of the line', () => {
		expect(press('ab|cd', 'ctrl-u')).toBe('|cd');
		expect(press('ab|cd', 'ctrl-k')).toBe('ab|');
		expect(press('one\ntw|o\nthree', 'ctrl-k', true)).toBe('one\ntw|\nthree');
	});

	it('Ctrl-W erases back to the previous space; Alt-Backspace only the word part', () => {
		expect(press('git commit --amend|', 'ctrl-w')).toBe('git commit |');
		expect(press('path/to/file|', 'ctrl-w')).toBe('|');
		expect(press('path/to/file|', 'alt-backspace')).toBe('path/to/|');
		expect(press('hello world  |', 'ctrl-w')).toBe('hello |');
	});

	it('Alt-B / Alt-F move by words; ←/→ by characters, an emoji or an accented letter being one', () => {
		expect(press('foo bar-baz|', 'alt-b')).toBe('foo bar-|baz');
		expect(press('foo bar-|baz', 'alt-b')).toBe('foo |bar-baz');
		expect(press('|foo bar', 'alt-f')).toBe('foo| bar');
		expect(press('foo| bar', 'alt-f')).toBe('foo bar|');
		expect(press('a🧪|', 'left')).toBe('a|🧪');
		expect(press('a|🧪b', 'right')).toBe('a🧪|b');
		expect(press('e\u0301|x', 'backspace')).toBe('|x');
	});

	it('Backspace erases before the cursor, Delete under it', () => {
		expect(press('ab|c', 'backspace')).toBe('a|c');
		expect(press('ab|c', 'delete')).toBe('ab|');
		expect(press('|abc', 'backspace')).toBe('|abc');
	});

	it('↑/↓ move between lines of a multi-line field, keeping the column', () => {
		expect(press('abc|\nx\nlonger', 'down', true)).toBe('abc\nx|\nlonger');
		expect(press('abc\nx|\nlonger', 'down', true)).toBe('abc\nx\nl|onger');
		expect(press('abc\nx\nlo|nger', 'up', true)).toBe('abc\nx|\nlonger');
		expect(textAction('up', false)).toBeUndefined();
	});

	it('reports line and column', () => {
		expect(cursorPosition(marked('ab\ncd|e'))).toEqual({ line: 1, column: 2 });
	});
});
