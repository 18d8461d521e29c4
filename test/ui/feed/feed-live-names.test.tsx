// Live SSE rows carry only a case id; the feed names them from the bench's cases. Against the embedded server's demo
// data (project 1, script `summarize`, whose cases are named "<topic> — <angle>", see source/server/demo-cases.ts).
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createClient } from '../../../source/client/index.js';
import { startServer, type RunningServer } from '../../../source/server/index.js';
import { KEYS, renderApp, typeKeys, waitForFrame, type RenderedApp } from '../../helpers/render-view.js';

let server: RunningServer;
let app: RenderedApp | undefined;

beforeAll(async () => {
	// 6 results/s: the 60-case run lasts ~10 s, long enough to look at it while it is running.
	server = await startServer({ data: 'demo', pace: 6 });
});
afterAll(() => server.close());
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const done = (frame: string) => Number(/ (\d+)\/60 {2}/.exec(frame)?.[1] ?? 0);
const running = (frame: string) => frame.includes(' running') && !frame.includes('run ended');
/** List rows: a status glyph, a space, then the case label (the terminal is too narrow for a side pane). */
const listRows = (frame: string) => frame.split('\n').filter((line) => /^[✓≡✗↷] /.test(line));
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/;

it('shows readable case names for rows arriving live during a running run, and filters on them', async () => {
	const run = await createClient({ baseUrl: server.url }).benches.triggerRun(1, 'summarize', { channel: 'draft' });
	app = renderApp({ url: server.url, route: { kind: 'run', runId: run.id }, columns: 100, rows: 40 });
	// Opened as the run starts, so nearly every row reaches the feed live (not from the /results backfill).
	const frame = await waitForFrame(app.lastFrame, (f) => running(f) && done(f) >= 12, 15_000);
	const rows = listRows(frame);
	expect(rows.length).toBeGreaterThanOrEqual(12);
	expect(rows.filter((row) => UUID.test(row))).toEqual([]);
	expect(frame).toContain('Quarterly earnings call — short recap');
	expect(frame).toContain('Customer interview — detailed notes');
	expect(frame).toContain('shown · following');

	await typeKeys(app.stdin, '/', 'hiring plan', KEYS.enter);
	const filtered = await waitForFrame(app.lastFrame, (f) => running(f) && listRows(f).length === 3, 15_000);
	expect(filtered).toContain('filter: hiring plan');
	expect(listRows(filtered).map((row) => row.slice(2, 40).trim())).toEqual([
		'Hiring plan — short recap',
		'Hiring plan — detailed notes',
		'Hiring plan — action items',
	]);
});
