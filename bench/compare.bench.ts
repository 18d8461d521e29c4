// The compare view with 50 000 cases: time from the compare response to the first frame showing the table, and
// time per keypress (sort, quick filter, text filter, page down) until the frame that reflects it.
// Targets: ≤ 1 s to open, ≤ 50 ms per keypress. The report is synthetic, served by a tiny node:http server and
// read through the real client; the real App renders it into an in-memory terminal. That terminal runs Ink in debug
// mode (every commit is drawn, none coalesced by maxFps), so a keypress pays for each frame its renders produce.
import { startServer } from '../source/server/index.js';
import { CompareModel, SORT_KEYS } from '../source/state/compare.js';
import { KEYS, renderApp } from '../test/helpers/render-view.js';
import { serveReport, syntheticReport } from '../test/ui/compare/synthetic-report.js';
import { stampFrames } from './frame-stamps.js';

const SIZE = 50_000;
const server = await serveReport(syntheticReport(SIZE));
const app = renderApp({ url: server.url, route: { kind: 'compare', runA: 1, runB: 2 }, columns: 120, rows: 40 });

const { stamps, frameAfter } = stampFrames(app);

const opened = await frameAfter(0, (f) => new RegExp(`^1/${SIZE} `, 'm').test(f));
const openMs = opened - server.lastCompareSentAt();

async function press(key: string, expect: (frame: string) => boolean): Promise<number> {
	await new Promise((resolve) => setTimeout(resolve, 20));
	const start = performance.now();
	app.stdin.write(key);
	return (await frameAfter(start, expect)) - start;
}

// A person takes a moment before the first key: the view sorts the other keys in that idle time.
await new Promise((resolve) => setTimeout(resolve, 1000));

/** A key that moves the selection: time until a frame shows the new position. */
const positionIn = (frame: string) => /^(\d+)\/50000 /m.exec(frame)?.[1];
function pressMoving(key: string): Promise<number> {
	const before = positionIn(app.lastFrame());
	return press(key, (f) => positionIn(f) !== undefined && positionIn(f) !== before);
}

const sortLabels = ['sort Δ cost', 'sort score A', 'sort score B', 'sort label', 'sort Δ score'];
const sortFirst: number[] = [];
for (const label of sortLabels) sortFirst.push(await press('o', (f) => f.includes(label) && !f.includes(`${label} (reversed)`)));
const sortCached: number[] = [];
for (const label of sortLabels) sortCached.push(await press('o', (f) => f.includes(label) && !f.includes(`${label} (reversed)`)));
const reverse = await press('O', (f) => f.includes('(reversed)'));
await press('O', (f) => !f.includes('(reversed)'));

const filters: number[] = [];
for (const [key, label] of [['1', 'show regressed'], ['2', 'show improved'], ['5', 'show cost regressed'], ['0', 'show all']] as const)
	filters.push(await press(key, (f) => f.includes(label)));

const downs: number[] = [];
for (let i = 0; i < 10; i++) downs.push(await pressMoving('j'));

// Frames the App draws for one key (each a full Ink render of the 120×40 screen).
await new Promise((resolve) => setTimeout(resolve, 100));
const framesBefore = stamps.length;
app.stdin.write('k');
await new Promise((resolve) => setTimeout(resolve, 300));
const framesPerKey = stamps.length - framesBefore;

const pages: number[] = [];
for (let i = 0; i < 10; i++) pages.push(await pressMoving(KEYS.pgdn));
const jumps: number[] = [];
for (let i = 0; i < 5; i++) jumps.push(await pressMoving(']'));

const text = await press('/', (f) => /^\//m.test(f));
const typed = await press('invoice', (f) => /^\d+\/(\d+) /m.exec(f)?.[1] !== String(SIZE));

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const stats = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return `median ${fmt(sorted[Math.floor(sorted.length / 2)])}, max ${fmt(sorted[sorted.length - 1])}`;
};
const out = (line: string) => process.stdout.write(`${line}\n`);
out(`compare view, ${SIZE} cases (targets: open ≤ 1000 ms, keypress ≤ 50 ms)`);
out(`  open (compare response sent → first table frame): ${fmt(openMs)}`);
out(`  sort key, first use of each, 1 s after open (o):  ${stats(sortFirst)}`);
out(`  sort key, cached (o):                             ${stats(sortCached)}`);
out(`  reverse sort (O):                                 ${fmt(reverse)}`);
out(`  quick filter (1, 2, 5, 0):                        ${stats(filters)}`);
out(`  one row down (j ×10, the frame-drawing floor):   ${stats(downs)}`);
out(`  frames drawn for one key (k):                     ${framesPerKey}`);
out(`  page down (×10):                                  ${stats(pages)}`);
out(`  next regression (] ×5):                           ${stats(jumps)}`);
out(`  open text filter (/):                             ${fmt(text)}`);
out(`  type "invoice" into the text filter (7 keys):     ${fmt(typed)}`);

// The model alone (no rendering), on a fresh instance.
const report = syntheticReport(SIZE);
const time = (task: () => unknown) => {
	const start = performance.now();
	task();
	return performance.now() - start;
};
let model!: CompareModel;
const construct = time(() => (model = new CompareModel(report)));
const sorts = SORT_KEYS.map((key) => `${key} ${fmt(time(() => model.sortOrder(key)))}`).join(', ');
const reversed = time(() => model.sortOrder('delta', true));
const quick = time(() => model.rows({ sort: 'delta', reversed: false, filter: 'regressed', text: '' }));
const needle = time(() => model.rows({ sort: 'delta', reversed: false, filter: 'all', text: 'invoice' }));
out(`  model only: build ${fmt(construct)}; first sort ${sorts}; reverse ${fmt(reversed)}; quick filter ${fmt(quick)}; text filter ${fmt(needle)}`);

app.unmount();
await server.close();

// The same size through the embedded server: 50 000 seeded cases, two finished runs. Measured from mounting the view
// (so it includes the server computing the comparison and two run lookups) to the first table frame.
const embedded = await startServer({ data: 'empty', pace: 0 });
const seeded = embedded.seedBench({ cases: SIZE, runs: 2 });
const mountedAt = performance.now();
const real = renderApp({ url: embedded.url, route: { kind: 'compare', runA: seeded.runIds[0], runB: seeded.runIds[1] }, columns: 120, rows: 40 });
while (!new RegExp(`^1/${SIZE} `, 'm').test(real.lastFrame())) await new Promise((resolve) => setTimeout(resolve, 5));
out(`  embedded server, ${SIZE} seeded cases: mount → first table frame ${fmt(performance.now() - mountedAt)} (server compare included)`);
real.unmount();
await embedded.close();
process.exit(0);
