// A single-line text field: typing inserts at the cursor, ←/→ move, Backspace/Delete erase, Enter submits, Esc cancels.
// Raw text entry is the one place keys bypass the keymap; it captures the keyboard so global keys stay quiet.
import { Text } from './Text.js';
import { useRef, useState } from 'react';
import { useTextCapture } from '../hooks/useTextCapture.js';
import { useRawKeys } from '../hooks/useRawKeys.js';

export interface TextInputProps {
	initial?: string;
	placeholder?: string;
	isActive?: boolean;
	onChange?: (value: string) => void;
	onSubmit: (value: string) => void;
	onCancel: () => void;
}

export function TextInput({ initial = '', placeholder, isActive = true, onChange, onSubmit, onCancel }: TextInputProps) {
	const [{ value, cursor }, setState] = useState({ value: initial, cursor: initial.length });
	// The handler reads the latest text through a ref: two keys may arrive before React re-renders.
	const current = useRef({ value, cursor });
	useTextCapture(isActive);

	const update = (next: string, nextCursor: number) => {
		const previous = current.current.value;
		current.current = { value: next, cursor: nextCursor };
		setState(current.current);
		if (next !== previous) onChange?.(next);
	};

	useRawKeys(
		(input, key) => {
			const { value, cursor } = current.current;
			if (key.return) return onSubmit(value);
			if (key.escape) return onCancel();
			if (key.leftArrow) return update(value, Math.max(0, cursor - 1));
			if (key.rightArrow) return update(value, Math.min(value.length, cursor + 1));
			if (key.home || (key.ctrl && input === 'a')) return update(value, 0);
			if (key.end || (key.ctrl && input === 'e')) return update(value, value.length);
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
		isActive,
	);

	if (!isActive) return value ? <Text>{value}</Text> : <Text dimColor>{placeholder ?? ''}</Text>;
	if (!value && placeholder) {
		return (
			<Text>
				<Text inverse> </Text>
				<Text dimColor>{placeholder}</Text>
			</Text>
		);
	}
	const [before, after] = [value.slice(0, cursor), value.slice(cursor + 1)];
	// Ink 6.6 does not re-measure a <Text> when a text node is inserted into it (an empty part becoming non-empty,
	// e.g. a paste into an empty field): it draws the old width. Fixed upstream in vadimdemedes/ink#879; until
	// then, a new <Text> whenever a part appears or disappears.
	return (
		<Text key={`${before !== ''}${after !== ''}`}>
			{before}
			<Text inverse>{value[cursor] ?? ' '}</Text>
			{after}
		</Text>
	);
}
