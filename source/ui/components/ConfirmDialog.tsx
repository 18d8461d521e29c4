// Yes/no question. *No* is focused by default; Enter takes the focused choice; y/n answer directly; Esc is No.
import { Box } from 'ink';
import { Text } from './Text.js';
import { useState } from 'react';
import { sanitize } from '../../look/sanitize.js';
import { useRawKeys } from '../hooks/useRawKeys.js';

export const CONFIRM_DIALOG_HEIGHT = 2;

export function ConfirmDialog({ question, confirmLabel = 'Yes', onAnswer }: { question: string; confirmLabel?: string; onAnswer: (yes: boolean) => void }) {
	const [yesFocused, setYesFocused] = useState(false);
	useRawKeys((input, key) => {
		if (key.return) onAnswer(yesFocused);
		else if (key.escape || input === 'n' || input === 'N') onAnswer(false);
		else if (input === 'y' || input === 'Y') onAnswer(true);
		else if (key.leftArrow || key.rightArrow || key.tab || input === 'h' || input === 'l') setYesFocused((f) => !f);
	});
	return (
		<Box flexDirection="column" height={CONFIRM_DIALOG_HEIGHT}>
			<Text bold color="yellow" wrap="truncate">
				{`? ${sanitize(question)}`}
			</Text>
			<Text>
				{'  '}
				<Text inverse={!yesFocused} bold={!yesFocused}>{`${yesFocused ? ' ' : '>'} No `}</Text>
				{'   '}
				<Text inverse={yesFocused} bold={yesFocused}>{`${yesFocused ? '>' : ' '} ${sanitize(confirmLabel)} `}</Text>
				<Text dimColor>{'   (y/n, ←/→ then Enter, Esc = No)'}</Text>
			</Text>
		</Box>
	);
}
