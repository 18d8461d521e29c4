// A controlled multi-line (or single-line) text field: the parent owns text and cursor (its editor session, which
// key handlers read synchronously); this draws a window of lines that keeps the cursor in view and turns keys into edits.
// Its keys are KEYMAP's `text` and `textarea` rows; Tab, Esc and Ctrl-S are not edits and fall through to the form.
import { Box } from 'ink';
import { Text } from '../Text.js';
import { useState } from 'react';
import { sanitize } from '../../../look/sanitize.js';
import { glyphs } from '../../../look/glyphs.js';
import { pad } from '../../../look/text.js';
import { scrollOffset } from '../../hooks/useListNavigation.js';
import { useTextKeys } from '../../hooks/useTextKeys.js';
import { cursorPosition, editBuffer, insertText, textAction, typedText, type TextBuffer } from '../text-buffer.js';

export interface TextAreaProps {
	buffer: TextBuffer;
	onChange: (buffer: TextBuffer) => void;
	/** Receives keys and shows the cursor. */
	isActive: boolean;
	multiline: boolean;
	width: number;
	/** Lines shown at most. */
	height: number;
	/** Marks lines (1-based) that errors point at. */
	errorLines?: readonly number[];
	placeholder?: string;
	/** Enter in a single-line field. */
	onSubmit?: () => void;
}

export function TextArea({ buffer, onChange, isActive, multiline, width, height, errorLines = [], placeholder, onSubmit }: TextAreaProps) {
	// The window's first line: kept where it was unless the cursor leaves it (adjusted during render, no extra frame).
	const [shownOffset, setShownOffset] = useState(0);
	const change = (next: TextBuffer | undefined) => {
		if (next && (next.text !== buffer.text || next.cursor !== buffer.cursor)) onChange(next);
	};
	useTextKeys(
		{
			onKey(input, _key, name) {
				const action = textAction(name, multiline);
				if (action === 'submit' && !multiline) onSubmit?.();
				else if (action && action !== 'cancel' && action !== 'submit') change(editBuffer(buffer, action, multiline));
				else {
					const text = typedText(input, name);
					if (text === undefined) return false;
					change(insertText(buffer, text, multiline));
				}
				return true;
			},
			onPaste: (text) => change(insertText(buffer, text, multiline)),
		},
		isActive,
	);

	const lines = buffer.text.split('\n');
	const { line: cursorLine, column } = cursorPosition(buffer);
	const visibleHeight = Math.max(1, Math.min(height, lines.length));
	// Not typing: show the value from its top; typing: keep the cursor's line in view.
	const offset = isActive ? scrollOffset(shownOffset, cursorLine, visibleHeight, lines.length) : 0;
	if (offset !== shownOffset) setShownOffset(offset);
	const gutter = lines.length > 1 ? String(lines.length).length + 2 : 0;
	const textWidth = Math.max(4, width - gutter);

	if (buffer.text === '' && !isActive && placeholder) return <Text dimColor>{placeholder}</Text>;
	return (
		<Box flexDirection="column" height={visibleHeight} overflow="hidden">
			{lines.slice(offset, offset + visibleHeight).map((line, i) => {
				const index = offset + i;
				const isCursorLine = isActive && index === cursorLine;
				const shift = isCursorLine && column >= textWidth - 1 ? column - textWidth + 2 : 0;
				const shown = line.slice(shift);
				const marked = errorLines.includes(index + 1);
				const number = gutter ? (
					<Text color={marked ? 'red' : undefined} dimColor={!marked}>
						{`${pad(String(index + 1), gutter - 2, 'right')}${marked ? glyphs.fail : ' '} `}
					</Text>
				) : null;
				if (!isCursorLine) {
					return (
						<Box key={index} height={1}>
							{number}
							<Text wrap="truncate-end">{sanitize(shown) || ' '}</Text>
						</Box>
					);
				}
				const at = column - shift;
				return (
					<Box key={index} height={1} width={width}>
						{number}
						{/* Keyed by emptiness: Ink does not re-measure a text that grows from an empty line. */}
						<Text key={shown === '' ? 'empty' : 'text'} wrap="truncate-end">
							{at > 0 ? sanitize(shown.slice(0, at)) : null}
							<Text inverse>{sanitize(shown[at] ?? ' ') || ' '}</Text>
							{at + 1 < shown.length ? sanitize(shown.slice(at + 1)) : null}
						</Text>
					</Box>
				);
			})}
		</Box>
	);
}
