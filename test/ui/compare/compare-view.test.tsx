// The compare view against the embedded demo server: summarize runs 3 ("v2 prompt") and 4 ("shorter prompt
// experiment", which regresses and costs more); run 7 belongs to another bench.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../source/client/index.js';
import type { BenchResult, CompareReport } from '../../../source/wire/types.js';
import { HOSTILE_ERROR } from '../../../source/server/demo-data.js';
import { startServer, type RunningServer } from '../../../source/server/index.js';
import { formatPercent, formatSigned, formatSignedUsd } from '../../../source/state/format.js';
import { fit } from '../../../source/look/text.js';
import { sanitize } from '../../../source/look/sanitize.js';
import type { Route } from '../../../source/ui/routes.js';
import { labelWidth } from '../../../source/ui/components/compare/CompareTable.js';
import { KEYS, renderApp, typeKeys, waitForFrame, waitForText, type RenderedApp } from '../../helpers/render-view.js';
import { DEMO_NOW } from './demo.js';

let server: RunningServer;
let report: CompareReport;
let resultsA: BenchResult[];
let resultsB: BenchResult[];
let app: RenderedApp | undefined;
const tmp = mkdtempSync(join(tmpdir(), 'compare-view-'));

beforeAll(async () => {
	server = await startServer({ data: 'demo', pace: 0, demoNow: DEMO_NOW });
	const client = createClient({ baseUrl: server.url });
	[report, resultsA, resultsB] = await Promise.all([client.benchRuns.compare(3, 4), client.benchRuns.listResults(3), client.benchRuns.listResults(4)]);
});
afterEach(() => {
	app?.unmount();
	app = undefined;
});
afterAll(async () => {
	await server.close();
	rmSync(tmp, { recursive: true, force: true });
});

const pause = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the route and waits until the table is drawn and its keys are live. */
async function open(route: Route, text: string | RegExp = /\d+\/60\b/): Promise<RenderedApp> {
	app = renderApp({ url: server.url, route, columns: 120, rows: 40 });
	await waitForText(app.lastFrame, text);
	await pause();
	return app;
}

const statusLine = (frame: string) => frame.split('\n').find((line) => /^\d+\/\d+ {2}sort /.test(line)) ?? '';
const position = (frame: string) => /^(\d+)\/(\d+)/.exec(statusLine(frame))?.slice(1).map(Number);
const selectedLine = (frame: string) => frame.split('\n').find((line) => line.startsWith('›')) ?? '';
const tableLines = (frame: string) => {
	const lines = frame.split('\n');
	const header = lines.findIndex((line) => line.trimStart().startsWith('case ') && line.includes('score A'));
	return lines.slice(header + 1).filter((line) => /^[› ] \S/.test(line));
};
const labelOf = (caseId: string) => report.per_case.find((row) => row.case_id === caseId)!.case_label;
/** The label as the table shows it at 120 columns. */
const shown = (label: string) => fit(sanitize(label), labelWidth(120)).trimEnd();

async function press(keys: string[], until: (frame: string) => boolean) {
	await typeKeys(app!.stdin, ...keys);
	return waitForFrame(app!.lastFrame, until);
}

describe('compare view on the demo server', () => {
	it('takes the older run as A and shows the server aggregate in the header', async () => {
		const { lastFrame } = await open({ kind: 'compare', runA: 4, runB: 3 });
		const frame = lastFrame();
		const agg = report.aggregate;
		expect(frame).toMatch(/^A #3 summarize · production/m);
		expect(frame).toMatch(/^B #4 summarize · draft/m);
		expect(frame).toMatch(new RegExp(`Mean A \\d+\\.\\d\\d → B \\d+\\.\\d\\d  Δ ▼ ${formatSigned(agg.mean_score_delta, 2)}`));
		expect(frame).toContain(`▼ ${agg.n_regressed} regressed`);
		expect(frame).toContain(`▲ ${agg.n_improved} improved`);
		expect(frame).toContain(`= ${agg.n_unchanged} unchanged`);
		expect(frame).toContain(`Cost Δ ${formatSignedUsd(agg.cost_delta_usd)} (${formatPercent(agg.cost_delta_pct)})`);
		expect(agg.cost_regression).toBe(true);
		expect(frame).toContain('⚠ cost regression');
		// Two histograms, one per run.
		expect(frame).toMatch(/^.* {2}A [ ▁▂▃▄▅▆▇█]+/m);
		expect(frame).toMatch(/^.* {2}B [ ▁▂▃▄▅▆▇█]+/m);
		expect(position(frame)).toEqual([1, 60]);
	});

	it('lists the worst regression first, failures without a score before the largest drop', async () => {
		const { lastFrame } = await open({ kind: 'compare', runA: 3, runB: 4 });
		const scored = report.per_case.filter((row) => row.flag === 'regressed' && row.delta !== null).sort((x, y) => x.delta! - y.delta!);
		const unscored = report.per_case.filter((row) => row.flag === 'regressed' && row.delta === null);
		const lines = tableLines(lastFrame());
		expect(lines[0]).toContain(shown(unscored[0]?.case_label ?? scored[0].case_label));
		expect(lines[unscored.length]).toContain(shown(scored[0].case_label));
		expect(lines[unscored.length]).toContain(`▼ ${formatSigned(scored[0].delta)}`);
	});

	it('sorts by label and jumps to the next and previous regression', async () => {
		await open({ kind: 'compare', runA: 3, runB: 4 });
		const byLabel = report.per_case
			.map((row, index) => ({ row, index }))
			.sort((x, y) => {
				const a = x.row.case_label.toLowerCase();
				const b = y.row.case_label.toLowerCase();
				return a < b ? -1 : a > b ? 1 : x.index - y.index;
			})
			.map(({ row }) => row);
		const regressions = byLabel.flatMap((row, i) => (row.flag === 'regressed' ? [i] : []));

		await press(['o', 'o', 'o', 'o'], (f) => statusLine(f).includes('sort label '));
		let frame = await press(['g'], (f) => position(f)?.[0] === 1);
		expect(selectedLine(frame)).toContain(shown(byLabel[0].case_label));

		const first = regressions.find((i) => i > 0)!;
		frame = await press([']'], (f) => position(f)?.[0] === first + 1);
		expect(selectedLine(frame)).toContain(shown(byLabel[first].case_label));
		expect(selectedLine(frame)).toContain('regressed');

		const second = regressions[regressions.indexOf(first) + 1];
		frame = await press([']'], (f) => position(f)?.[0] === second + 1);
		expect(selectedLine(frame)).toContain(shown(byLabel[second].case_label));

		frame = await press(['['], (f) => position(f)?.[0] === first + 1);
		expect(selectedLine(frame)).toContain(shown(byLabel[first].case_label));
		// From the first row, `[` wraps to the last regression.
		frame = await press(['g', '['], (f) => position(f)?.[0] === regressions.at(-1)! + 1);
		expect(selectedLine(frame)).toContain(shown(byLabel[regressions.at(-1)!].case_label));

		// Reversing keeps the selected case; g goes to the new first row, the last label.
		frame = await press(['O'], (f) => statusLine(f).includes('sort label (reversed)'));
		expect(selectedLine(frame)).toContain(shown(byLabel[regressions.at(-1)!].case_label));
		frame = await press(['g'], (f) => position(f)?.[0] === 1);
		expect(selectedLine(frame)).toContain(shown(byLabel.at(-1)!.case_label));
	});

	it('filters by flag, by cost regression and by text', async () => {
		const { lastFrame } = await open({ kind: 'compare', runA: 3, runB: 4 });
		const count = (flag: string) => report.per_case.filter((row) => row.flag === flag).length;

		let frame = await press(['1'], (f) => statusLine(f).includes(`show regressed ${count('regressed')}`));
		expect(position(frame)).toEqual([1, count('regressed')]);
		expect(tableLines(frame).every((line) => line.includes('regressed'))).toBe(true);

		frame = await press(['2'], (f) => statusLine(f).includes(`show improved ${count('improved')}`));
		expect(tableLines(frame).every((line) => line.includes('improved'))).toBe(true);

		const costRegressed = report.per_case.filter((row) => row.cost_flag === 'cost_regressed').length;
		frame = await press(['5'], (f) => statusLine(f).includes(`show cost regressed ${costRegressed}`));
		expect(position(frame)?.[1]).toBe(costRegressed);
		expect(tableLines(frame).every((line) => line.includes('▲ more'))).toBe(true);

		frame = await press(['0', '/'], (f) => statusLine(f).includes('show all 60') && /^\/$/m.test(f.replace(/ +$/gm, '')));
		expect(position(frame)?.[1]).toBe(60);
		const legal = report.per_case.filter((row) => row.case_label.toLowerCase().includes('legal update'));
		frame = await press(['legal update', KEYS.enter], (f) => position(f)?.[1] === legal.length);
		expect(tableLines(frame)).toHaveLength(legal.length);
		expect(tableLines(frame).every((line) => line.includes('Legal update'))).toBe(true);
		expect(lastFrame()).toContain('filter: legal update');
	});

	it('swaps A and B by fetching the reverse comparison; the breadcrumb follows', async () => {
		const reverse = await createClient({ baseUrl: server.url }).benchRuns.compare(4, 3);
		// Asked in the other order, the older run is still the baseline, and the breadcrumb says so once loaded.
		const { lastFrame } = await open({ kind: 'compare', runA: 4, runB: 3 });
		await waitForText(lastFrame, 'compare 3…4');
		const before = selectedLine(await press(['j', 'j', 'j'], (f) => position(f)?.[0] === 4)).slice(2, 30);
		const frame = await press(['s'], (f) => /^A #4/m.test(f));
		expect(frame).toMatch(/^B #3/m);
		expect(frame.split('\n')[0]).toContain('compare 4…3');
		// The new report has other rows in another order: the selection follows the case by its id.
		expect(selectedLine(frame).slice(2, 30)).toBe(before);
		expect(position(frame)?.[0]).not.toBe(4);
		expect(frame).toContain(`Δ ▲ ${formatSigned(reverse.aggregate.mean_score_delta, 2)}`);
		expect(frame).toContain(`▼ ${reverse.aggregate.n_regressed} regressed`);
		expect(frame).not.toContain('⚠ cost regression');
	});

	it('opens a case side by side with the changed output marked, and Esc returns to the same row', async () => {
		const byCaseB = new Map(resultsB.map((r) => [r.case_id, r]));
		const changed = resultsA.find((r) => {
			const b = byCaseB.get(r.case_id);
			return r.workflow_output && b?.workflow_output && JSON.stringify(r.workflow_output) !== JSON.stringify(b.workflow_output);
		})!;
		const label = labelOf(changed.case_id);
		const before = JSON.parse(JSON.stringify(changed.workflow_output)).summary as string;
		const after = JSON.parse(JSON.stringify(byCaseB.get(changed.case_id)!.workflow_output)).summary as string;

		const { lastFrame } = await open({ kind: 'compare', runA: 3, runB: 4 });
		await press(['/', label, KEYS.enter], (f) => position(f)?.[1] === 1);
		await pause();
		const isDiff = (line: string) => line.startsWith('~ ') && line.includes('"summary"');
		let frame = await press([KEYS.enter], (f) => f.split('\n').some(isDiff));
		expect(frame).toContain(`case ${label}`);
		expect(frame).toContain('B · run #4');
		const diffLine = frame.split('\n').find(isDiff)!;
		const [left, right] = diffLine.slice(2).split(' │ ');
		expect(left).toContain(before.slice(0, 20));
		expect(right).toContain(after.slice(0, 20));
		expect(frame).toContain(`score     ${changed.headline_score?.toFixed(1) ?? '—'}`);

		frame = await press([KEYS.esc], (f) => statusLine(f) !== '');
		expect(position(frame)).toEqual([1, 1]);
		expect(selectedLine(lastFrame())).toContain(shown(label));
	});

	it('moves through the table from the case pane and keeps the row on Esc', async () => {
		const { lastFrame } = await open({ kind: 'compare', runA: 3, runB: 4 });
		await press(['j', 'j'], (f) => position(f)?.[0] === 3);
		const third = selectedLine(lastFrame()).slice(2, 30).trim();
		let frame = await press([KEYS.enter], (f) => f.includes('A · run #3'));
		expect(frame).toContain(`case ${third}`);
		frame = await press(['n'], (f) => !f.includes(`case ${third}`) && f.includes('A · run #3'));
		expect(frame).not.toContain(`case ${third}`);
		frame = await press([KEYS.esc], (f) => statusLine(f) !== '');
		expect(position(frame)).toEqual([4, 60]);
	});

	it('scrolls the case pane, and opens every other case at its top', async () => {
		app = renderApp({ url: server.url, route: { kind: 'compare', runA: 3, runB: 4 }, columns: 120, rows: 14 });
		await waitForText(app.lastFrame, /\d+\/60\b/);
		await pause();
		const caseTitle = (f: string) => f.split('\n').find((line) => line.startsWith('case '))?.split('  ·  ')[0];
		const atTop = (f: string) => /^score \S+ → /m.test(f) && f.includes('case: inputs');
		let frame = await press([KEYS.enter], atTop);
		const first = caseTitle(frame);
		// Both runs' results load after the pane opens and lengthen it: scroll once its length has settled.
		const moreLines = () => /(\d+) more lines/.exec(app!.lastFrame())?.[1];
		for (let seen = moreLines(), i = 0; i < 50; i++) {
			await pause(100);
			if (moreLines() === seen) break;
			seen = moreLines();
		}
		frame = await press(['j', 'j'], (f) => !/^score \S+ → /m.test(f));
		expect(caseTitle(frame)).toBe(first);
		await press(['n'], (f) => atTop(f) && caseTitle(f) !== first);
		frame = await press(['p'], (f) => caseTitle(f) === first);
		expect(atTop(frame)).toBe(true);
	});

	it('fetches each run\'s results once, however many cases are opened', async () => {
		const client = createClient({ baseUrl: server.url });
		const fetched: number[] = [];
		const listResults = client.benchRuns.listResults.bind(client.benchRuns);
		const counting = { ...client, benchRuns: { ...client.benchRuns, listResults: (runId: number) => (fetched.push(runId), listResults(runId)) } };
		app = renderApp({ client: counting, route: { kind: 'compare', runA: 3, runB: 4 }, columns: 120, rows: 40 });
		await waitForText(app.lastFrame, /\d+\/60\b/);
		await pause();
		await press([KEYS.enter], (f) => f.includes('status    '));
		await press(['n'], (f) => f.includes('status    '));
		await press([KEYS.esc], (f) => position(f)?.[0] === 2);
		await press(['j', KEYS.enter], (f) => f.includes('status    '));
		expect(fetched.sort()).toEqual([3, 4]);
	});

	it('shows a hostile result error inert', async () => {
		const hostile = resultsB.find((r) => r.error === HOSTILE_ERROR)!;
		await open({ kind: 'compare', runA: 3, runB: 4 });
		await press(['/', labelOf(hostile.case_id), KEYS.enter], (f) => position(f)?.[1] === 1);
		await pause();
		const frame = await press([KEYS.enter], (f) => f.includes('error     provider error'));
		expect(frame).toContain('provider error:  upstream reset retry later');
		expect(frame).not.toContain('\u001b]52');
		expect(frame).not.toContain('\u001b[2J');
	});

	it('exports Markdown for a pull request to the path given', async () => {
		const { lastFrame } = await open({ kind: 'compare', runA: 3, runB: 4 });
		await press(['x'], (f) => f.includes('./compare-3-4.md'));
		await pause();
		const path = join(tmp, 'out.md');
		await press(['\u0015', path, KEYS.enter], (f) => f.includes(`exported → ${path}`));
		const expected = readFileSync(new URL('../../fixtures/compare-3-4.md', import.meta.url), 'utf8');
		expect(readFileSync(path, 'utf8')).toBe(expected);
		expect(lastFrame()).toContain(`exported → ${path}`);
	});

	it('exports JSON when the path ends in .json', async () => {
		await open({ kind: 'compare', runA: 3, runB: 4 });
		await press(['x'], (f) => f.includes('./compare-3-4.md'));
		await pause();
		const path = join(tmp, 'out.json');
		await press(['\u0015', path, KEYS.enter], (f) => f.includes(`exported → ${path}`));
		const written = JSON.parse(readFileSync(path, 'utf8'));
		expect(written.aggregate).toEqual(report.aggregate);
		expect(written.per_case).toHaveLength(60);
		expect(written.run_a).toMatchObject({ id: 3, channel: 'production' });
	});

	it('expands ~ to the home directory, and asks before overwriting (No keeps the file)', async () => {
		const home = join(tmp, 'home');
		mkdirSync(home, { recursive: true });
		const previousHome = process.env.HOME;
		process.env.HOME = home;
		try {
			const { lastFrame } = await open({ kind: 'compare', runA: 3, runB: 4 });
			await press(['x'], (f) => f.includes('./compare-3-4.md'));
			await pause();
			const path = join(home, 'f.md');
			await press(['\u0015', '~/f.md', KEYS.enter], (f) => f.includes(`exported → ${path}`));
			const exported = readFileSync(path, 'utf8');
			writeFileSync(path, 'kept');

			await press(['x'], (f) => f.includes('./compare-3-4.md') && !f.includes('exported →'));
			await pause();
			await press(['\u0015', '~/f.md', KEYS.enter], (f) => f.includes(`${path} exists. Overwrite it?`));
			await press([KEYS.enter], (f) => f.includes(`not exported: ${path} kept as it was`));
			expect(readFileSync(path, 'utf8')).toBe('kept');
			expect(lastFrame()).not.toContain('exported →');

			await press(['x'], (f) => f.includes('./compare-3-4.md'));
			await pause();
			await press(['\u0015', '~/f.md', KEYS.enter], (f) => f.includes('Overwrite it?'));
			await press(['y'], (f) => f.includes(`exported → ${path}`));
			expect(readFileSync(path, 'utf8')).toBe(exported);
		} finally {
			process.env.HOME = previousHome;
		}
	});

	it('lists its keys in the help overlay', async () => {
		await open({ kind: 'compare', runA: 3, runB: 4 });
		const frame = await press(['?'], (f) => f.includes('cycle the sort'));
		expect(frame).toContain('next regression');
		expect(frame).toContain('export to a file');
	});

	it('opens the case editor on e', async () => {
		const { lastFrame } = await open({ kind: 'compare', runA: 3, runB: 4 });
		const first = report.per_case.find((row) => selectedLine(lastFrame()).includes(shown(row.case_label)))!;
		const frame = await press(['e'], (f) => f.split('\n')[0].includes(`case ${first.case_id.slice(0, 8)}`));
		expect(frame.split('\n')[0]).toContain('compare 3…4');
	});
});

describe('compare view in a small terminal', () => {
	it('drops the histograms and the per-run cost columns, keeping the frame within 80×18', async () => {
		app = renderApp({ url: server.url, route: { kind: 'compare', runA: 3, runB: 4 }, columns: 80, rows: 18 });
		const frame = await waitForText(app.lastFrame, /^1\/60 /m);
		const lines = frame.split('\n');
		expect(lines.length).toBeLessThanOrEqual(17);
		expect(lines.every((line) => line.length <= 80)).toBe(true);
		expect(frame).not.toMatch(/ {2}A [ ▁▂▃▄▅▆▇█]+/);
		expect(frame).toContain('Δ cost');
		expect(frame).not.toContain('cost A');
		expect(frame).toContain('⚠ cost regression');
	});

	it('at 60 columns gives up columns by priority instead of cutting the case names or the last column', async () => {
		app = renderApp({ url: server.url, route: { kind: 'compare', runA: 3, runB: 4 }, columns: 60, rows: 15 });
		const frame = await waitForText(app.lastFrame, /^1\/60 /m);
		const lines = frame.split('\n');
		expect(lines.every((line) => line.length <= 60)).toBe(true);
		const header = lines.find((line) => line.includes('score A'))!;
		expect(header.trimEnd()).toMatch(/Δ score$/); // nothing cut after it
		const label = header.indexOf('score A') - header.indexOf('case');
		expect(label).toBeGreaterThanOrEqual(22);
		expect(frame).not.toMatch(/Δ co…|cost A/);
	});
});

describe('compare view errors', () => {
	it('explains runs of different benches with the server message', async () => {
		const { lastFrame } = await open({ kind: 'compare', runA: 1, runB: 7 }, 'cannot compare');
		expect(lastFrame()).toContain('runs belong to different benches');
		expect(lastFrame()).toContain('Esc to go back');
	});

	it('names a run that does not exist', async () => {
		const { lastFrame } = await open({ kind: 'compare', runA: 3, runB: 999 }, 'not found');
		expect(lastFrame()).toContain('run 999 not found');
	});

	it('reports a run the token cannot read', async () => {
		const guarded = await startServer({ data: 'demo', pace: 0, demoNow: DEMO_NOW, tokens: [{ token: 'invoices-only', projects: [2] }] });
		try {
			app = renderApp({ client: createClient({ baseUrl: guarded.url, token: 'invoices-only', retry: { attempts: 1 } }), route: { kind: 'compare', runA: 3, runB: 4 } });
			const frame = await waitForText(app.lastFrame, /forbidden|not found/);
			expect(frame).toMatch(/✗ (cannot compare run 3 with run 4: forbidden \(403\)|run 3 and run 4 not found)/);
			expect(frame).not.toContain('invoices-only');
		} finally {
			app?.unmount();
			app = undefined;
			await guarded.close();
		}
	});
});
