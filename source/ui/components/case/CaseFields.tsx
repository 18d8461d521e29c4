// The form body: one row per field (label, required mark, type, value or its first line, state glyphs), the
// messages that belong to it underneath (local validation, server field errors), and the focused field's editor.
import { Box } from 'ink';
import { Text } from '../Text.js';
import { fieldProblem, fieldValue, isFieldDirty, type CaseForm, type FormField } from '../../../state/case-form.js';
import { columns, fit } from '../../../look/text.js';
import { sanitize } from '../../../look/sanitize.js';
import { glyphs } from '../../../look/glyphs.js';
import { layoutFields } from './field-layout.js';
import { TextArea } from './TextArea.js';
import type { TextBuffer } from '../text-buffer.js';
import { drawing } from '../../../look/drawing.js';

const isMultiline = (field: FormField) => field.kind === 'json' || (field.kind === 'text' && field.group === 'input');

const MAX_MESSAGES = 3;

/** The lines shown under a field: its local problem (once edited, or after a save attempt) and server errors. */
function fieldMessages(field: FormField, showUntouched: boolean): string[] {
	const problem = fieldProblem(field);
	const local = problem && (showUntouched || isFieldDirty(field)) ? [problem.message] : [];
	const all = [...local, ...field.serverErrors];
	return all.length > MAX_MESSAGES ? [...all.slice(0, MAX_MESSAGES - 1), `${drawing.ellipsis} ${all.length - MAX_MESSAGES + 1} more`] : all;
}

function summary(field: FormField): string {
	const parsed = field.kind === 'json' ? fieldValue(field) : undefined;
	if (parsed?.ok && parsed.value !== undefined) return JSON.stringify(parsed.value);
	const lines = field.text.split('\n');
	const first = lines.find((line) => line.trim() !== '') ?? '';
	return lines.length > 1 ? `${first.trim()} ${drawing.ellipsis} (${lines.length} lines)` : first;
}

export interface CaseFieldsProps {
	form: CaseForm;
	focus: number;
	typing: boolean;
	buffer: TextBuffer;
	/** An edit of the focused field, named by id: a key handled just after the focus moved still lands where it was typed. */
	onChange: (fieldId: string, buffer: TextBuffer) => void;
	/** Enter in a one-line field. */
	onSubmit: () => void;
	/** Show problems of untouched fields too (after a save attempt). */
	showUntouched: boolean;
	/** The focused field takes keys (typing, and no dialog open). */
	isActive: boolean;
	width: number;
	height: number;
}

export function CaseFields({ form, focus, typing, buffer, onChange, onSubmit, showUntouched, isActive, width, height }: CaseFieldsProps) {
	const labelWidth = Math.min(20, Math.max(...form.fields.map((f) => columns(f.label) + 2)));
	const typeWidth = Math.min(Math.max(10, Math.floor(width * 0.22)), Math.max(...form.fields.map((f) => columns(f.typeLabel))) + 2);
	const valueWidth = Math.max(10, width - labelWidth - typeWidth - 8);
	const messages = form.fields.map((field) => fieldMessages(field, showUntouched));
	const blocks = form.fields.map((field, i) => ({
		messages: messages[i].length,
		boxLines: i === focus && isMultiline(field) ? Math.max(1, field.text.split('\n').length) : 0,
	}));
	const layout = layoutFields(blocks, focus, height);

	return (
		<Box flexDirection="column" height={height} overflow="hidden">
			{form.fields.slice(layout.first, layout.last).map((field, offset) => {
				const index = layout.first + offset;
				const focused = index === focus;
				const problem = fieldProblem(field);
				const invalid = Boolean((problem && (showUntouched || isFieldDirty(field))) || field.serverErrors.length);
				const label = `${field.label}${field.required ? '*' : ''}`;
				const inlineEditor = focused && !isMultiline(field);
				const change = (next: TextBuffer) => onChange(field.id, next);
				return (
					<Box key={field.id} flexDirection="column">
						<Box height={1}>
							<Text color={focused ? 'cyan' : undefined} bold={focused}>
								{focused ? `${drawing.pointer} ` : '  '}
								{fit(label, labelWidth)}
							</Text>
							<Text dimColor>{`${fit(field.typeLabel, typeWidth - 1)} `}</Text>
							<Box width={valueWidth} height={1} overflow="hidden">
								{inlineEditor ? (
									<TextArea buffer={buffer} onChange={change} onSubmit={onSubmit} isActive={isActive && typing} multiline={false} width={valueWidth} height={1} />
								) : focused ? (
									<Text dimColor>{typing ? 'typing (Esc: stop)' : `Enter: type ${drawing.dot} e: $EDITOR`}</Text>
								) : (
									<Text wrap="truncate-end" dimColor={field.text === ''}>
										{field.text === '' ? drawing.dash : sanitize(summary(field))}
									</Text>
								)}
							</Box>
							<Text>
								{' '}
								{isFieldDirty(field) ? <Text color="yellow">{glyphs.running}</Text> : ' '}
								{invalid ? <Text color="red">{glyphs.fail}</Text> : ' '}
							</Text>
						</Box>
						{focused && isMultiline(field) ? (
							<Box paddingLeft={4} height={layout.boxHeight}>
								<TextArea
									buffer={buffer}
									onChange={change}
									isActive={isActive && typing}
									multiline
									width={width - 5}
									height={layout.boxHeight}
									errorLines={[...(problem && 'json' in problem && problem.json ? [problem.json.line] : []), ...field.serverErrorLines]}
									placeholder={field.kind === 'json' ? `(empty ${drawing.dash} type JSON)` : '(empty)'}
								/>
							</Box>
						) : null}
						{messages[index].map((message, i) => (
							<Text key={i} color="red" wrap="truncate-end">
								{`    ${glyphs.fail} ${sanitize(message)}`}
							</Text>
						))}
					</Box>
				);
			})}
		</Box>
	);
}
