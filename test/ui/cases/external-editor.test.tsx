import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { editText, EditorFailedError, resolveEditor } from '../../../source/ui/external-editor.js';
import { KEYS, renderApp, typeKeys, waitForFrame, waitForText, type RenderedApp } from '../../helpers/render-view.js';
import { casesOf, CTRL_O, CTRL_S, startHarness, type Harness } from './editor-helpers.js';

const FAKE_EDITOR = `node ${fileURLToPath(new URL('./fixtures/fake-editor.mjs', import.meta.url))}`;
const FAKE_KEYS = ['FAKE_EDITOR_SEEN', 'FAKE_EDITOR_REPLACE', 'FAKE_EDITOR_CONTENT', 'FAKE_EDITOR_EXIT', 'VISUAL', 'EDITOR'] as const;

let dir: string;
let seenFile: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'fake-editor-test-'));
	seenFile = join(dir, 'seen.jsonl');
});
afterEach(async () => {
	for (const key of FAKE_KEYS) delete process.env[key];
	await rm(dir, { recursive: true, force: true });
});

/** What the fake editor was handed, one entry per run. */
async function seen(): Promise<Array<{ file: string; text: string }>> {
	const text = await readFile(seenFile, 'utf8').catch(() => '');
	return text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

describe('editText', () => {
	test('prefers $VISUAL, then $EDITOR, then vi', () => {
		expect(resolveEditor({ VISUAL: 'code --wait', EDITOR: 'nano' })).toBe('code --wait');
		expect(resolveEditor({ EDITOR: 'nano' })).toBe('nano');
		expect(resolveEditor({ VISUAL: ' ', EDITOR: '' })).toBe('vi');
	});

	test('hands the text to the editor in a temp file and returns what it saved; the file is removed', async () => {
		const env = { ...process.env, EDITOR: FAKE_EDITOR, FAKE_EDITOR_SEEN: seenFile, FAKE_EDITOR_REPLACE: JSON.stringify([['"qty": 1', '"qty": 2']]) };
		const result = await editText('{\n  "qty": 1\n}\n', { fileName: 'case.json', env });
		expect(result).toBe('{\n  "qty": 2\n}\n');
		const [run] = await seen();
		expect(run.text).toBe('{\n  "qty": 1\n}\n');
		expect(run.file.endsWith('case.json')).toBe(true);
		await expect(readFile(run.file)).rejects.toThrow(/ENOENT/);
	});

	test('an editor command with arguments works, and a path with spaces is passed as one argument', async () => {
		const env = { ...process.env, VISUAL: `${FAKE_EDITOR} `, FAKE_EDITOR_CONTENT: 'replaced', TMPDIR: dir };
		expect(await editText('original', { fileName: 'my field.txt', env })).toBe('replaced');
	});

	test('a final newline the editor adds is dropped when the text had none (an untouched field stays clean)', async () => {
		const env = { ...process.env, EDITOR: FAKE_EDITOR, FAKE_EDITOR_CONTENT: 'one line\n' };
		expect(await editText('one line', { env })).toBe('one line');
		expect(await editText('one line\n', { env })).toBe('one line\n');
	});

	test('a non-zero exit rejects (the caller keeps its text)', async () => {
		const env = { ...process.env, EDITOR: FAKE_EDITOR, FAKE_EDITOR_EXIT: '1' };
		await expect(editText('keep me', { env })).rejects.toBeInstanceOf(EditorFailedError);
		await expect(editText('x', { env: { ...process.env, EDITOR: 'definitely-not-an-editor-here' } })).rejects.toThrow(/exited with 127/);
	});
});

describe('the editor view round trip (app suspended, real editor process)', () => {
	let harness: Harness;
	let app: RenderedApp | undefined;
	beforeAll(async () => {
		harness = await startHarness();
	});
	afterAll(() => harness.close());
	afterEach(() => {
		app?.unmount();
		app = undefined;
	});

	test('e edits the focused field, E the whole case; an unparsable case keeps the text and shows where', async () => {
		const target = (await casesOf(harness.client, 1, 'summarize'))[7];
		const summary = (target.expected_output as { summary: string }).summary;
		process.env.VISUAL = FAKE_EDITOR;
		process.env.FAKE_EDITOR_SEEN = seenFile;
		app = renderApp({ url: harness.proxy.url, route: { kind: 'case', caseId: target.id } });
		const { stdin, lastFrame } = app;
		await waitForText(lastFrame, 'ground_truth');

		// The focused field, through Ctrl-E while typing.
		process.env.FAKE_EDITOR_REPLACE = JSON.stringify([[summary, 'Edited in vi.']]);
		await typeKeys(stdin, 'j', 'j', 'j', KEYS.enter, CTRL_O);
		let frame = await waitForText(lastFrame, 'Edited in vi.');
		expect(frame).toContain('● 1 unsaved');
		expect((await seen())[0].text).toBe(JSON.stringify(target.expected_output, null, 2));

		// The whole case comes back broken: nothing applied, the position is shown, the text is kept.
		process.env.FAKE_EDITOR_REPLACE = JSON.stringify([[`"name": ${JSON.stringify(target.case_name)},`, '"name": "renamed",,']]);
		await typeKeys(stdin, KEYS.esc, 'E');
		frame = await waitForText(lastFrame, 'case from $EDITOR not applied');
		expect(frame).toContain('line 2, col 21');
		expect(frame).toContain('● 1 unsaved');
		expect(frame).toContain(target.case_name!);
		const wholeCase = JSON.parse((await seen())[1].text);
		expect(wholeCase).toEqual({ name: target.case_name, inputs: target.inputs, expected_output: { summary: 'Edited in vi.' } });

		// E again reopens the user's broken text (not the form's), fixed this time, and it applies.
		process.env.FAKE_EDITOR_REPLACE = JSON.stringify([['",,', '",']]);
		await typeKeys(stdin, 'E');
		frame = await waitForFrame(lastFrame, (f) => f.includes('renamed') && !f.includes('not applied'));
		expect((await seen())[2].text).toContain('"name": "renamed",,');
		expect(frame).toContain('● 2 unsaved');

		// A failing editor changes nothing.
		process.env.FAKE_EDITOR_EXIT = '1';
		await typeKeys(stdin, 'e');
		frame = await waitForText(lastFrame, 'exited with 1; nothing changed');
		expect(frame).toContain('● 2 unsaved');
		delete process.env.FAKE_EDITOR_EXIT;

		harness.proxy.requests.length = 0;
		await typeKeys(stdin, CTRL_S);
		await waitForText(lastFrame, 'Review before sending');
		await typeKeys(stdin, CTRL_S);
		await waitForText(lastFrame, '✓ no unsaved changes');
		expect(harness.proxy.writes()[0].json).toEqual({ name: 'renamed', expected_output: { summary: 'Edited in vi.' } });
	});
});
