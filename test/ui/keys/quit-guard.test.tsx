// q, :q and Ctrl-C all go through the unsaved-changes guard; No keeps the form; Ctrl-C inside the question quits
// without saving, as an interrupt. Without unsaved changes Ctrl-C quits at once (interrupted), q quits plainly.
import { expect, test } from 'vitest';
import { KEYS, typeKeys, waitForFrame, waitForText, type RenderedApp } from '../../helpers/render-view.js';
import { demoAppPerTest } from '../../helpers/demo-app.js';

const demo = demoAppPerTest();
let app: RenderedApp | undefined;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quitState = (rendered: RenderedApp) => Promise.race([rendered.quit, sleep(100).then(() => 'running' as const)]);

test('unsaved case edits: Ctrl-C and :q ask, No keeps the form, Ctrl-C inside the question quits (interrupted)', async () => {
	app = demo.render({ route: { kind: 'cases', projectId: 1, script: 'summarize' } });
	await waitForText(app.lastFrame, 'Quarterly earnings call');
	await typeKeys(app.stdin, KEYS.enter);
	await waitForText(app.lastFrame, 'no unsaved changes');
	await typeKeys(app.stdin, KEYS.enter, 'Z', KEYS.esc);
	await waitForText(app.lastFrame, '1 unsaved');

	await typeKeys(app.stdin, KEYS.ctrlC);
	await waitForText(app.lastFrame, 'Quit without saving? 1 unsaved change');
	await typeKeys(app.stdin, 'n');
	let frame = await waitForFrame(app.lastFrame, (f) => !f.includes('Quit without saving?'));
	expect(frame).toContain('1 unsaved');
	expect(await quitState(app)).toBe('running');

	await typeKeys(app.stdin, ':', 'q', KEYS.enter);
	await waitForText(app.lastFrame, 'Quit without saving?');
	await typeKeys(app.stdin, KEYS.esc);
	frame = await waitForFrame(app.lastFrame, (f) => !f.includes('Quit without saving?'));
	expect(frame).toContain('1 unsaved');
	expect(await quitState(app)).toBe('running');

	await typeKeys(app.stdin, KEYS.ctrlC);
	await waitForText(app.lastFrame, 'Quit without saving?');
	await typeKeys(app.stdin, KEYS.ctrlC);
	expect(await app.quit).toEqual({ interrupted: true });
});

test('nothing unsaved: Ctrl-C quits at once as an interrupt, even from inside a text field; q quits plainly', async () => {
	app = demo.render({ route: { kind: 'projects' } });
	await waitForText(app.lastFrame, 'Acme Support');
	await typeKeys(app.stdin, '/', 'q');
	await waitForText(app.lastFrame, '/q');
	expect(await quitState(app)).toBe('running');
	await typeKeys(app.stdin, KEYS.ctrlC);
	expect(await app.quit).toEqual({ interrupted: true });
	app.unmount();

	app = demo.render({ route: { kind: 'projects' } });
	await waitForText(app.lastFrame, 'Acme Support');
	await typeKeys(app.stdin, 'q');
	expect(await app.quit).toEqual({ interrupted: false });
});
