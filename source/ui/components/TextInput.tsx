// A one-line text field with the readline keys of KEYMAP's `text` scope; Enter submits (never a newline), Esc cancels.
// While active it holds the keyboard: typed and pasted text is its input, and the App's global keys stay quiet.
import { Text } from './Text.js';
import { useRef, useState } from 'react';
import { useTextCapture } from '../hooks/useTextCapture.js';
import { useTextKeys } from '../hooks/useTextKeys.js';
import { editBuffer, insertText, textAction, typedText, type TextBuffer } from './text-buffer.js';

export interface TextInputProps {
	initial?: string;
	placeholder?: string;
	isActive?: boolean;
	onChange?: (value: string) => void;
	onSubmit: (value: string) => void;
	onCancel: () => void;
	/**
	 * A key the field has no use for (↑, ↓, Tab…), offered to the owner with the current text: a string returned
	 * replaces the text (cursor at its end) and the key is used; undefined lets it fall through.
	 */
	onOtherKey?: (name: string, value: string) => string | undefined;
}

export function TextInput({ initial = '', placeholder, isActive = true, onChange, onSubmit, onCancel, onOtherKey }: TextInputProps) {
	const [state, setState] = useState<TextBuffer>({ text: initial, cursor: initial.length });
	// The handler reads the latest text through a ref: two keys may arrive before React re-renders.
	const current = useRef(state);
	useTextCapture(isActive);

	const update = (next: TextBuffer) => {
		const previous = current.current.text;
		current.current = next;
		setState(next);
		if (next.text !== previous) onChange?.(next.text);
	};

	useTextKeys(
		{
			onKey(input, _key, name) {
				const action = textAction(name, false);
				if (action === 'submit') onSubmit(current.current.text);
				else if (action === 'cancel') onCancel();
				else if (action) update(editBuffer(current.current, action, false) ?? current.current);
				else {
					const text = typedText(input, name);
					if (text !== undefined) update(insertText(current.current, text, false));
					else {
						const replaced = onOtherKey?.(name, current.current.text);
						if (replaced === undefined) return false;
						update({ text: replaced, cursor: replaced.length });
					}
				}
				return true;
			},
			onPaste: (text) => update(insertText(current.current, text, false)),
		},
		isActive,
	);

	const { text: value, cursor } = state;
	if (!isActive) return value ? <Text>{value}</Text> : <Text dimColor>{placeholder ?? ''}</Text>;
	if (!value && placeholder) {
		return (
			<Text>
				<Text inverse> </Text>
				<Text dimColor>{placeholder}</Text>
			</Text>
		);
	}
	const under = cursor < value.length ? [...value.slice(cursor)][0] : ' ';
	const [before, after] = [value.slice(0, cursor), cursor < value.length ? value.slice(cursor + under.length) : ''];
	return (
		<Text>
			{before}
			<Text inverse>{under}</Text>
			{after}
		</Text>
	);
}
