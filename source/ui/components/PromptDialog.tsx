// One-line text prompt with optional validation; Esc dismisses (null).
import { Box } from 'ink';
import { Text } from './Text.js';
import { useState } from 'react';
import { sanitize } from '../../look/sanitize.js';
import { glyphs } from '../../look/glyphs.js';
import { TextInput } from './TextInput.js';

export const PROMPT_DIALOG_HEIGHT = 2;

export interface PromptDialogProps {
	question: string;
	initial?: string;
	validate?: (value: string) => string | undefined;
	onAnswer: (value: string | null) => void;
}

export function PromptDialog({ question, initial, validate, onAnswer }: PromptDialogProps) {
	const [error, setError] = useState<string | undefined>();
	return (
		<Box flexDirection="column" height={PROMPT_DIALOG_HEIGHT}>
			<Box>
				<Text bold color="yellow">{`? ${sanitize(question)} `}</Text>
				<TextInput
					initial={initial}
					onChange={() => setError(undefined)}
					onSubmit={(value) => {
						const problem = validate?.(value);
						if (problem) setError(problem);
						else onAnswer(value);
					}}
					onCancel={() => onAnswer(null)}
				/>
			</Box>
			<Text color={error ? 'red' : undefined} dimColor={!error} wrap="truncate">
				{error ? `${glyphs.fail} ${sanitize(error)}` : '  Enter accepts, Esc cancels'}
			</Text>
		</Box>
	);
}
