// The case history of a bench with 5 000 cases and 30 finished runs (150 000 results), through the embedded server and
// the real client, rendered by the real App into an in-memory 200×50 terminal: time to the first matrix frame, to the
// first column of results and to the full load, cold (network) and warm (disk cache); time per key in the matrix
// (j, sort, state filter, text filter); the model alone; RSS. Ink runs in debug mode (every commit drawn).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../source/server/index.js';
import { createClient } from '../source/client/index.js';
import { ResultCache } from '../source/io/history-cache.js';
import { listCompletedRuns, listHistoryCases, loadHistoryColumns } from '../source/io/history-loader.js';
import { HistoryModel, SORT_KEYS, type HistoryColumn } from '../source/state/history.js';
import { renderApp } from '../test/helpers/render-view.js';
import { stampFrames } from './frame-stamps.js';

const CASES = 5_000;
const RUNS = 30;
const cacheHome = mkdtempSync(join(tmpdir(), 'bench-tui-history-bench-'));
process.env.XDG_CACHE_HOME = cacheHome;

const server = await startServer({ data: 'empty', pace: 0 });
const seededAt = performance.now();
const seeded = server.seedBench({ cases: CASES, runs: RUNS, scriptName: 'history-load' });
const seedMs = performance.now() - seededAt;

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
const out = (line: string) => process.stdout.write(`${line}\n`);
const stats = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return `median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
};

const tableFrame = (f: string) => new RegExp(`^\\d+/${CASES} `, 'm').test(f) && /history-load/.test(f);
const firstColumn = (f: string) => tableFrame(f) && (/ ([1-9]\d*)\/30 runs/.test(f) || loaded(f));
const loaded = (f: string) => new RegExp(`^\\d+/${CASES} +30 runs ·`, 'm').test(f);

/** Opens the view; returns the app and the times (from mount) of the first table frame, first column, full load. */
async function open() {
	const app = renderApp({ url: server.url, route: { kind: 'history', projectId: seeded.projectId, script: 'history-load' }, columns: 200, rows: 50 });
	const { frameAfter } = stampFrames(app, 120_000);
	const mounted = performance.now();
	const at = (predicate: (f: string) => boolean, since = mounted) => frameAfter(since, predicate);
	const table = (await at(tableFrame)) - mounted;
	const column = (await at(firstColumn)) - mounted;
	const full = (await at(loaded)) - mounted;
	return { app, at, table, column, full };
}

const cold = await open();
out(`case history, ${CASES} cases × ${RUNS} runs (${CASES * RUNS} results; seeded in ${fmt(seedMs)})`);
out(`  cold (network, 4 runs at a time): first matrix frame ${fmt(cold.table)}, first column of results ${fmt(cold.column)}, full load ${fmt(cold.full)}`);
cold.app.unmount();

const warm = await open();
out(`  warm (disk cache):                 first matrix frame ${fmt(warm.table)}, first column of results ${fmt(warm.column)}, full load ${fmt(warm.full)}`);

// Keys in the loaded matrix: time from the key to the frame that shows its effect.
const { app, at } = warm;
async function press(key: string, expect: (frame: string) => boolean): Promise<number> {
	await new Promise((resolve) => setTimeout(resolve, 20));
	const start = performance.now();
	app.stdin.write(key);
	return (await at(expect, start)) - start;
}
const position = (f: string) => new RegExp(`^(\\d+)/${CASES} `, 'm').exec(f)?.[1];
const downs: number[] = [];
for (let i = 0; i < 10; i++) {
	const before = position(app.lastFrame());
	downs.push(await press('j', (f) => position(f) !== undefined && position(f) !== before));
}
const sorts: number[] = [];
for (const key of [...SORT_KEYS.slice(1), SORT_KEYS[0]]) sorts.push(await press('s', (f) => f.includes(`sort ${key === 'change' ? 'latest change' : key}`)));
const filters: number[] = [];
for (const label of ['flaky', 'broke', 'fixed', 'stable fail', 'stable pass', 'not run', 'all']) filters.push(await press('f', (f) => f.includes(`show ${label}`)));
const slash = await press('/', (f) => /^\//m.test(f));
const typed = await press('case 42', (f) => !new RegExp(`^\\d+/${CASES} `, 'm').test(f) && /^\d+\/\d+ /m.test(f));
app.unmount();
out(`  one row down (j ×10):              ${stats(downs)}`);
out(`  sort (s, each key):                ${stats(sorts)}`);
out(`  state filter (f, each state):      ${stats(filters)}`);
out(`  open the text filter (/):          ${slash.toFixed(1)} ms; type "case 42" (7 keys): ${typed.toFixed(1)} ms`);

// The model alone, from the cache.
const client = createClient({ baseUrl: server.url });
const runs = await listCompletedRuns(client, seeded.projectId, 'history-load', RUNS);
const cases = await listHistoryCases(client, seeded.projectId, 'history-load');
const columns: HistoryColumn[] = runs.map((run) => ({ run }));
await loadHistoryColumns(client, new ResultCache(join(cacheHome, 'bench-tui')), runs, {
	onColumn(runId, column) {
		if ('data' in column) columns[runs.findIndex((r) => r.id === runId)] = { run: columns.find((c) => c.run.id === runId)!.run, data: column.data };
	},
});
const time = (task: () => unknown) => {
	const start = performance.now();
	task();
	return performance.now() - start;
};
let model!: HistoryModel;
const build = time(() => (model = new HistoryModel(cases, columns)));
const sortTimes = SORT_KEYS.map((key) => `${key} ${time(() => model.rows({ sort: key, filter: 'all', text: '' })).toFixed(1)} ms`).join(', ');
const filterTime = time(() => model.rows({ sort: 'state', filter: 'flaky', text: '' }));
out(`  model only: build ${fmt(build)}; first sort ${sortTimes}; state filter ${filterTime.toFixed(1)} ms`);
out(`  RSS after both opens: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`);

await server.close();
rmSync(cacheHome, { recursive: true, force: true });
process.exit(0);
