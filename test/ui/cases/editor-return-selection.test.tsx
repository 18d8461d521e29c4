// The App keeps its tree mounted while $EDITOR runs (Ink's suspendTerminal only stops drawing): back from the editor,
// the cases list under the case editor still has the row the user had selected.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { KEYS, renderApp, typeKeys, waitForFrame, waitForText } from '../../helpers/render-view.js';
import { casesOf, startHarness, type Harness } from './editor-helpers.js';

const FAKE_EDITOR = `node ${fileURLToPath(new URL('./fixtures/fake-editor.mjs', import.meta.url))}`;

let harness: Harness;
let dir: string;
beforeAll(async () => {
	harness = await startHarness();
	dir = await mkdtemp(join(tmpdir(), 'editor-return-'));
});
afterAll(async () => {
	delete process.env.VISUAL;
	delete process.env.FAKE_EDITOR_SEEN;
	await rm(dir, { recursive: true, force: true });
	await harness.close();
});

/** Polls `read` (bounded) until it gives a value. */
async function waitForValue<T>(read: () => Promise<T | undefined>, timeoutMs = 8000): Promise<T> {
	for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 20))) {
		const value = await read();
		if (value !== undefined) return value;
	}
	throw new Error('timed out waiting for the editor to run');
}

const selectedLine = (frame: string) => frame.split('\n').find((line) => line.startsWith('›'));

test('after $EDITOR and Esc, the cases list keeps its selection', async () => {
	const cases = await casesOf(harness.client, 1, 'summarize');
	const target = cases[2];
	const seenFile = join(dir, 'seen.jsonl');
	process.env.VISUAL = FAKE_EDITOR;
	process.env.FAKE_EDITOR_SEEN = seenFile;
	const app = renderApp({ url: harness.proxy.url, route: { kind: 'cases', projectId: 1, script: 'summarize' } });
	try {
		const { stdin, lastFrame } = app;
		await waitForFrame(lastFrame, (f) => selectedLine(f)?.includes(cases[0].id.slice(0, 8)) ?? false);
		await typeKeys(stdin, 'j', 'j');
		const selected = selectedLine(await waitForFrame(lastFrame, (f) => selectedLine(f)?.includes(target.id.slice(0, 8)) ?? false))!;

		await typeKeys(stdin, KEYS.enter);
		const form = (f: string) => f.includes(`Edit case ${target.id}`) && f.includes('no unsaved changes');
		await waitForFrame(lastFrame, form);
		await typeKeys(stdin, 'e');
		// The editor ran (it changes nothing) and the form is drawn again.
		const seen = await waitForValue(() => readFile(seenFile, 'utf8').catch(() => undefined));
		expect(JSON.parse(seen).text).toBe(target.case_name);
		await waitForFrame(lastFrame, form);

		await typeKeys(stdin, KEYS.esc);
		const frame = await waitForText(lastFrame, 'Cases · summarize');
		expect(selectedLine(frame)).toBe(selected);
	} finally {
		app.unmount();
	}
});
