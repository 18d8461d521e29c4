// A single-line text field: typing inserts at the cursor, ←/→ move, Backspace/Delete erase, Enter submits, Esc cancels.
// Raw text entry is the one place keys bypass the keymap; it captures the keyboard so global keys stay quiet.
import { Text, useInput } from 'ink';
import { useState } from 'react';
import { useTextCapture } from '../hooks/useTextCapture.js';

export interface TextInputProps {
	initial?: string;
	placeholder?: string;
	isActive?: boolean;
	onChange?: (value: string) => void;
	onSubmit: (value: string) => void;
	onCancel: () => void;
}

export function TextInput({ initial = '', placeholder, isActive = true, onChange, onSubmit, onCancel }: TextInputProps) {
	const [value, setValue] = useState(initial);
	const [cursor, setCursor] = useState(initial.length);
	useTextCapture(isActive);

	const update = (next: string, nextCursor: number) => {
		setValue(next);
		setCursor(nextCursor);
		onChange?.(next);
	};

	useInput(
		(input, key) => {
			if (key.return) return onSubmit(value);
			if (key.escape) return onCancel();
			if (key.leftArrow) return setCursor(Math.max(0, cursor - 1));
			if (key.rightArrow) return setCursor(Math.min(value.length, cursor + 1));
			if (key.home || (key.ctrl && input === 'a')) return setCursor(0);
			if (key.end || (key.ctrl && input === 'e')) return setCursor(value.length);
			if (key.ctrl && input === 'u') return update(value.slice(cursor), 0);
			// Terminals send DEL (0x7f) for Backspace; Ink reports it as `delete`. Both erase before the cursor.
			if (key.backspace || key.delete) {
				if (cursor === 0) return;
				return update(value.slice(0, cursor - 1) + value.slice(cursor), cursor - 1);
			}
			if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.tab || key.pageUp || key.pageDown) return;
			// eslint-disable-next-line no-control-regex
			const text = input.replace(/[\x00-\x1f\x7f]/g, '');
			if (!text) return;
			update(value.slice(0, cursor) + text + value.slice(cursor), cursor + text.length);
		},
		{ isActive },
	);

	if (!value && placeholder) {
		return (
			<Text>
				<Text inverse> </Text>
				<Text dimColor>{placeholder}</Text>
			</Text>
		);
	}
	return (
		<Text>
			{value.slice(0, cursor)}
			<Text inverse>{value[cursor] ?? ' '}</Text>
			{value.slice(cursor + 1)}
		</Text>
	);
}
