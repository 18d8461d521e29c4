import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { KEYS, renderApp, typeKeys, waitForFrame, waitForText, type RenderedApp } from '../../helpers/render-view.js';
import { casesOf, CTRL_S, startHarness, type Harness } from './editor-helpers.js';

let harness: Harness;
let app: RenderedApp | undefined;

beforeAll(async () => {
	harness = await startHarness();
});
afterAll(() => harness.close());
afterEach(() => {
	app?.unmount();
	app = undefined;
	harness.proxy.fault = () => undefined;
});

function openCases(projectId: number, script: string, readOnly = false): RenderedApp {
	app = renderApp({ url: harness.proxy.url, route: { kind: 'cases', projectId, script }, readOnly });
	return app;
}

test('lists the cases with their inputs in one line, and marks drifted ones with what broke', async () => {
	const { lastFrame, stdin } = openCases(2, 'extract-invoice');
	const frame = await waitForText(lastFrame, 'INV-1040');
	expect(frame).toContain('40 cases');
	expect(frame).toContain('✗ 12 drifted from the published contract');
	const first = frame.split('\n').find((line) => line.includes('INV-1040'))!;
	expect(first).toMatch(/✗ Invoice INV-1040/);
	expect(first).toContain('document="INVOICE INV-1040');
	expect(frame).toContain('✗ drifted: inputs.currency: missing required field (str)');

	// A case written after the contract change is not marked, and the footer goes back to the key hints.
	await typeKeys(stdin, 'G');
	const last = await waitForFrame(lastFrame, (f) => f.includes('n: new'));
	expect(last.split('\n').find((line) => line.includes('INV-1079'))).not.toContain('✗');
});

test('a failing drift check does not hide the cases', async () => {
	harness.proxy.fault = (r) => (r.path.endsWith('/contract-drift') ? { status: 500, json: { error: 'boom' } } : undefined);
	const { lastFrame } = openCases(2, 'extract-invoice');
	const frame = await waitForText(lastFrame, 'INV-1040');
	expect(frame).toContain('drift check unavailable');
	expect(frame).not.toContain('drifted:');
});

test('/ filters by name, id or inputs', async () => {
	const { lastFrame, stdin } = openCases(1, 'classify-ticket');
	await waitForText(lastFrame, '#1000');
	await typeKeys(stdin, '/', 'dark mode', KEYS.enter);
	const frame = await waitForText(lastFrame, 'filter: dark mode');
	const rows = frame.split('\n').filter((line) => line.includes('#1'));
	expect(rows.length).toBeGreaterThan(0);
	expect(rows.every((row) => /dark mode/i.test(row))).toBe(true);
});

test('d deletes the selected case after a confirmation that names it (No by default)', async () => {
	const before = await casesOf(harness.client, 1, 'summarize');
	const victim = before[1];
	const { lastFrame, stdin } = openCases(1, 'summarize');
	await waitForText(lastFrame, victim.id.slice(0, 13));
	await typeKeys(stdin, 'j', 'd');
	const dialog = await waitForText(lastFrame, 'Delete case');
	expect(dialog).toContain(`Delete case "${victim.case_name}" (${victim.id})?`);
	await typeKeys(stdin, KEYS.enter); // No
	await waitForFrame(lastFrame, (f) => !f.includes('Delete case "'));
	expect((await casesOf(harness.client, 1, 'summarize')).length).toBe(before.length);

	await typeKeys(stdin, 'd', 'y');
	await waitForFrame(lastFrame, (f) => !f.includes(victim.id.slice(0, 13)));
	const after = await casesOf(harness.client, 1, 'summarize');
	expect(after.map((c) => c.id)).not.toContain(victim.id);
	expect(after.length).toBe(before.length - 1);
});

test('read-only mode refuses n and d', async () => {
	const { lastFrame, stdin } = openCases(1, 'summarize', true);
	await waitForText(lastFrame, 'CREATED');
	await waitForFrame(lastFrame, (f) => f.includes('cases') && !f.includes('loading'));
	await typeKeys(stdin, 'd');
	await waitForText(lastFrame, 'read-only');
	expect(lastFrame()).not.toContain('Delete case');
});

test('read-only: Enter opens the case as a viewer; typing, $EDITOR and save are off, and the footer says so', async () => {
	const { lastFrame, stdin } = openCases(1, 'summarize', true);
	await waitForText(lastFrame, 'CREATED');
	await waitForFrame(lastFrame, (f) => f.includes('cases') && !f.includes('loading'));
	await typeKeys(stdin, KEYS.enter);
	const viewer = await waitForText(lastFrame, /^Case \S+ · summarize/m);
	expect(viewer).toMatch(/read-only · view only · Tab next field · j move · Esc back/);
	expect(viewer).not.toMatch(/Ctrl-S|\$EDITOR|type/);
	for (const key of ['i', 'e', 'E', CTRL_S]) {
		await typeKeys(stdin, key);
		await waitForText(lastFrame, 'is disabled');
		expect(lastFrame()).not.toContain('[typing]');
		expect(lastFrame()).toContain('no unsaved changes');
	}
	expect(lastFrame()).toContain('read-only: Ctrl-S (save) is disabled');
});

test('n creates a case through the typed form, then opens it in the editor', async () => {
	const { lastFrame, stdin } = openCases(1, 'summarize');
	await waitForText(lastFrame, 'CREATED');
	await waitForFrame(lastFrame, (f) => !f.includes('loading'));
	harness.proxy.requests.length = 0;
	await typeKeys(stdin, 'n');
	await waitForText(lastFrame, 'New case · summarize');
	await waitForText(lastFrame, 'ground_truth');

	// Saving an empty form points at the required input instead of sending anything.
	await typeKeys(stdin, CTRL_S);
	await waitForText(lastFrame, 'fix 1 field before saving: text');
	expect(lastFrame()).toContain('✗ required');

	await typeKeys(stdin, 'k', KEYS.enter, 'Weekly sync', KEYS.tab, 'The team met and agreed to ship.', KEYS.tab, '30', KEYS.tab);
	await typeKeys(stdin, '{"summary": "They agreed to ship."}', KEYS.esc, CTRL_S);
	const review = await waitForText(lastFrame, 'Review before sending (POST …/bench/cases)');
	expect(review).toContain('+ "Weekly sync"');
	await typeKeys(stdin, CTRL_S);
	const opened = await waitForText(lastFrame, 'Edit case ');
	const [create] = harness.proxy.writes();
	expect(create.path).toBe('/projects/1/scripts/summarize/bench/cases');
	expect(create.json).toEqual({
		name: 'Weekly sync',
		inputs: { text: 'The team met and agreed to ship.', max_words: 30 },
		expected_output: { summary: 'They agreed to ship.' },
	});
	const caseId = /Edit case (\S+)/.exec(opened)![1];
	expect((await casesOf(harness.client, 1, 'summarize')).find((c) => c.id === caseId)?.case_name).toBe('Weekly sync');

	// Back on the list (re-read on return), the new case is there.
	await typeKeys(stdin, KEYS.esc);
	await waitForText(lastFrame, 'CREATED');
	await typeKeys(stdin, '/', 'Weekly', KEYS.enter);
	await waitForText(lastFrame, caseId.slice(0, 13));
});
