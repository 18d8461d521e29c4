// The inspector on a 1 MB workflow output: the model (sections, layout wrapped at 120 and 60 columns, search) and
// the real App opening it full screen and answering keys. Target: no key waits more than one frame (≤ 33 ms at
// Ink's 30 fps) — a scroll, a page, a jump to the end, the next search hit. The run, its results and the bench's
// cases come from the embedded server; a tiny proxy swaps the result's workflow_output for the 1 MB one.
import { loadavg } from 'node:os';
import { startServer } from '../source/server/index.js';
import { inspectorSections, layoutInspector } from '../source/state/inspector.js';
import { findHits } from '../source/state/inspector-search.js';
import type { BenchResult, Json } from '../source/wire/types.js';
import { startOutputProxy } from '../test/helpers/output-proxy.js';
import { renderApp } from '../test/helpers/render-view.js';
import { stampFrames } from './frame-stamps.js';

const WORDS = ['invoice', 'total', 'amount', 'customer', 'delivery', 'order', 'refund', 'status', 'pending', 'shipped'];
/** About 1 MB of JSON: 4 000 records with a 220-character text each (and a needle in the last one). */
function bigOutput(): Json {
	const chunks = Array.from({ length: 4_000 }, (_, i) => ({
		id: i,
		text: Array.from({ length: 30 }, (_, w) => WORDS[(i * 7 + w) % WORDS.length]).join(' ') + (i === 3_999 ? ' needle' : ''),
		score: (i % 100) / 100,
	}));
	return { summary: 'a very long output', chunks };
}

const output = bigOutput();
const bytes = JSON.stringify(output).length;

const demo = await startServer({ data: 'empty', pace: 0 });
const seeded = demo.seedBench({ cases: 1, runs: 1 });
const runId = seeded.runIds[0];
const proxy = await startOutputProxy(demo.url, runId, output);
const { url } = proxy;

// ---- the model alone ----
const [result] = (await (await fetch(`${url}/bench-runs/${runId}/results`)).json()) as BenchResult[];
const time = (work: () => unknown, runs = 5) => {
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		work();
		samples.push(performance.now() - start);
	}
	return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
};
const sections = inspectorSections({ result, benchCase: 'missing' });
const sectionsMs = time(() => inspectorSections({ result, benchCase: 'missing' }));
const wrapped120 = layoutInspector(sections, 119, true);
const layout120Ms = time(() => layoutInspector(sections, 119, true));
const layout60Ms = time(() => layoutInspector(sections, 59, true));
const unwrappedMs = time(() => layoutInspector(sections, 119, false));
const searchMs = time(() => findHits(wrapped120.lines, 'needle'));
const searchManyMs = time(() => findHits(wrapped120.lines, 'order'));

// ---- the App: open full screen, then keys ----
const app = renderApp({ url, route: { kind: 'inspect', runId, caseId: result.case_id }, columns: 120, rows: 40 });
const { frameAfter } = stampFrames(app, 20_000);
const openStart = performance.now();
const opened = (await frameAfter(0, (f) => /case \(1\/4\) · line 1\//.test(f))) - openStart;

const lineOf = (frame: string) => /· line (\d+)\//.exec(frame)?.[1];
async function press(key: string, expect: (frame: string) => boolean): Promise<number> {
	await new Promise((resolve) => setTimeout(resolve, 30));
	const start = performance.now();
	app.stdin.write(key);
	return (await frameAfter(start, expect)) - start;
}
const moved = (key: string) => {
	const before = lineOf(app.lastFrame());
	return press(key, (f) => lineOf(f) !== undefined && lineOf(f) !== before);
};
// Keys while the rest of the output is still being laid out (slices between keys), then once it is done.
const duringLayout: number[] = [];
for (let i = 0; i < 3 && app.lastFrame().includes('laying out'); i++) duringLayout.push(await moved('j'));
const laidOut = (await frameAfter(0, (f) => /line \d+\/\d+ {2}/.test(f) && !f.includes('laying out'))) - openStart;
const keys: Record<string, number[]> = { 'j (line)': [], 'space (page)': [], 'G (end)': [], 'g (top)': [], 'n (next hit)': [] };
for (let i = 0; i < 5; i++) {
	keys['j (line)'].push(await moved('j'));
	keys['space (page)'].push(await moved(' '));
	keys['G (end)'].push(await moved('G'));
	keys['g (top)'].push(await moved('g'));
}
await press('/', (f) => /^\//m.test(f));
app.stdin.write('order');
await new Promise((resolve) => setTimeout(resolve, 50));
await press('\r', (f) => /"order" 1\/\d+/.test(f));
for (let i = 0; i < 5; i++) {
	const before = /"order" (\d+)\//.exec(app.lastFrame())?.[1];
	keys['n (next hit)'].push(await press('n', (f) => /"order" (\d+)\//.exec(f)?.[1] !== before));
}
const wrapOff = await press('w', (f) => f.includes('no wrap'));
const wrapOn = await press('w', (f) => !f.includes('no wrap') && /line 1\//.test(f));

app.unmount();
await proxy.close();
await demo.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${value.toFixed(1)} ms`;
const lines = [
	`workflow output: ${(bytes / 1024 / 1024).toFixed(2)} MB of JSON, ${wrapped120.lines.length} display lines at 120 columns`,
	`model: sections ${ms(sectionsMs)} · layout wrapped at 120 ${ms(layout120Ms)} · at 60 ${ms(layout60Ms)} · unwrapped ${ms(unwrappedMs)}`,
	`model: search "needle" (1 hit) ${ms(searchMs)} · "order" (${findHits(wrapped120.lines, 'order').length} hits) ${ms(searchManyMs)}`,
	`app: open (fetch, parse, sections, first slice, first frame) ${ms(opened)} · whole layout done ${ms(laidOut)}`,
	`app: key j while laying out: ${duringLayout.length ? duringLayout.map(ms).join(', ') : '(layout done before the first key)'}`,
	...Object.entries(keys).map(([key, samples]) => `app: key ${key}: median ${ms(median(samples))}, worst ${ms(Math.max(...samples))}`),
	`app: w (re-layout) off ${ms(wrapOff)}, on ${ms(wrapOn)}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
const worstKey = Math.max(...Object.values(keys).flat());
process.stdout.write(`load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores (figures scale with it)\n`);
process.stdout.write(`target: every scroll/search key ≤ 33 ms (one frame at 30 fps): ${worstKey <= 33 ? 'met' : 'NOT met'} (worst ${ms(worstKey)})\n`);
