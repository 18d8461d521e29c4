import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { BenchCase } from '../../../source/wire/types.js';
import { KEYS, renderApp, typeKeys, waitForFrame, waitForText, type RenderedApp } from '../../helpers/render-view.js';
import { casesOf, CTRL_S, END, SHIFT_TAB, startHarness, type Harness } from './editor-helpers.js';

const CTRL_U = '\u0015';

let harness: Harness;
let app: RenderedApp | undefined;
let summarize: BenchCase[];
let invoices: BenchCase[];

beforeAll(async () => {
	harness = await startHarness();
	summarize = await casesOf(harness.client, 1, 'summarize');
	invoices = (await casesOf(harness.client, 2, 'extract-invoice')).filter((c) => c.inputs && 'currency' in c.inputs);
});
afterAll(() => harness.close());
afterEach(() => {
	app?.unmount();
	app = undefined;
	harness.proxy.fault = () => undefined;
});

async function openCase(caseId: string): Promise<RenderedApp> {
	app = renderApp({ url: harness.proxy.url, route: { kind: 'case', caseId } });
	await waitForText(app.lastFrame, 'ground_truth');
	return app;
}

/** The frame line that shows a field's row. */
const rowOf = (frame: string, label: string) => frame.split('\n').find((line) => line.includes(` ${label}`)) ?? '';

test('typing goes to the field (q ? : included), Tab moves on, and the save sends a sparse PATCH', async () => {
	const target = summarize.find((c) => c.inputs && 'max_words' in c.inputs)!;
	const maxWords = String(target.inputs!.max_words);
	const { stdin, lastFrame } = await openCase(target.id);
	harness.proxy.requests.length = 0;

	await typeKeys(stdin, KEYS.enter, ' q?:');
	await waitForText(lastFrame, `${target.case_name} q?:`);
	await typeKeys(stdin, KEYS.tab, KEYS.tab);
	await waitForFrame(lastFrame, (f) => rowOf(f, 'max_words').includes('›'));
	await typeKeys(stdin, ...maxWords.split('').map(() => KEYS.backspace), '55');
	await waitForFrame(lastFrame, (f) => rowOf(f, 'max_words').includes('55'));
	expect(lastFrame()).toContain('● 2 unsaved');

	await typeKeys(stdin, CTRL_S);
	const review = await waitForText(lastFrame, 'Review before sending');
	expect(review).toContain(`PATCH /cases/${target.id}`);
	expect(review).toMatch(new RegExp(`- ${maxWords}\\n\\s*\\+ 55`));
	expect(harness.proxy.writes()).toEqual([]); // nothing is sent before the review is confirmed

	await typeKeys(stdin, CTRL_S);
	await waitForText(lastFrame, '✓ no unsaved changes');
	const [patch] = harness.proxy.writes();
	expect(patch.method).toBe('PATCH');
	expect(patch.path).toBe(`/cases/${target.id}`);
	expect(Object.keys(patch.json as object).sort()).toEqual(['inputs', 'name']);
	expect(patch.json).toEqual({ name: `${target.case_name} q?:`, inputs: { ...target.inputs, max_words: 55 } });
	const stored = await harness.client.benchRuns.getCase(target.id);
	expect(stored?.case_name).toBe(`${target.case_name} q?:`);
	expect(stored?.inputs?.max_words).toBe(55);
});

test('keys bound outside typing (i j k e q y) are text in a one-line field, and Enter there moves to the next field', async () => {
	const target = summarize[12];
	const { stdin, lastFrame } = await openCase(target.id);
	await typeKeys(stdin, KEYS.enter, ' ', 'i', 'j', 'k', 'e', 'q', 'y', KEYS.enter);
	const frame = await waitForFrame(lastFrame, (f) => rowOf(f, 'text*').includes('›'));
	expect(rowOf(frame, 'name')).toContain(`${target.case_name} ijkeqy`);
	expect(frame).toContain(String(target.inputs!.text).slice(-30)); // the text field's box (cursor at the end): untouched
	expect(frame).toContain('● 1 unsaved');
	expect(frame).toContain('[typing]');
});

test('Shift-Tab goes back a field, and only the edited key is patched', async () => {
	const target = summarize[2];
	const { stdin, lastFrame } = await openCase(target.id);
	harness.proxy.requests.length = 0;
	await typeKeys(stdin, KEYS.tab, KEYS.tab, KEYS.tab, KEYS.tab, SHIFT_TAB);
	await waitForFrame(lastFrame, (f) => rowOf(f, 'expected_output').includes('›'));
	await typeKeys(stdin, KEYS.enter);
	await typeKeys(stdin, KEYS.up, END, KEYS.left, '!');
	await typeKeys(stdin, KEYS.esc, CTRL_S);
	await waitForText(lastFrame, 'Review before sending');
	await typeKeys(stdin, 'y');
	await waitForText(lastFrame, '✓ no unsaved changes');
	const [patch] = harness.proxy.writes();
	expect(patch.json).toEqual({ expected_output: { summary: `${(target.expected_output as { summary: string }).summary}!` } });
});

test('invalid JSON is flagged inline with line and column as you type, and blocks the save', async () => {
	const { stdin, lastFrame } = await openCase(summarize[3].id);
	harness.proxy.requests.length = 0;
	await typeKeys(stdin, 'j', 'j', 'j');
	await waitForFrame(lastFrame, (f) => rowOf(f, 'expected_output').includes('›'));
	await typeKeys(stdin, KEYS.enter, ',');
	const frame = await waitForText(lastFrame, 'invalid JSON, line 3, col 2');
	expect(frame).toContain("unexpected ',' after the JSON value");
	expect(rowOf(frame, 'expected_output')).toContain('✗');

	await typeKeys(stdin, CTRL_S);
	await waitForText(lastFrame, 'fix 1 field before saving: expected_output');
	expect(lastFrame()).not.toContain('Review before sending');
	expect(harness.proxy.writes()).toEqual([]);

	await typeKeys(stdin, KEYS.backspace);
	await waitForFrame(lastFrame, (f) => !f.includes('invalid JSON') && !f.includes('fix 1 field'));
	expect(lastFrame()).toContain('✓ no unsaved changes');
});

test('a case_type_mismatch answer puts the message next to the field its path names, form kept', async () => {
	const target = invoices[0];
	const { stdin, lastFrame } = await openCase(target.id);
	await typeKeys(stdin, 'j', 'j');
	await waitForFrame(lastFrame, (f) => rowOf(f, 'items*').includes('›'));
	// The first item's qty line is the fourth from the end: `    "qty": N,`; replace N with a string.
	await typeKeys(stdin, KEYS.enter, KEYS.up, KEYS.up, KEYS.up, END, KEYS.left, KEYS.backspace, '"two"', KEYS.esc);
	await typeKeys(stdin, CTRL_S);
	await waitForText(lastFrame, 'Review before sending');
	await typeKeys(stdin, CTRL_S);
	const frame = await waitForText(lastFrame, 'inputs.items[0].qty: expected int, got str');
	const lines = frame.split('\n');
	const itemsRow = lines.findIndex((line) => line.includes(' items*'));
	const errorRow = lines.findIndex((line) => line.includes('inputs.items[0].qty'));
	const nextField = lines.findIndex((line) => line.includes(' currency*'));
	expect(itemsRow).toBeGreaterThanOrEqual(0);
	expect(errorRow).toBeGreaterThan(itemsRow);
	expect(errorRow).toBeLessThan(nextField);
	expect(frame).toMatch(/4✗ {5}"qty": "two",/); // the line the error path names is marked in the field
	expect(frame).toContain('● 1 unsaved');
	const stored = await harness.client.benchRuns.getCase(target.id);
	expect(stored?.inputs).toEqual(target.inputs);
});

test('a 500 on PATCH keeps the form exactly as typed, and a retry saves it', async () => {
	const target = summarize[5];
	const { stdin, lastFrame } = await openCase(target.id);
	harness.proxy.fault = (r) => (r.method === 'PATCH' ? { status: 500, json: { error: 'database is locked' } } : undefined);
	await typeKeys(stdin, KEYS.enter, ' (checked)', KEYS.esc, CTRL_S);
	await waitForText(lastFrame, 'Review before sending');
	await typeKeys(stdin, CTRL_S);
	const frame = await waitForText(lastFrame, 'not saved: 500: database is locked');
	expect(frame).toContain(`${target.case_name} (checked)`);
	expect(frame).toContain('● 1 unsaved');
	expect((await harness.client.benchRuns.getCase(target.id))?.case_name).toBe(target.case_name);

	harness.proxy.fault = () => undefined;
	await typeKeys(stdin, CTRL_S);
	await waitForText(lastFrame, 'Review before sending');
	await typeKeys(stdin, CTRL_S);
	await waitForText(lastFrame, '✓ no unsaved changes');
	expect((await harness.client.benchRuns.getCase(target.id))?.case_name).toBe(`${target.case_name} (checked)`);
});

test('Esc or q with unsaved changes asks first, No by default', async () => {
	const { stdin, lastFrame, quit } = await openCase(summarize[6].id);
	let quitted = false;
	void quit.then(() => (quitted = true));
	await typeKeys(stdin, KEYS.enter, 'x', KEYS.esc);
	await waitForFrame(lastFrame, (f) => !f.includes('[typing]'));
	await typeKeys(stdin, KEYS.esc);
	await waitForText(lastFrame, 'Discard unsaved changes');
	await typeKeys(stdin, KEYS.enter); // No is focused
	await waitForFrame(lastFrame, (f) => !f.includes('Discard unsaved changes'));
	expect(lastFrame()).toContain(`${summarize[6].case_name}x`);

	await typeKeys(stdin, 'q');
	await waitForText(lastFrame, 'Discard unsaved changes');
	expect(quitted).toBe(false);
	await typeKeys(stdin, 'y');
	await waitForText(lastFrame, 'Acme Support'); // back on the projects list
	expect((await harness.client.benchRuns.getCase(summarize[6].id))?.case_name).toBe(summarize[6].case_name);
});

test('without a signature the case still opens, its inputs edited as JSON', async () => {
	harness.proxy.fault = (r) => (r.path.endsWith('/signature') ? { status: 503, json: { error: 'registry down' } } : undefined);
	const target = summarize[8];
	const { lastFrame } = await openCase(target.id);
	const frame = lastFrame();
	expect(frame).toContain('signature unavailable (503: registry down)');
	expect(rowOf(frame, 'text')).toContain('not in the signature');
	expect(rowOf(frame, 'text')).toContain(JSON.stringify(target.inputs!.text).slice(0, 30));
});

test('the editor fits small terminals (frame at most rows - 1), the focused field still visible', async () => {
	const target = invoices[3];
	app = renderApp({ url: harness.proxy.url, route: { kind: 'case', caseId: target.id }, columns: 80, rows: 16 });
	const { stdin, lastFrame } = app;
	await waitForText(lastFrame, 'ground_truth');
	await typeKeys(stdin, 'j', 'j', 'j', 'j');
	const frame = await waitForFrame(lastFrame, (f) => rowOf(f, 'expected_output').includes('›'));
	expect(frame.split('\n').length).toBeLessThanOrEqual(15);
	expect(frame).toContain('"vendor"');
});

test('a legacy case row (kind null) still opens', async () => {
	const legacy = summarize.find((c) => c.case_name?.startsWith('Legacy'))!;
	const { lastFrame } = await openCase(legacy.id);
	expect(lastFrame()).toContain('Legacy promoted execution');
});

test('promote: the form is prefilled from the execution and the changed fields become the edits', async () => {
	const runs = (await harness.client.benches.listRuns(1, 'summarize')).filter((r) => r.status === 'completed');
	const results = (await Promise.all(runs.map((r) => harness.client.benchRuns.listResults(r.id)))).flat();
	const result = results.find((r) => r.workflow_execution_id && r.status === 'ok')!;
	const execution = (await harness.client.benchRuns.getCase(result.workflow_execution_id!))!;
	app = renderApp({ url: harness.proxy.url, route: { kind: 'promote', executionId: execution.id } });
	const { stdin, lastFrame } = app;
	await waitForText(lastFrame, 'ground_truth');
	expect(lastFrame()).toContain(`Promote execution ${execution.id}`);
	harness.proxy.requests.length = 0;

	// Typed as one chunk (as a paste or a fast typist would), `i` included: all of it is the name.
	await typeKeys(stdin, KEYS.enter, 'from production', KEYS.esc);
	await typeKeys(stdin, SHIFT_TAB, SHIFT_TAB, KEYS.tab); // wraps to the last field, back one, on one
	await waitForFrame(lastFrame, (f) => rowOf(f, 'ground_truth').includes('›'));
	await typeKeys(stdin, KEYS.enter, '{"checked_by": "dana"}', KEYS.esc, CTRL_S);
	await waitForText(lastFrame, 'promote-to-case');
	await typeKeys(stdin, CTRL_S);
	const frame = await waitForText(lastFrame, 'Edit case ');
	const [promote] = harness.proxy.writes();
	expect(promote.path).toBe(`/executions/${execution.id}/promote-to-case`);
	expect(promote.json).toEqual({ name: 'from production', edits: { ground_truth: { checked_by: 'dana' } } });
	const caseId = /Edit case (\S+)/.exec(frame)![1];
	const created = await harness.client.benchRuns.getCase(caseId);
	expect(created).toMatchObject({ case_name: 'from production', ground_truth: { checked_by: 'dana' }, inputs: execution.inputs });
});

test('emptying expected_output clears it: the review shows → null, the PATCH sends null, the server stores null', async () => {
	const target = summarize.find((c) => c.expected_output !== null && c.id !== summarize[2].id)!;
	const lines = JSON.stringify(target.expected_output, null, 2).split('\n').length;
	const { stdin, lastFrame } = await openCase(target.id);
	harness.proxy.requests.length = 0;
	await typeKeys(stdin, KEYS.tab, KEYS.tab, KEYS.tab, KEYS.tab, SHIFT_TAB);
	await waitForFrame(lastFrame, (f) => rowOf(f, 'expected_output').includes('›'));
	await typeKeys(stdin, KEYS.enter);
	for (let line = 0; line < lines; line++) await typeKeys(stdin, CTRL_U, KEYS.backspace);
	await typeKeys(stdin, KEYS.esc, CTRL_S);
	const review = await waitForText(lastFrame, 'Review before sending');
	expect(review).toMatch(/\+ null/);
	expect(review).not.toContain('cannot be cleared');
	await typeKeys(stdin, 'y');
	await waitForText(lastFrame, '✓ no unsaved changes');
	const [patch] = harness.proxy.writes();
	expect(patch.json).toEqual({ expected_output: null });
	const stored = await harness.client.benchRuns.getCase(target.id);
	expect(stored?.expected_output).toBeNull();
});
