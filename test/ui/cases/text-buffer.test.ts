import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { applyKey, cursorPosition, type TextBuffer } from '../../../source/ui/components/case/text-buffer.js';

const none: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
	return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
	super: false, hyper: false, capsLock: false, numLock: false,
} as Key;
const key = (overrides: Partial<Key>): Key => ({ ...none, ...overrides });
const at = (text: string, cursor = text.length): TextBuffer => ({ text, cursor });

describe('applyKey', () => {
	it('inserts typed and pasted text at the cursor', () => {
		expect(applyKey(at('ac', 1), 'b', none, false)).toEqual(at('abc', 2));
		expect(applyKey(at('', 0), 'q?:', none, false)).toEqual(at('q?:'));
	});

	it('keeps newlines of a paste only in multi-line fields (CR becomes LF)', () => {
		expect(applyKey(at(''), 'a\r\nb', none, true)).toEqual(at('a\nb'));
		expect(applyKey(at(''), 'a\r\nb', none, false)).toEqual(at('ab'));
	});

	it('Enter inserts a newline in a multi-line field and is left to the form otherwise', () => {
		expect(applyKey(at('{}', 1), '\r', key({ return: true }), true)).toEqual(at('{\n}', 2));
		expect(applyKey(at('x'), '\r', key({ return: true }), false)).toBeUndefined();
	});

	it('erases before the cursor with Backspace (and DEL, which Ink reports as delete)', () => {
		expect(applyKey(at('abc', 2), '', key({ backspace: true }), false)).toEqual(at('ac', 1));
		expect(applyKey(at('abc', 3), '', key({ delete: true }), false)).toEqual(at('ab'));
		expect(applyKey(at('abc', 0), '', key({ backspace: true }), false)).toEqual(at('abc', 0));
	});

	it('moves by line keeping the column where it can, and to line ends with Home/End', () => {
		const text = 'abcd\nx\nwxyz';
		expect(applyKey(at(text, 3), '', key({ downArrow: true }), true)).toEqual(at(text, 6)); // clamped to "x"'s end
		expect(applyKey(at(text, 6), '', key({ downArrow: true }), true)).toEqual(at(text, 8));
		expect(applyKey(at(text, 10), '', key({ upArrow: true }), true)).toEqual(at(text, 6));
		expect(applyKey(at(text, 1), '', key({ upArrow: true }), true)).toEqual(at(text, 0));
		expect(applyKey(at(text, 9), '', key({ home: true }), true)).toEqual(at(text, 7));
		expect(applyKey(at(text, 1), '', key({ end: true }), true)).toEqual(at(text, 4));
		expect(cursorPosition(at(text, 9))).toEqual({ line: 2, column: 2 });
	});

	it('leaves Tab, Esc and Ctrl keys to the form', () => {
		expect(applyKey(at('x'), '\t', key({ tab: true }), true)).toBeUndefined();
		expect(applyKey(at('x'), '', key({ escape: true }), true)).toBeUndefined();
		expect(applyKey(at('x'), 's', key({ ctrl: true }), true)).toBeUndefined();
	});
});
