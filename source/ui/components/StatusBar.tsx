// Bottom line: server host (never the token), how long an answer has been awaited, project, live-update state, marks, read-only, last error, a flash.
import { Box } from 'ink';
import { Text } from './Text.js';
import { sanitize } from '../../look/sanitize.js';
import type { Waits } from '../../client/api.js';
import type { ConnectionBadge } from '../context.js';
import { useServerWait } from '../hooks/useServerWait.js';
import { glyphs } from '../../look/glyphs.js';
import { drawing } from '../../look/drawing.js';

export interface StatusBarProps {
	host: string;
	/** The client's requests waiting for an answer: after a second, "waiting for <host>… (n s)". */
	waits?: Waits;
	projectId?: number;
	connection: ConnectionBadge | null;
	marks: readonly number[];
	readOnly: boolean;
	lastError?: string;
	flash?: string;
	width: number;
}

const NO_WAITS: Waits = { oldest: () => undefined, subscribe: () => () => undefined };

const CONNECTION_TEXT: Record<ConnectionBadge, { text: string; color: string }> = {
	connecting: { text: `${glyphs.pending} connecting`, color: 'yellow' },
	live: { text: `${glyphs.running} hub live`, color: 'green' },
	polling: { text: `${glyphs.pending} polling`, color: 'yellow' },
	offline: { text: `${glyphs.fail} offline`, color: 'red' },
};

export function StatusBar({ host, waits = NO_WAITS, projectId, connection, marks, readOnly, lastError, flash, width }: StatusBarProps) {
	const waited = useServerWait(waits);
	const parts: { text: string; color?: string; bold?: boolean }[] = [{ text: sanitize(host), bold: true }];
	if (waited !== undefined) parts.push({ text: `waiting for ${sanitize(host)}${drawing.ellipsis} (${waited} s)`, color: 'yellow' });
	if (projectId !== undefined) parts.push({ text: `project ${projectId}` });
	if (connection) parts.push(CONNECTION_TEXT[connection]);
	if (readOnly) parts.push({ text: 'READ-ONLY', color: 'magenta', bold: true });
	if (marks.length) parts.push({ text: `marked ${glyphs.mark} ${marks.join(', ')}`, color: 'blue' });
	if (flash) parts.push({ text: sanitize(flash), color: 'yellow' });
	else if (lastError) parts.push({ text: `last error: ${sanitize(lastError)}`, color: 'red' });
	parts.push({ text: '? help' });
	return (
		<Box width={width} height={1} overflow="hidden">
			<Text wrap="truncate">
				{parts.map((part, i) => (
					<Text key={i}>
						{i > 0 ? <Text dimColor>{` ${drawing.bar} `}</Text> : null}
						<Text color={part.color} bold={part.bold}>
							{part.text}
						</Text>
					</Text>
				))}
			</Text>
		</Box>
	);
}
