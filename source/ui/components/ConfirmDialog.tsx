// Yes/no question. *No* is focused by default; its keys are KEYMAP's `confirm` scope (y/n, Esc = No, ←/→ then Enter).
import { Box } from 'ink';
import { Text } from './Text.js';
import { useState } from 'react';
import { sanitize } from '../../look/sanitize.js';
import { useKeys } from '../hooks/useKeys.js';
import { hintLine } from '../keymap.js';

export const CONFIRM_DIALOG_HEIGHT = 2;

const HINT = `   (${hintLine('confirm', ['yes', 'no', 'toggle', 'accept'], { allKeys: true })})`;

export function ConfirmDialog({ question, confirmLabel = 'Yes', onAnswer }: { question: string; confirmLabel?: string; onAnswer: (yes: boolean) => void }) {
	const [yesFocused, setYesFocused] = useState(false);
	useKeys(['confirm'], {
		yes: () => onAnswer(true),
		no: () => onAnswer(false),
		toggle: () => setYesFocused((f) => !f),
		accept: () => onAnswer(yesFocused),
	});
	return (
		<Box flexDirection="column" height={CONFIRM_DIALOG_HEIGHT}>
			<Text bold color="yellow" wrap="truncate">
				{`? ${sanitize(question)}`}
			</Text>
			<Text wrap="truncate">
				{'  '}
				<Text inverse={!yesFocused} bold={!yesFocused}>{`${yesFocused ? ' ' : '>'} No `}</Text>
				{'   '}
				<Text inverse={yesFocused} bold={yesFocused}>{`${yesFocused ? '>' : ' '} ${sanitize(confirmLabel)} `}</Text>
				<Text dimColor>{HINT}</Text>
			</Text>
		</Box>
	);
}
