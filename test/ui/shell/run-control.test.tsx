// Keyboard run control against the embedded server over real HTTP: cancel and delete go through a confirmation
// whose default is No; read-only mode refuses mutating keys; the trigger form starts a run.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Client } from '../../../source/client/api.js';
import { createClient } from '../../../source/client/index.js';
import { startServer, type RunningServer, type SeededBench } from '../../../source/server/index.js';
import { KEYS, renderApp, typeKeys, waitForFrame, waitForText, type RenderedApp } from '../../helpers/render-view.js';

let server: RunningServer;
let bench: SeededBench;
let api: Client;
let app: RenderedApp | undefined;

beforeAll(async () => {
	// Two results a second, two in flight (each for a second): a triggered run stays running for the whole
	// test, and a cancel takes effect within about a second.
	server = await startServer({ data: 'empty', pace: 2 });
	bench = server.seedBench({ cases: 40, runs: 2, scriptName: 'summarize', concurrency: 2 });
	api = createClient({ baseUrl: server.url });
});
afterAll(() => server.close());
afterEach(() => {
	app?.unmount();
	app = undefined;
});

async function runningRun() {
	const run = await api.benches.triggerRun(bench.projectId, bench.scriptName, { channel: 'production' });
	for (let i = 0; i < 100 && (await api.benchRuns.get(run.id))?.status !== 'running'; i++) await new Promise((r) => setTimeout(r, 50));
	return run;
}

const openRuns = () => renderApp({ url: server.url, route: { kind: 'runs', projectId: bench.projectId, script: bench.scriptName } });

describe('run control', () => {
	test('cancel asks first, No is the default, the run is named; Yes cancels it through the API', async () => {
		const run = await runningRun();
		app = openRuns();
		await waitForFrame(app.lastFrame, (f) => f.includes(`${run.id}`) && f.includes('running'));
		await typeKeys(app.stdin, 'c');
		const dialog = await waitForText(app.lastFrame, `Cancel run ${run.id} of summarize (running,`);
		expect(dialog).toMatch(/> No /);
		await typeKeys(app.stdin, KEYS.enter);
		await waitForText(app.lastFrame, `run ${run.id} left running`);
		expect((await api.benchRuns.get(run.id))?.status).toBe('running');

		await typeKeys(app.stdin, 'c');
		await waitForText(app.lastFrame, `Cancel run ${run.id}`);
		await typeKeys(app.stdin, KEYS.right, KEYS.enter);
		await waitForText(app.lastFrame, `run ${run.id}: cancel requested`);
		for (let i = 0; i < 100 && (await api.benchRuns.get(run.id))?.status !== 'canceled'; i++) await new Promise((r) => setTimeout(r, 50));
		expect((await api.benchRuns.get(run.id))?.status).toBe('canceled');
		// The list learns it from the hub.
		await waitForFrame(app.lastFrame, (f) => f.split('\n').some((l) => l.includes(` ${run.id} `) && l.includes('canceled')));
	});

	test('Esc on the dialog is No; delete with y removes the run', async () => {
		const [oldest] = bench.runIds;
		app = openRuns();
		await waitForText(app.lastFrame, 'completed');
		await typeKeys(app.stdin, 'G');
		await waitForFrame(app.lastFrame, (f) => f.split('\n').some((l) => l.startsWith('›') && l.includes(` ${oldest} `)));
		await typeKeys(app.stdin, 'd');
		await waitForText(app.lastFrame, `Delete run ${oldest} of summarize (completed, 40/40) and all its results?`);
		await typeKeys(app.stdin, KEYS.esc);
		await waitForText(app.lastFrame, `run ${oldest} kept`);
		expect(await api.benchRuns.get(oldest)).not.toBeNull();
		await typeKeys(app.stdin, 'd');
		await waitForText(app.lastFrame, `Delete run ${oldest}`);
		await typeKeys(app.stdin, 'y');
		await waitForText(app.lastFrame, `run ${oldest} deleted`);
		expect(await api.benchRuns.get(oldest)).toBeNull();
	});

	test('the trigger form starts a sampled run on the chosen channel', async () => {
		app = openRuns();
		await waitForText(app.lastFrame, 'completed');
		await typeKeys(app.stdin, 't');
		await waitForText(app.lastFrame, 'Trigger a run of summarize');
		await waitForText(app.lastFrame, '[production]');
		await typeKeys(app.stdin, KEYS.tab, ...'nightly check', KEYS.tab, KEYS.right, KEYS.tab, KEYS.backspace, KEYS.backspace, '3', KEYS.enter);
		const frame = await waitForText(app.lastFrame, /started run \d+ of summarize on production/);
		const id = Number(/started run (\d+)/.exec(frame)?.[1]);
		const run = await api.benchRuns.get(id);
		expect(run).toMatchObject({ channel: 'production', mode: 'sampled', sample_size: 3, notes: 'nightly check' });
		await api.benchRuns.cancel(id);
	});

	test('R asks first (No by default), then re-runs the selected run with the same channel', async () => {
		const newest = bench.runIds[bench.runIds.length - 1];
		const source = await api.benchRuns.get(newest);
		app = openRuns();
		await waitForText(app.lastFrame, 'completed');
		const selected = () => app!.lastFrame().split('\n').some((l) => new RegExp(`^›\\s+${newest} `).test(l));
		for (let i = 0; i < 20 && !selected(); i++) await typeKeys(app.stdin, 'j');
		expect(selected()).toBe(true);
		const runsBefore = (await api.benches.listRuns(bench.projectId, bench.scriptName)).length;
		await typeKeys(app.stdin, 'R');
		const question = await waitForText(app.lastFrame, `Start a new run of summarize on ${source?.channel} with every case, like run ${newest}?`);
		expect(question).toMatch(/> No /);
		await typeKeys(app.stdin, KEYS.enter);
		await waitForText(app.lastFrame, 'no run started');
		expect((await api.benches.listRuns(bench.projectId, bench.scriptName)).length).toBe(runsBefore);
		await typeKeys(app.stdin, 'R');
		await waitForText(app.lastFrame, 'Start a new run of summarize');
		await typeKeys(app.stdin, 'y');
		const frame = await waitForText(app.lastFrame, /started run \d+ of summarize/);
		const id = Number(/started run (\d+)/.exec(frame)?.[1]);
		expect((await api.benchRuns.get(id))?.channel).toBe(source?.channel);
		await api.benchRuns.cancel(id);
	});

	test('read-only: c does nothing but say so, and help marks it disabled', async () => {
		const run = await runningRun();
		app = renderApp({ url: server.url, route: { kind: 'runs', projectId: bench.projectId, script: bench.scriptName }, readOnly: true });
		await waitForFrame(app.lastFrame, (f) => f.includes(`${run.id}`) && f.includes('running'));
		expect(app.lastFrame()).toContain('READ-ONLY');
		// The footer says which keys are off.
		// The footer offers only what works.
		expect(app.lastFrame()).toMatch(/read-only · Enter open · m mark/);
		expect(app.lastFrame()).not.toMatch(/c cancel|d delete|t trigger|R rerun/);
		await typeKeys(app.stdin, 'c');
		await waitForText(app.lastFrame, 'read-only: c (cancel) is disabled');
		expect(app.lastFrame()).not.toContain('Cancel run');
		await typeKeys(app.stdin, '?');
		const help = await waitForText(app.lastFrame, 'disabled in read-only');
		expect(help).toMatch(/! c\s+cancel the selected run\s+\(disabled: read-only\)/);
		expect((await api.benchRuns.get(run.id))?.status).toBe('running');
		await api.benchRuns.cancel(run.id);
	});
});
