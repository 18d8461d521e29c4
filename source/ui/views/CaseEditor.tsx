// The case editor (routes `case`, `new-case`, `promote`): a typed form over the script signature. Navigation mode
// moves between fields; typing mode sends keys to the focused field (global keys quiet). Ctrl-S shows the changes
// field by field, a second Ctrl-S (or y) sends them; any failure keeps the form exactly as typed.
import { Box } from 'ink';
import { Text } from '../components/Text.js';
import { useEffect } from 'react';
import { CaseTypeMismatchError, describeError } from '../../client/errors.js';
import {
	applyServerErrors,
	buildSaveRequest,
	createCaseForm,
	diffForm,
	fieldIdForPath,
	isFormDirty,
	rebase,
	setFieldText,
	setGeneralErrors,
	type CaseForm,
	type FieldIssue,
} from '../../state/case-form.js';
import { applyCaseDocument, caseDocument } from '../../state/case-document.js';
import { reviewLines } from '../../state/case-review.js';
import { loadEditorSource, saveForm, type EditorSource } from '../../io/case-source.js';
import { sanitize } from '../../look/sanitize.js';
import { CaseFields } from '../components/case/CaseFields.js';
import { ChangeReview } from '../components/case/ChangeReview.js';
import { useEditorSession, useSessionState } from '../components/case/editor-session.js';
import type { TextBuffer } from '../components/text-buffer.js';
import { useApp, useClient } from '../context.js';
import { editText } from '../external-editor.js';
import { glyphs } from '../../look/glyphs.js';
import { useKeys } from '../hooks/useKeys.js';
import { useQuitGuard } from '../hooks/useQuitGuard.js';
import { hintLine } from '../keymap.js';
import { useTextCapture } from '../hooks/useTextCapture.js';
import type { Route } from '../routes.js';
import { drawing } from '../../look/drawing.js';

type EditorRoute = Extract<Route, { kind: 'case' | 'new-case' | 'promote' }>;

interface EditorState {
	phase: 'idle' | 'loading' | 'failed' | 'ready';
	loadError?: string;
	source?: EditorSource;
	form?: CaseForm;
	focus: number;
	typing: boolean;
	cursor: number;
	review: boolean;
	saving: boolean;
	/** After a save attempt, untouched fields show their problems too (e.g. a required input left empty). */
	attempted: boolean;
	/** A message about the last $EDITOR round trip (e.g. the JSON position where the case no longer parses). */
	notice?: string;
	/** Whole-case text from $EDITOR that did not apply: kept (with why) and reopened by the next whole-case edit. */
	draft?: { text: string; error: string };
}

const FOOTERS = {
	review: `${hintLine('editor', ['save', 'confirm-save'])} ${drawing.dot} Esc back to the form`,
	typing: `typing ${drawing.dot} ${hintLine('editor', ['next-field', 'previous-field', 'save', 'external-field'])} ${drawing.dot} Esc stop typing`,
	navigation: `${hintLine('editor', ['type', 'field-down', 'external-field-nav', 'external-case', 'save', 'back'])} ${drawing.dot} * required`,
	/** --read-only: the form is a viewer; nothing that edits is offered. */
	readOnly: `read-only ${drawing.dot} view only ${drawing.dot} ${hintLine('editor', ['next-field', 'field-down', 'type', 'save', 'back'], { readOnly: true })}`,
};

const INITIAL: EditorState = { phase: 'idle', focus: 0, typing: false, cursor: 0, review: false, saving: false, attempted: false };

function title(route: EditorRoute, source: EditorSource | undefined, readOnly: boolean): string {
	const script = source ? ` ${drawing.dot} ${source.script}` : '';
	switch (route.kind) {
		case 'case':
			return `${readOnly ? 'Case' : 'Edit case'} ${route.caseId}${script}`;
		case 'new-case':
			return `New case ${drawing.dot} ${route.script}`;
		case 'promote':
			return `Promote execution ${route.executionId} to a case${script}`;
	}
}

export function CaseEditorView({ route }: { route: EditorRoute }) {
	const client = useClient();
	const app = useApp();
	const session = useEditorSession<EditorState>(INITIAL);
	const state = useSessionState(session);
	const update = session.update;

	useEffect(() => {
		if (session.state.phase !== 'idle') return;
		update((s) => ({ ...s, phase: 'loading' }));
		loadEditorSource(client, route).then(
			(source) => update((s) => ({ ...s, phase: 'ready', source, form: createCaseForm(source.mode, source.signature, source.values) })),
			(error: unknown) => update((s) => ({ ...s, phase: 'failed', loadError: describeError(error) })),
		);
	}, [client, route, session, update]);

	const { form, focus } = state;
	const field = form?.fields[focus];
	const ready = state.phase === 'ready' && form !== undefined;
	useTextCapture(ready && state.typing && !state.review);
	const unsaved = form ? form.fields.filter((f) => f.text !== f.initialText).length : 0;
	useQuitGuard(unsaved ? `${unsaved} unsaved change${unsaved === 1 ? '' : 's'} in ${title(route, state.source, app.readOnly)}` : null);

	/** Moves the focus from where it is now (not where it was at the last render): keys can outrun renders. */
	const moveFocus = (delta: number, wrap: boolean) =>
		update((s) => {
			if (!s.form) return s;
			const count = s.form.fields.length;
			const next = wrap ? (s.focus + delta + count) % count : Math.max(0, Math.min(count - 1, s.focus + delta));
			return { ...s, focus: next, cursor: s.form.fields[next].text.length };
		});
	const focusFirstProblem = (problems: FieldIssue[] | string[]) =>
		update((s) => {
			if (!s.form) return s;
			const ids = problems.map((p) => (typeof p === 'string' ? fieldIdForPath(s.form!, p) : p.id));
			const index = s.form.fields.findIndex((f) => ids.includes(f.id));
			return index < 0 ? s : { ...s, focus: index, cursor: s.form.fields[index].text.length };
		});

	const setBuffer = (fieldId: string, buffer: TextBuffer) =>
		update((s) => {
			const edited = s.form?.fields.find((f) => f.id === fieldId);
			if (!s.form || !edited) return s;
			const stillFocused = s.form.fields[s.focus]?.id === fieldId;
			return {
				...s,
				form: setFieldText(s.form, fieldId, buffer.text),
				cursor: stillFocused ? buffer.cursor : s.cursor,
				notice: buffer.text === edited.text ? s.notice : undefined,
			};
		});

	const startSave = () => {
		const current = session.state.form;
		if (!current) return;
		const built = buildSaveRequest(current);
		if (!built.ok) {
			const labels = [...new Set(built.problems.map((p) => p.label))];
			const notice = `fix ${labels.length} field${labels.length === 1 ? '' : 's'} before saving: ${labels.join(', ')}`;
			update((s) => ({ ...s, attempted: true, notice }));
			focusFirstProblem(built.problems);
			return;
		}
		if (current.mode === 'edit' && built.changedKeys.length === 0) {
			app.notify('nothing to save');
			return;
		}
		update((s) => ({ ...s, review: true, typing: false, notice: undefined }));
	};

	const send = async () => {
		const { form: current, source } = session.state;
		if (!current || !source || session.state.saving) return;
		update((s) => ({ ...s, saving: true }));
		try {
			const outcome = await saveForm(client, source, current);
			if (outcome.kind === 'invalid') return update((s) => ({ ...s, saving: false, review: false, attempted: true }));
			if (outcome.kind === 'saved') {
				update((s) => ({ ...s, saving: false, review: false, attempted: false, form: s.form && rebase(s.form, outcome.stored) }));
				app.notify(`saved ${outcome.changedKeys.join(', ')}`);
				return;
			}
			app.replace({ kind: 'case', caseId: outcome.created.id });
			app.notify(`${current.mode === 'create' ? 'created' : 'promoted to'} case ${outcome.created.id}`);
		} catch (error) {
			if (error instanceof CaseTypeMismatchError) {
				update((s) => ({ ...s, saving: false, review: false, form: s.form && applyServerErrors(s.form, error.fieldErrors) }));
				focusFirstProblem(error.fieldErrors.map((e) => e.path));
				app.notify(`the server refused ${error.fieldErrors.length} field${error.fieldErrors.length === 1 ? '' : 's'}; your edits are kept`);
			} else {
				const message = `not saved: ${describeError(error)} ${drawing.dash} your edits are kept; Ctrl-S to retry`;
				update((s) => ({ ...s, saving: false, review: false, form: s.form && setGeneralErrors(s.form, [message]) }));
				app.reportError(error, 'save');
			}
		}
	};

	const leave = async () => {
		if (session.state.form && isFormDirty(session.state.form)) {
			const discard = await app.confirm({ question: `Discard unsaved changes (${title(route, session.state.source, app.readOnly)})?`, confirmLabel: 'Discard' });
			if (!discard) return;
		}
		app.pop();
	};

	/** Runs $EDITOR with the app suspended (the view hidden, its state kept); `apply` stores the result. */
	const runEditor = (text: string, fileName: string, apply: (edited: string) => void) =>
		app.suspend(async () => {
			try {
				apply(await editText(text, { fileName }));
			} catch (error) {
				update((s) => ({ ...s, notice: `${describeError(error)}; nothing changed` }));
			}
		});

	const editFieldExternally = () => {
		const current = session.state.form?.fields[session.state.focus];
		if (!current) return;
		void runEditor(current.text, `${current.label.replace(/[^\w.-]/g, '_')}.${current.kind === 'json' ? 'json' : 'txt'}`, (edited) => {
			update((s) => (s.form ? { ...s, notice: undefined, form: setFieldText(s.form, current.id, edited), cursor: edited.length } : s));
		});
	};

	const editCaseExternally = () => {
		const current = session.state.form;
		if (!current) return;
		let text = session.state.draft?.text;
		if (text === undefined) {
			const doc = caseDocument(current);
			if (!doc.ok) {
				const labels = doc.problems.map((p) => p.label).join(', ');
				update((s) => ({ ...s, attempted: true, notice: `the whole case needs valid fields: fix ${labels} first, or edit that field alone (e)` }));
				focusFirstProblem(doc.problems);
				return;
			}
			text = doc.text;
		}
		void runEditor(text, 'case.json', (edited) => {
			update((s) => {
				if (!s.form) return s;
				const applied = applyCaseDocument(s.form, edited);
				if (applied.ok) return { ...s, form: applied.form, draft: undefined, notice: undefined, cursor: applied.form.fields[s.focus]?.text.length ?? 0 };
				return { ...s, draft: { text: edited, error: applied.message } };
			});
		});
	};

	const typing = state.typing && !state.review;
	const handlers = state.review
		? { save: () => void send(), 'confirm-save': () => void send(), back: () => update((s) => ({ ...s, review: false })) }
		: typing
			? {
					'next-field': () => moveFocus(1, true),
					'previous-field': () => moveFocus(-1, true),
					// No `type` here: its keys include `i`, which is text while typing. Enter in a one-line field
					// reaches the field itself (onSubmit below).
					save: startSave,
					'external-field': editFieldExternally,
					back: () => update((s) => ({ ...s, typing: false })),
				}
			: {
					'next-field': () => moveFocus(1, true),
					'previous-field': () => moveFocus(-1, true),
					'field-down': () => moveFocus(1, false),
					'field-up': () => moveFocus(-1, false),
					type: () => update((s) => ({ ...s, typing: true, cursor: s.form?.fields[s.focus].text.length ?? 0 })),
					save: startSave,
					'external-field': editFieldExternally,
					'external-field-nav': editFieldExternally,
					'external-case': editCaseExternally,
					back: () => void leave(),
					'back-nav': () => void leave(),
				};
	useKeys(['editor'], ready && !state.saving ? handlers : { back: () => void leave(), 'back-nav': () => void leave() });

	const header = title(route, state.source, app.readOnly);
	if (!ready) {
		return (
			<Box flexDirection="column">
				<Text bold>{sanitize(header)}</Text>
				{state.phase === 'failed' ? (
					<Text color="red">{`${glyphs.fail} could not open: ${sanitize(state.loadError)}  (Esc: back)`}</Text>
				) : (
					<Text dimColor>{`loading${drawing.ellipsis}`}</Text>
				)}
			</Box>
		);
	}

	const dirty = form.fields.filter((f) => f.text !== f.initialText).length;
	const notes = [
		...(state.source?.signatureNote ? [{ color: 'yellow', text: `${glyphs.pending} ${state.source.signatureNote}` }] : []),
		...(state.draft ? [{ color: 'red', text: `${glyphs.fail} case from $EDITOR not applied: ${state.draft.error} (E reopens your text)` }] : []),
		...(state.notice ? [{ color: 'red', text: `${glyphs.fail} ${state.notice}` }] : []),
		...form.generalErrors.slice(0, 3).map((text) => ({ color: 'red', text: `${glyphs.fail} ${text}` })),
	];
	const footer = app.readOnly ? FOOTERS.readOnly : state.review ? FOOTERS.review : typing ? FOOTERS.typing : FOOTERS.navigation;
	const bodyHeight = Math.max(1, app.viewRows - 2 - notes.length);
	const changes = state.review ? reviewLines(diffForm(form)) : [];
	const target = form.mode === 'edit' ? `PATCH /cases/${state.source?.id}` : form.mode === 'create' ? `POST ${drawing.ellipsis}/bench/cases` : 'promote-to-case';

	return (
		<Box flexDirection="column" height={app.viewRows} overflow="hidden">
			<Box height={1}>
				<Box flexGrow={1}>
					<Text bold wrap="truncate-end">
						{sanitize(header)}
					</Text>
				</Box>
				<Box flexShrink={0}>
					<Text color={dirty ? 'yellow' : 'green'}>{dirty ? ` ${glyphs.running} ${dirty} unsaved` : ` ${glyphs.ok} no unsaved changes`}</Text>
					<Text dimColor>{state.saving ? `  saving${drawing.ellipsis}` : typing ? '  [typing]' : state.review ? '  [review]' : ''}</Text>
				</Box>
			</Box>
			{notes.map((note, i) => (
				<Text key={i} color={note.color} wrap="truncate-end">
					{sanitize(note.text)}
				</Text>
			))}
			{state.review ? (
				<Box flexDirection="column" height={bodyHeight}>
					<Text bold color="cyan">{`Review before sending (${target}):`}</Text>
					<ChangeReview lines={changes} height={bodyHeight - 1} />
				</Box>
			) : (
				<CaseFields
					form={form}
					focus={focus}
					typing={typing}
					buffer={{ text: field?.text ?? '', cursor: Math.min(state.cursor, field?.text.length ?? 0) }}
					onChange={setBuffer}
					onSubmit={() => moveFocus(1, true)}
					showUntouched={state.attempted}
					isActive={typing && !app.overlayOpen && !state.saving}
					width={app.columns}
					height={bodyHeight}
				/>
			)}
			<Text dimColor wrap="truncate-end">
				{footer}
			</Text>
		</Box>
	);
}
