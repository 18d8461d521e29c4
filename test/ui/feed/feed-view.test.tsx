// The run feed view against the real embedded server: a finished run, follow mode, filters, the detail pane,
// the cancel confirmation, and the reconnecting/stale header when the connection is cut (through a proxy).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../source/client/index.js';
import { startServer, type RunningServer } from '../../../source/server/index.js';
import { startSseProxy, type SseProxy } from '../../faults/sse-proxy.js';
import { KEYS, renderApp, typeKeys, waitForFrame, waitForText, type RenderedApp } from '../../helpers/render-view.js';

let server: RunningServer;
let app: RenderedApp | undefined;
let proxy: SseProxy | undefined;

beforeAll(async () => {
	server = await startServer({ data: 'empty', pace: 20 });
});
afterAll(() => server.close());
afterEach(async () => {
	app?.unmount();
	app = undefined;
	await proxy?.close();
	proxy = undefined;
});

async function liveRun(cases = 400) {
	const bench = server.seedBench({ cases, concurrency: 4 });
	const run = await createClient({ baseUrl: server.url }).benches.triggerRun(bench.projectId, bench.scriptName, { channel: 'production' });
	return { ...bench, runId: run.id };
}

const done = (frame: string) => Number(/ (\d+)\/\d+ {2}/.exec(frame)?.[1] ?? 0);
/** List rows: a status glyph, a space, then the case label. */
const listRows = (frame: string) => frame.split('\n').filter((line) => /^[✓≡✗↷] case \d+/.test(line));

describe('run feed view', () => {
	it('opens a finished run with all its results, its status and no spinner, within the frame budget', async () => {
		const bench = server.seedBench({ cases: 25, runs: 1 });
		app = renderApp({ url: server.url, route: { kind: 'run', runId: bench.runIds[0] }, columns: 120, rows: 40 });
		const frame = await waitForFrame(app.lastFrame, (f) => f.includes('25/25') && f.includes(bench.scriptName));
		expect(frame).toMatch(/✓ completed/);
		expect(frame).toContain('channel production');
		expect(frame).toMatch(/took \d/);
		expect(frame).toContain('run ended');
		expect(frame).not.toContain('ETA');
		expect(listRows(frame).at(-1)).toMatch(/case 25\b/);
		for (const each of app.frames) expect(each.split('\n').length).toBeLessThanOrEqual(39);
	});

	it('shows a run finishing while watched: its terminal status, the final counts, the run row refreshed', async () => {
		const { runId } = await liveRun(40);
		app = renderApp({ url: server.url, route: { kind: 'run', runId }, columns: 120, rows: 40 });
		await waitForText(app.lastFrame, 'running');
		const frame = await waitForFrame(app.lastFrame, (f) => f.includes('✓ completed') && f.includes('run ended'));
		expect(frame).toContain('40/40');
		expect(frame).toMatch(/took \d/);
	});

	it('follows new results, pauses when scrolled up with a count of new ones, and resumes with G', async () => {
		const { runId } = await liveRun();
		app = renderApp({ url: server.url, route: { kind: 'run', runId }, columns: 120, rows: 40 });
		await waitForFrame(app.lastFrame, (f) => f.includes('following') && done(f) >= 3);
		await typeKeys(app.stdin, 'k');
		await waitForFrame(app.lastFrame, (f) => /paused · [1-9]\d* new ↓ \(G to follow\)/.test(f));
		await typeKeys(app.stdin, 'G');
		const frame = await waitForText(app.lastFrame, 'shown · following');
		expect(frame).not.toMatch(/paused · \d+ new/);
		expect(frame).toContain('(loaded when follow mode is paused: k or ↑)');
	});

	it('while following a live run, the detail pane moves to the newest result about once a second, not every redraw', async () => {
		const { runId } = await liveRun(400);
		app = renderApp({ url: server.url, route: { kind: 'run', runId }, columns: 120, rows: 40 });
		await waitForFrame(app.lastFrame, (f) => f.includes('following') && done(f) >= 3);
		const first = app.frames.length;
		// Results keep arriving (the server records ~4 at a time, every 20 ms): the list redraws many times meanwhile.
		await waitForFrame(app.lastFrame, (f) => done(f) >= 3 + 60 || f.includes('run ended'));
		const frames = app.frames.slice(first);
		const panes = frames.map((f) => /cache +│ case (.+)$/m.exec(f)?.[1].trim()).filter((title, i, all) => title !== undefined && title !== all[i - 1]);
		const lastRows = new Set(frames.map((f) => listRows(f).at(-1)));
		expect(lastRows.size, 'the list followed new results').toBeGreaterThan(5);
		expect(panes.length, `pane titles: ${panes.join(', ')} over ${frames.length} frames`).toBeLessThan(lastRows.size / 2);
	});

	it('cycles the status filter, filters case names with /, and cycles the sort', async () => {
		const bench = server.seedBench({ cases: 40, runs: 1 });
		app = renderApp({ url: server.url, route: { kind: 'run', runId: bench.runIds[0] }, columns: 120, rows: 40 });
		await waitForText(app.lastFrame, '40/40');
		await typeKeys(app.stdin, 'f');
		let frame = await waitForText(app.lastFrame, 'status: ok (f)');
		expect(listRows(frame).every((line) => line.startsWith('✓'))).toBe(true);
		await typeKeys(app.stdin, 'f', 'f', 'f', 'f', 'f');
		await waitForText(app.lastFrame, '40/40 shown · run ended · status: all statuses');
		await typeKeys(app.stdin, '/', 'case 1', KEYS.enter);
		frame = await waitForText(app.lastFrame, '11/40 shown');
		expect(frame).toContain('filter: case 1');
		expect(listRows(frame).every((line) => /^. case 1\d?\s/.test(line))).toBe(true);
		await typeKeys(app.stdin, 's');
		await waitForText(app.lastFrame, 'sort: score (s)');
	});

	it('shows the selected result in a side pane on a wide terminal, fetching workflow_output on demand', async () => {
		const bench = server.seedBench({ cases: 5, runs: 1 });
		app = renderApp({ url: server.url, route: { kind: 'run', runId: bench.runIds[0] }, columns: 120, rows: 40 });
		await waitForText(app.lastFrame, '5/5');
		await typeKeys(app.stdin, 'k');
		const frame = await waitForText(app.lastFrame, '"confidence"');
		expect(frame).toContain('actual output');
		expect(frame).toMatch(/│ status {2,}ok/);
		expect(frame).toContain('"reason"');
	});

	it('toggles the detail pane below the list with Enter on a narrow terminal, and scrolls it with J/K', async () => {
		const bench = server.seedBench({ cases: 5, runs: 1 });
		app = renderApp({ url: server.url, route: { kind: 'run', runId: bench.runIds[0] }, columns: 80, rows: 30 });
		await waitForText(app.lastFrame, '5/5');
		expect(app.lastFrame()).not.toContain('headline score');
		await typeKeys(app.stdin, KEYS.enter);
		await waitForText(app.lastFrame, /^status {2,}ok/m);
		await typeKeys(app.stdin, 'J', 'J', 'J', 'J', 'J', 'J');
		let frame = await waitForText(app.lastFrame, 'actual output');
		expect(frame).not.toMatch(/^status {2,}ok/m);
		await typeKeys(app.stdin, 'K', 'K', 'K', 'K', 'K', 'K');
		await waitForText(app.lastFrame, /^status {2,}ok/m);
		// d hides the pane; Enter while it shows opens the inspector full screen.
		await typeKeys(app.stdin, 'd');
		await waitForFrame(app.lastFrame, (f) => !f.includes('headline score'));
		await typeKeys(app.stdin, KEYS.enter);
		await waitForText(app.lastFrame, 'headline score');
		await typeKeys(app.stdin, KEYS.enter);
		frame = await waitForText(app.lastFrame, `run ${bench.runIds[0]} · case case 5 · ok`);
		expect(frame).toContain('case (1/4)');
	});

	it('copies the case and execution ids, marks the run for compare, and promotes the result under a prompted name', async () => {
		const bench = server.seedBench({ cases: 3, runs: 1 });
		const runId = bench.runIds[0];
		app = renderApp({ url: server.url, route: { kind: 'run', runId }, columns: 120, rows: 40 });
		await waitForText(app.lastFrame, '3/3');
		const [last] = (await createClient({ baseUrl: server.url }).benchRuns.listResults(runId)).filter((row) => row.case_name === 'case 3');
		await typeKeys(app.stdin, 'y', 'Y');
		await waitForFrame(() => String(app?.copied.length), (count) => count === '2');
		expect(app.copied).toEqual([last.case_id, last.workflow_execution_id]);
		await typeKeys(app.stdin, 'm');
		await waitForText(app.lastFrame, `marked ◆ ${runId}`);
		await typeKeys(app.stdin, 'p');
		await waitForText(app.lastFrame, 'Name of the new case');
		await typeKeys(app.stdin, ' again', KEYS.enter);
		await waitForText(app.lastFrame, `promote ${String(last.workflow_execution_id).slice(0, 8)}`);
	});

	it('asks before cancelling the run, naming it, and cancels only on yes', async () => {
		const { runId, scriptName } = await liveRun();
		app = renderApp({ url: server.url, route: { kind: 'run', runId }, columns: 120, rows: 40 });
		await waitForFrame(app.lastFrame, (f) => f.includes('running') && done(f) >= 1);
		await typeKeys(app.stdin, 'c');
		await waitForText(app.lastFrame, `Cancel run ${runId} (${scriptName})?`);
		await typeKeys(app.stdin, 'n');
		await waitForFrame(app.lastFrame, (f) => !f.includes('Cancel run'));
		expect((await createClient({ baseUrl: server.url }).benchRuns.get(runId))?.status).toBe('running');
		await typeKeys(app.stdin, 'c');
		await waitForText(app.lastFrame, `Cancel run ${runId}`);
		await typeKeys(app.stdin, 'y');
		await waitForText(app.lastFrame, '⊘ canceled');
	});

	it('refuses to cancel in read-only mode', async () => {
		const { runId } = await liveRun(50);
		app = renderApp({ url: server.url, route: { kind: 'run', runId }, columns: 120, rows: 40, readOnly: true });
		await waitForText(app.lastFrame, 'running');
		await typeKeys(app.stdin, 'c');
		await waitForText(app.lastFrame, 'read-only');
		expect(app.lastFrame()).not.toContain('Cancel run');
		await createClient({ baseUrl: server.url }).benchRuns.cancel(runId);
	});

	it.each([
		[60, 15],
		[80, 24],
	])('fits a live run into %i×%i: header lines truncated (status first), never wrapped, within rows − 1', async (columns, rows) => {
		const { runId, scriptName } = await liveRun();
		app = renderApp({ url: server.url, route: { kind: 'run', runId }, columns, rows });
		await waitForFrame(app.lastFrame, (f) => f.includes(scriptName) && f.includes('shown · following') && done(f) >= 3);
		await typeKeys(app.stdin, KEYS.enter);
		const frame = await waitForText(app.lastFrame, /^status {2,}ok/m);
		const lines = frame.split('\n');
		const header = lines.findIndex((line) => line.startsWith(`run ${runId}`));
		expect(lines[header]).toMatch(new RegExp(`^run ${runId} {2}. running {2}${scriptName}`));
		expect(lines[header + 1]).toMatch(/^\S+ \d+\/400 {2}✓ \d+ ok/);
		expect(lines[header + 2]).toMatch(/^mean \S+( {2}p50 \S+ p95 \S+)? {2}cost \S+/);
		expect(lines[header + 2]).toContain(columns >= 80 ? 'elapsed' : 'ETA');
		await createClient({ baseUrl: server.url }).benchRuns.cancel(runId);
		await waitForText(app.lastFrame, '⊘ canceled');
		for (const each of app.frames) {
			const drawn = each.split('\n');
			expect(drawn.length).toBeLessThanOrEqual(rows - 1);
			for (const line of drawn) expect([...line].length).toBeLessThanOrEqual(columns);
		}
	});

	it('shows reconnecting and stale-since while the server is unreachable, then goes live again', async () => {
		const { runId } = await liveRun();
		proxy = await startSseProxy({ upstream: server.url });
		app = renderApp({ url: proxy.url, route: { kind: 'run', runId }, columns: 120, rows: 40 });
		await waitForFrame(app.lastFrame, (f) => f.includes('● live') && done(f) >= 1);
		await proxy.stop();
		const frame = await waitForText(app.lastFrame, /reconnecting \(attempt \d+\) · stale since \d\d:\d\d:\d\d/);
		expect(frame).not.toContain('● live');
		await proxy.start();
		await waitForText(app.lastFrame, '● live', 15_000);
	});
});
