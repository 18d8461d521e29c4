// The compare view as a diff a reviewer trusts, against the demo server: a cache hit beside an executed result says
// the output was not stored (nothing drawn as added), verdict flips are shown and filtered, and a noise threshold
// turns a −1.0 case from regressed to unchanged — in the view (t) and in `bench-tui compare --threshold`.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../source/client/index.js';
import { startServer, type RunningServer } from '../../../source/server/index.js';
import type { CompareReport } from '../../../source/wire/types.js';
import { applyThreshold } from '../../../source/state/compare-threshold.js';
import { flipOf } from '../../../source/state/compare-verdicts.js';
import { KEYS, renderApp, typeKeys, waitForFrame, waitForText, type RenderedApp } from '../../helpers/render-view.js';
import { ensureBuilt, runCli } from '../../commands/helpers.js';
import { DEMO_NOW } from './demo.js';

let server: RunningServer;
let app: RenderedApp | undefined;

beforeAll(async () => {
	ensureBuilt();
	server = await startServer({ pace: 0, demoNow: DEMO_NOW });
});
afterAll(() => server.close());
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** Triggers a run and waits (bounded) until it completed; pace 0 finishes at once. */
async function completedRun(projectId: number, script: string, channel: string): Promise<number> {
	const client = createClient({ baseUrl: server.url });
	const run = await client.benches.triggerRun(projectId, script, { channel });
	const deadline = Date.now() + 20_000;
	while (Date.now() < deadline) {
		if ((await client.benchRuns.get(run.id))?.status === 'completed') return run.id;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`run ${run.id} did not complete`);
}

/** The table row of a case (not the filter line naming it). */
const rowOf = (frame: string, label: string) => frame.split('\n').find((line) => line.includes(label) && !line.startsWith('filter:')) ?? '';

describe('compare case view', () => {
	it('A cache hit vs B executed: the "not stored" line, the inputs once, and no all-added diff', async () => {
		// A production run of classify-ticket is served from the result cache (its version ran before); a draft run
		// (another workflow version) executes. The older run is A.
		const cached = await completedRun(1, 'classify-ticket', 'production');
		const executed = await completedRun(1, 'classify-ticket', 'draft');
		const client = createClient({ baseUrl: server.url });
		const [hits, ran] = await Promise.all([client.benchRuns.listResults(cached), client.benchRuns.listResults(executed)]);
		const hit = hits.find((row) => row.cache_hit && ran.some((other) => other.case_id === row.case_id && other.workflow_output != null))!;
		expect(hit).toBeDefined();
		app = renderApp({ url: server.url, route: { kind: 'compare', runA: cached, runB: executed }, columns: 120, rows: 40 });
		await waitForText(app.lastFrame, `A #${cached}`);
		await typeKeys(app.stdin, '/', hit.case_name!, KEYS.enter);
		await waitForText(app.lastFrame, /1\/1 {2}sort/);
		await typeKeys(app.stdin, KEYS.enter);
		// Both sides' results load on their own: wait for A's note and B's output, not only the first to come.
		const frame = await waitForFrame(app.lastFrame, (f) => f.includes('cache hit: the output was not stored') && / {2}│ \{/.test(f), 10_000);
		expect(frame).toContain('workflow output (not diffed: a side has none)');
		expect(frame).toContain('cache hit: the output was not stored, the score was');
		expect(frame).not.toContain('workflow output (identical)');
		expect(frame.split('\n').filter((line) => line.startsWith('+ '))).toEqual([]);
		// The case's inputs and expected output sit once at the top.
		const top = await waitForText(app.lastFrame, /^ {2}expected_output/m);
		expect(top.split('\n').filter((line) => /^ {2}inputs\b/.test(line))).toHaveLength(1);
		// o opens B's result in the inspector.
		await typeKeys(app.stdin, 'o');
		await waitForText(app.lastFrame, `run ${executed} · case`);
	});

	it('shows verdict flips: a column, a filter (6) and the flip beside the score delta', async () => {
		const client = createClient({ baseUrl: server.url });
		const [report, runA, runB] = await Promise.all([client.benchRuns.compare(3, 4), client.benchRuns.get(3), client.benchRuns.get(4)]);
		const flips = report.per_case.filter((row) => flipOf(row, runA!.pass_threshold, runB!.pass_threshold) !== null);
		expect(flips.length).toBeGreaterThan(0);
		app = renderApp({ url: server.url, route: { kind: 'compare', runA: 3, runB: 4 }, columns: 120, rows: 40 });
		let frame = await waitForText(app.lastFrame, /\d+\/60 {2}sort/);
		expect(frame).toContain(`${flips.length} verdict flips`);
		expect(frame).toMatch(/pass rate \d+% → \d+%/);
		await typeKeys(app.stdin, '6');
		frame = await waitForText(app.lastFrame, `show verdict flipped ${flips.length}`);
		const passToFail = flips.find((row) => row.delta !== null && flipOf(row, 60, 60) === 'pass→fail')!;
		expect(rowOf(frame, passToFail.case_label.slice(0, 30))).toContain('✓→✗');
		await typeKeys(app.stdin, '/', passToFail.case_label, KEYS.enter);
		await waitForText(app.lastFrame, /1\/1 {2}sort/);
		await typeKeys(app.stdin, KEYS.enter);
		frame = await waitForText(app.lastFrame, 'verdict pass → fail');
		expect(frame).toMatch(/Δ -\d+\.\d {2}\(regressed\) {2}verdict pass → fail/);
	});
});

describe('noise threshold', () => {
	const label = 'Invoice INV-1064 — Northwind Traders';
	let report: CompareReport;
	beforeAll(async () => {
		report = await createClient({ baseUrl: server.url }).benchRuns.compare(11, 12);
		const row = report.per_case.find((each) => each.case_label === label)!;
		expect(row).toMatchObject({ delta: -1, flag: 'regressed' });
	});

	it('t 2 in the view turns the −1.0 case from regressed to unchanged, and recounts', async () => {
		app = renderApp({ url: server.url, route: { kind: 'compare', runA: 11, runB: 12 }, columns: 120, rows: 40 });
		await waitForText(app.lastFrame, /\d+\/\d+ {2}sort/);
		await typeKeys(app.stdin, '/', 'INV-1064', KEYS.enter);
		let frame = await waitForText(app.lastFrame, /1\/1 {2}sort/);
		expect(rowOf(frame, 'INV-1064')).toMatch(/▼ -1\.0 regressed/);
		await typeKeys(app.stdin, 't');
		await waitForText(app.lastFrame, 'Noise threshold');
		await typeKeys(app.stdin, KEYS.backspace, '2', KEYS.enter);
		frame = await waitForText(app.lastFrame, 'threshold ±2');
		expect(rowOf(frame, 'INV-1064')).toMatch(/= -1\.0 unchanged/);
		const expected = applyThreshold(report, 2).aggregate;
		expect(frame).toContain(`▼ ${expected.n_regressed} regressed`);
		expect(frame).toContain(`= ${expected.n_unchanged} unchanged`);
		expect(expected.n_regressed).toBeLessThan(report.aggregate.n_regressed);
	});

	it('bench-tui compare --format json --threshold 2 does the same', async () => {
		const env = { AKRIBES_BASE_URL: server.url, AKRIBES_PROJECT_ID: '2' };
		const plain = await runCli(['compare', '11', '12', '--format', 'json'], { env });
		const flagged = JSON.parse(plain.stdout) as CompareReport;
		expect(flagged.per_case.find((row) => row.case_label === label)!.flag).toBe('regressed');
		const quiet = await runCli(['compare', '11', '12', '--format', 'json', '--threshold', '2'], { env });
		expect(quiet.code).toBe(0);
		const json = JSON.parse(quiet.stdout) as CompareReport & { threshold: number };
		expect(json.threshold).toBe(2);
		expect(json.per_case.find((row) => row.case_label === label)!.flag).toBe('unchanged');
		expect(json.aggregate).toEqual(applyThreshold(flagged, 2).aggregate);
		const refused = await runCli(['compare', '11', '12', '--threshold', '-1'], { env });
		expect(refused.code).toBe(2);
			});
});
