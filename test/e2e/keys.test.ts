// End to end on the BUILT binary in tmux: keys that arrive in one read, bracketed paste, layered Esc, the trigger
// form's Shift-Tab at 60×15, the $EDITOR hand-off (keys typed meanwhile reach the editor, never the app) and Ctrl-C
// through the unsaved-changes guard. Bytes that must arrive in ONE read are written with tmux paste-buffer (one write
// to the pane; with -p it is a bracketed paste when the app asked for one).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../source/server/index.js';
import { hasTmux, tmuxServer } from '../helpers/tmux-session.js';

const { tmux, session: tmuxSession, kill } = tmuxServer(`bench-tui-keys-${process.pid}`);
const EDITOR_SCRIPT = fileURLToPath(new URL('./fixtures/reading-editor.mjs', import.meta.url));

let server: RunningServer;
let dir: string;

beforeAll(async () => {
	if (!hasTmux) return;
	execFileSync('node', ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
	server = await startServer({ data: 'demo', pace: 0 });
	dir = mkdtempSync(join(tmpdir(), 'bench-tui-keys-'));
}, 120_000);

afterAll(async () => {
	if (!hasTmux) return;
	kill();
	await server.close();
	rmSync(dir, { recursive: true, force: true });
});

/** A session whose `start` connects the binary to the demo server. */
function session(name: string, columns = 120, rows = 40, env = '') {
	const opened = tmuxSession(name, columns, rows, env);
	return { ...opened, start: (flags: string) => opened.start(`--url ${server.url} ${flags}`) };
}

const lines = (text: string) => text.split('\n');
/** The run ids of the runs list, top to bottom, and the index of the selected one. */
function runRows(text: string): { ids: number[]; selected: number } {
	const rows = lines(text).filter((line) => /^[›\s]\s+\d+ \S+ (completed|failed|running|canceled|pending)/.test(line));
	return { ids: rows.map((line) => Number(/\d+/.exec(line)![0])), selected: rows.findIndex((line) => line.startsWith('›')) };
}

test.skipIf(!hasTmux)('keys in one read, y into the tmux buffer, Left inside a filter, bracketed paste, and Esc clearing an applied filter', async () => {
	const s = session('reads');
	await s.start('--project 1');
	await s.until((t) => t.includes('summarize'), 'the benches');
	s.keys('Enter');
	let text = await s.until((t) => runRows(t).ids.length >= 5 && runRows(t).selected === 0, 'the runs of summarize');
	const { ids } = runRows(text);

	// Three Down arrows in one write move three rows.
	s.write('\x1b[B\x1b[B\x1b[B');
	text = await s.until((t) => runRows(t).selected === 3, 'the selection three rows down');
	expect(runRows(text).ids).toEqual(ids);

	// y inside tmux: the id lands in the tmux buffer, and the status bar says so (not a success it cannot know).
	s.keys('y');
	await s.until((t) => t.includes(`run id ${ids[3]}: copied to the tmux buffer`), 'the copy reported');
	expect(tmux('show-buffer')).toBe(String(ids[3]));

	// `ab`, Left, `X` in one write into the filter: the arrow is a key, not text.
	s.keys('/');
	await s.until((t) => lines(t).some((l) => l.startsWith('/')), 'the filter field');
	s.write('ab\x1b[DX');
	await s.until((t) => lines(t).some((l) => l.startsWith('/aXb')), 'aXb in the filter');
	// Readline keys: the cursor is after X; Ctrl-U erases `aX`, Ctrl-E goes to the end, Ctrl-W erases `b`.
	s.keys('C-u');
	await s.until((t) => lines(t).some((l) => l.trimEnd() === '/b'), 'Ctrl-U erasing before the cursor');
	s.keys('C-a', 'C-e', 'C-w');
	await s.until((t) => lines(t).some((l) => l.trimEnd() === '/'), 'Ctrl-W erasing the word');

	// A bracketed paste into the field is text, whole.
	s.paste('jjjq');
	await s.until((t) => lines(t).some((l) => l.startsWith('/jjjq')), 'the pasted text in the filter');
	s.keys('Enter');
	text = await s.until((t) => t.includes('filter: jjjq'), 'the applied filter');
	expect(runRows(text).ids).toEqual([]);

	// Esc with an applied filter clears it and stays in the view; a second Esc goes back.
	s.keys('Escape');
	text = await s.until((t) => !t.includes('filter: jjjq') && runRows(t).ids.length === ids.length, 'the filter cleared');
	expect(lines(text)[0]).toContain('› summarize');

	// Outside a field a paste is not run as keys: no move, no quit, and the app says why.
	const before = runRows(text).selected;
	s.paste('jjjq');
	text = await s.until((t) => t.includes('paste ignored'), 'the paste refused');
	expect(runRows(text).selected).toBe(before);
	expect(text).not.toContain('EXIT=');

	s.keys('Escape');
	await s.until((t) => t.includes('TREND') || t.includes('benches'), 'back to the benches');
	s.keys('q');
	await s.until((t) => t.includes('EXIT=0'), 'a clean exit');
}, 90_000);

test.skipIf(!hasTmux)('the trigger form at 60×15: Tab Tab Right Tab in one read, and Shift-Tab moves back', async () => {
	const s = session('trigger', 60, 15);
	await s.start('--project 1');
	await s.until((t) => t.includes('summarize'), 'the benches');
	s.keys('Enter');
	await s.until((t) => runRows(t).ids.length > 0, 'the runs');
	s.keys('t');
	await s.until((t) => t.includes('Trigger a run') && t.includes('› channel'), 'the trigger form on its first field');
	s.write('\t\t\x1b[C\t');
	let text = await s.until((t) => t.includes('› sample size'), 'the sample size field, after mode was switched');
	expect(text).toContain('[sampled]');
	s.keys('BTab');
	await s.until((t) => t.includes('› mode'), 'Shift-Tab back to the mode');
	s.keys('BTab');
	text = await s.until((t) => t.includes('› notes'), 'Shift-Tab back to the notes');
	for (const line of lines(text)) expect(line.length).toBeLessThanOrEqual(60);
	s.keys('Escape');
	await s.until((t) => !t.includes('Trigger a run'), 'the form closed');
	s.keys('q');
	await s.until((t) => t.includes('EXIT=0'), 'a clean exit');
}, 60_000);

test.skipIf(!hasTmux)('$EDITOR gets every key typed while it runs, the app none; Ctrl-C asks about unsaved edits, No keeps them', async () => {
	const log = join(dir, 'editor.log');
	const s = session('editor', 120, 40, `VISUAL="node ${EDITOR_SCRIPT}" READING_EDITOR_LOG=${log} READING_EDITOR_TEXT="renamed in the editor"`);
	const entries = () => readFileSyncSafe(log).split('\n').filter(Boolean).map((line) => JSON.parse(line) as { started?: string; received?: string });
	await s.start('--project 1');
	await s.until((t) => t.includes('summarize'), 'the benches');
	s.keys('C');
	await s.until((t) => t.includes('Cases · summarize') && lines(t).some((l) => l.startsWith('›')), 'the cases');
	s.keys('Enter');
	await s.until((t) => t.includes('Edit case') && t.includes('› name') && t.includes('no unsaved changes'), 'the case editor');

	s.keys('e');
	for (let i = 0; i < 100 && !entries().some((e) => e.started); i++) await new Promise((resolve) => setTimeout(resolve, 30));
	expect(entries().filter((e) => e.started)).toHaveLength(1);
	// Keys the app would act on: E (a second editor), j (next field), q (leave), : (command line).
	s.keys('E', 'j', 'q', ':', 'x');
	let text = await s.until((t) => t.includes('renamed in the editor'), 'the edit in the form', 20_000);
	const runs = entries();
	expect(runs.filter((e) => e.started), text).toHaveLength(1);
	expect(runs.find((e) => e.received !== undefined)?.received, `${JSON.stringify(runs)}\n${text}`).toBe('Ejq:x');
	expect(text).toContain('› name');
	expect(text).toContain('1 unsaved');
	expect(lines(text).some((l) => l.startsWith(':'))).toBe(false);
	await new Promise((resolve) => setTimeout(resolve, 300));
	expect(entries().filter((e) => e.started)).toHaveLength(1);

	// Ctrl-C with unsaved edits: the question; No keeps the form.
	s.keys('C-c');
	await s.until((t) => t.includes('Quit without saving?'), 'the unsaved-changes question');
	s.keys('n');
	text = await s.until((t) => !t.includes('Quit without saving?'), 'the question answered');
	expect(text).toContain('renamed in the editor');
	expect(text).toContain('1 unsaved');
	expect(text).not.toContain('EXIT=');

	// Ctrl-C twice: the second one inside the question quits without saving, as an interrupt (130).
	s.keys('C-c');
	await s.until((t) => t.includes('Quit without saving?'), 'the question again');
	s.keys('C-c');
	await s.until((t) => t.includes('EXIT=130'), 'exit status 130');
}, 90_000);

function readFileSyncSafe(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
}
