// How many frames a key costs. Every React commit is a full frame Ink draws (and, over SSH, sends); a key that
// changes the screen must cost exactly one, including keys typed faster than the app draws. Counts, not times:
// the test terminal runs Ink in debug mode, which writes every commit, none coalesced.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../../source/server/index.js';
import { KEYS, renderApp, waitForFrame, waitForText, type RenderedApp } from '../../helpers/render-view.js';
import { serveReport, syntheticReport, type ReportServer } from '../compare/synthetic-report.js';

const CASES = 2_000;
let demo: RunningServer;
let report: ReportServer;
let app: RenderedApp | undefined;
beforeAll(async () => {
	demo = await startServer({ data: 'demo', pace: 0 });
	report = await serveReport(syntheticReport(CASES));
});
afterAll(async () => {
	await demo.close();
	await report.close();
});
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until no frame has been drawn for `quietMs` (loading done, nothing pending). */
async function settle(rendered: RenderedApp, quietMs = 150): Promise<void> {
	for (let count = -1; count !== rendered.frames.length; ) {
		count = rendered.frames.length;
		await sleep(quietMs);
	}
}

/** Writes `data` (one key, or several in one go) and returns the number of frames it caused once `shows` holds. */
async function framesFor(rendered: RenderedApp, data: string[], shows: (frame: string) => boolean): Promise<number> {
	await settle(rendered);
	const before = rendered.frames.length;
	for (const each of data) rendered.stdin.write(each);
	await waitForFrame(rendered.lastFrame, shows);
	await settle(rendered);
	return rendered.frames.length - before;
}

const position = (frame: string) => Number(new RegExp(`^(\\d+)/${CASES} `, 'm').exec(frame)?.[1]);
const selectedLine = (frame: string) => frame.split('\n').find((line) => line.startsWith('›'));

describe('frames per key', () => {
	test('compare view: moving, paging, sorting and filtering each draw one frame', async () => {
		app = renderApp({ url: report.url, route: { kind: 'compare', runA: 1, runB: 2 }, columns: 120, rows: 40 });
		await waitForText(app.lastFrame, (f) => position(f) === 1);
		const current = app;
		const moved = (from: number) => (f: string) => position(f) !== from;

		expect(await framesFor(current, ['j'], moved(1))).toBe(1);
		expect(await framesFor(current, ['k'], moved(2))).toBe(1);
		expect(await framesFor(current, [KEYS.pgdn], moved(1))).toBe(1);
		expect(await framesFor(current, ['o'], (f) => f.includes('sort Δ cost'))).toBe(1);
		expect(await framesFor(current, ['1'], (f) => f.includes('show regressed'))).toBe(1);
		expect(await framesFor(current, ['0'], (f) => f.includes('show all'))).toBe(1);
	});

	test('keys typed faster than the app draws: each sees what the previous one left, one frame each', async () => {
		app = renderApp({ url: report.url, route: { kind: 'compare', runA: 1, runB: 2 }, columns: 120, rows: 40 });
		await waitForText(app.lastFrame, (f) => position(f) === 1);
		// Three separate writes before any render: the second and third wait for the commit of the one before.
		expect(await framesFor(app, ['j', 'j', 'j'], (f) => position(f) === 4)).toBe(3);
		await settle(app);
		expect(position(app.lastFrame())).toBe(4);
	});

	test('keys read in one chunk (`jj`) are pressed one by one, one frame each', async () => {
		app = renderApp({ url: report.url, route: { kind: 'compare', runA: 1, runB: 2 }, columns: 120, rows: 40 });
		await waitForText(app.lastFrame, (f) => position(f) === 1);
		expect(await framesFor(app, ['jj'], (f) => position(f) === 3)).toBe(2);
		expect(await framesFor(app, ['jjk'], (f) => position(f) === 4)).toBe(3);
		expect(position(app.lastFrame())).toBe(4);
	});

	test('a chunk read while a text field holds the keyboard is typed into it whole', async () => {
		app = renderApp({ url: demo.url, route: { kind: 'benches', projectId: 1 }, columns: 120, rows: 40 });
		await waitForText(app.lastFrame, 'SCORE TREND');
		expect(await framesFor(app, ['/', 'qx'], (f) => /^\/qx/m.test(f))).toBe(2);
		expect(await framesFor(app, [KEYS.esc], (f) => !/^\/qx/m.test(f))).toBe(1);
		// In one chunk: `/` opens the filter, which then takes the rest as text.
		expect(await framesFor(app, ['/qx'], (f) => /^\/qx/m.test(f))).toBe(2);
		expect(await Promise.race([app.quit.then(() => 'quit'), sleep(50).then(() => 'running')])).toBe('running');
	});

	test('list views: moving the selection draws one frame', async () => {
		app = renderApp({ url: demo.url, route: { kind: 'runs', projectId: 1, script: 'summarize' }, columns: 120, rows: 40 });
		await waitForText(app.lastFrame, 'OK/TOTAL');
		const first = selectedLine(await waitForText(app.lastFrame, (f) => selectedLine(f) !== undefined));
		expect(await framesFor(app, ['j'], (f) => selectedLine(f) !== first)).toBe(1);
		expect(await framesFor(app, ['k'], (f) => selectedLine(f) === first)).toBe(1);
	});

	test('run feed: moving off and back onto the last row (follow mode) draws one frame each', async () => {
		const bench = demo.seedBench({ cases: 25, runs: 1 });
		app = renderApp({ url: demo.url, route: { kind: 'run', runId: bench.runIds[0] }, columns: 120, rows: 40 });
		// The selection is drawn inverse (no glyph); the detail pane beside the list names the selected case.
		const detailOf = (f: string) => /│ case (case \d+)/.exec(f)?.[1];
		await waitForFrame(app.lastFrame, (f) => f.includes('25/25 shown') && detailOf(f) === 'case 25');
		expect(await framesFor(app, ['k'], (f) => detailOf(f) === 'case 24')).toBe(1);
		expect(await framesFor(app, ['j'], (f) => detailOf(f) === 'case 25')).toBe(1);
		expect(await framesFor(app, ['k'], (f) => detailOf(f) === 'case 24')).toBe(1);
		expect(await framesFor(app, ['G'], (f) => detailOf(f) === 'case 25')).toBe(1);
	});

	test('overlays open and close in one frame; the views below the top are not re-rendered for them', async () => {
		app = renderApp({ url: demo.url, route: { kind: 'runs', projectId: 1, script: 'summarize' }, columns: 120, rows: 40 });
		await waitForText(app.lastFrame, 'OK/TOTAL');
		const commandLine = (f: string) => f.includes('project N · run N');
		expect(await framesFor(app, ['?'], (f) => f.includes('toggle this help'))).toBe(1);
		expect(await framesFor(app, [KEYS.esc], (f) => f.includes('OK/TOTAL'))).toBe(1);
		expect(await framesFor(app, [':'], commandLine)).toBe(1);
		expect(await framesFor(app, [KEYS.esc], (f) => !commandLine(f))).toBe(1);
	});

	test('a text field opened by a key takes the very next keys, with no frame of its own', async () => {
		app = renderApp({ url: demo.url, route: { kind: 'benches', projectId: 1 }, columns: 120, rows: 40 });
		await waitForText(app.lastFrame, 'SCORE TREND');
		// `q` would quit if it reached the global keys before the filter field took the keyboard.
		expect(await framesFor(app, ['/', 'q', 'x'], (f) => /^\/qx/m.test(f))).toBe(3);
		expect(await framesFor(app, [KEYS.esc], (f) => !/^\/qx/m.test(f))).toBe(1);
		expect(await Promise.race([app.quit.then(() => 'quit'), sleep(50).then(() => 'running')])).toBe('running');
	});
});
