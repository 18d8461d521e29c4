// Route `log` (`!`, `:log`): every error, warning and notification of the session, newest first, each with its time
// and the action that caused it, its whole text wrapped — read, searched, copied and paged like the inspector.
import { Text } from '../components/Text.js';
import { useMemo } from 'react';
import { clockOf, type LoggedMessage } from '../../state/message-log.js';
import type { InspectorSection } from '../../state/inspector.js';
import type { TokenKind } from '../../state/json-tokens.js';
import { sanitize, sanitizeMultiline } from '../../look/sanitize.js';
import { glyphs } from '../../look/glyphs.js';
import { InspectorScreen } from '../components/inspector/InspectorScreen.js';
import { useApp } from '../context.js';
import { useMessageLog } from '../message-log.js';
import { drawing } from '../../look/drawing.js';

const LEVEL: Record<LoggedMessage['level'], { glyph: string; word: string; kind: TokenKind }> = {
	error: { glyph: glyphs.fail, word: 'error', kind: 'error' },
	warning: { glyph: '!', word: 'warning', kind: 'number' },
	info: { glyph: drawing.dot, word: 'note', kind: 'dim' },
};

export function messageSection(message: LoggedMessage): InspectorSection {
	const level = LEVEL[message.level];
	return {
		id: `message-${message.seq}`,
		title: `${clockOf(message.at)} ${level.glyph} ${level.word} ${drawing.dot} ${sanitize(message.action)}`,
		lines: sanitizeMultiline(message.text)
			.split('\n')
			.map((line) => [{ text: line, kind: level.kind === 'dim' ? 'text' : level.kind }]),
	};
}

export function LogView() {
	const app = useApp();
	const messages = useMessageLog();
	const sections = useMemo(() => messages.map(messageSection), [messages]);
	if (sections.length === 0) return <Text dimColor>{`no errors, warnings or notifications yet in this session ${drawing.dot} Esc back`}</Text>;
	const errors = messages.filter((m) => m.level === 'error').length;
	const title = `message log ${drawing.dot} ${messages.length} message${messages.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}), newest first`;
	return <InspectorScreen sections={sections} title={title} width={app.columns} height={app.viewRows} />;
}
