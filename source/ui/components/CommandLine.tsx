// The `:` command line at the bottom of the screen: readline editing, ↑/↓ through this session's history, Tab to
// complete command names and their arguments (the ambiguous choices are listed beside the field).
import { Box } from 'ink';
import { Text } from './Text.js';
import { useEffect, useRef, useState } from 'react';
import type { Client } from '../../client/api.js';
import { loadCandidates, type CommandContext } from '../../io/command-candidates.js';
import { fit } from '../../look/text.js';
import { sanitize } from '../../look/sanitize.js';
import { completeCommandLine, type Candidates } from '../../state/command-completion.js';
import type { CommandHistory } from '../../state/command-history.js';
import { findBinding } from '../keymap.js';
import { TextInput } from './TextInput.js';
import { drawing } from '../../look/drawing.js';

export interface CommandLineProps {
	client: Client;
	history: CommandHistory;
	/** Where the user is, for completing script names and run ids. */
	context: CommandContext;
	width: number;
	onSubmit: (line: string) => void;
	onCancel: () => void;
}

export function CommandLine({ client, history, context, width, onSubmit, onCancel }: CommandLineProps) {
	// Read only when Tab is pressed: a ref, so their arrival draws no frame.
	const candidates = useRef<Candidates>({});
	const [options, setOptions] = useState<string[]>([]);
	// The choices stay listed until the line changes from the one Tab produced.
	const completedLine = useRef<string | null>(null);
	const { projectId, script } = context;
	useEffect(() => {
		history.reset();
		const controller = new AbortController();
		void loadCandidates(client, { projectId, script }, controller.signal).then((loaded) => {
			if (!controller.signal.aborted) candidates.current = loaded;
		});
		return () => controller.abort();
	}, [client, history, projectId, script]);

	const onOtherKey = (name: string, value: string): string | undefined => {
		const action = findBinding(['command'], name)?.action;
		if (action === 'history-back') return history.older(value) ?? value;
		if (action === 'history-forward') return history.newer() ?? value;
		if (action !== 'complete') return undefined;
		const completion = completeCommandLine(value, candidates.current);
		completedLine.current = completion.line;
		setOptions(completion.options);
		return completion.line;
	};

	const shown = options.length ? `  ${options.map(sanitize).join('  ')}` : '';
	return (
		<Box height={1}>
			<Text color="cyan">:</Text>
			<TextInput
				placeholder={`${['project N', 'run N', 'bench N', 'compare A B', 'promote ID', 'cases', 'q'].join(` ${drawing.dot} `)}  (Tab completes, ${drawing.arrowUp} history)`}
				onSubmit={(line) => {
					history.add(line);
					onSubmit(line);
				}}
				onCancel={onCancel}
				onChange={(value) => value !== completedLine.current && setOptions([])}
				onOtherKey={onOtherKey}
			/>
			{shown ? <Text dimColor>{fit(shown, Math.max(0, Math.floor(width / 2)))}</Text> : null}
		</Box>
	);
}
