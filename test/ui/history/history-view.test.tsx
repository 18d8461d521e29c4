// The history view in the real App over real HTTP (a constructed history served by the recording server): the
// matrix with states naming run and version, the column cursor, sort and state filter, +/- runs, the timeline and
// its diff, frames within rows − 1 down to 60×15, and the disk cache serving a second open.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT, SCRIPT, serveHistory, type ServedHistory } from '../../helpers/history-fixture.js';
import { KEYS, renderApp, typeKeys, waitForText, type RenderedApp } from '../../helpers/render-view.js';

let served: ServedHistory;
let cacheHome: string;
let app: RenderedApp | undefined;
const previousCache = process.env.XDG_CACHE_HOME;

beforeAll(async () => {
	served = await serveHistory();
	cacheHome = await mkdtemp(join(tmpdir(), 'bench-tui-history-view-'));
	process.env.XDG_CACHE_HOME = cacheHome;
});
afterAll(async () => {
	process.env.XDG_CACHE_HOME = previousCache;
	await served.close();
	await rm(cacheHome, { recursive: true, force: true });
});
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const open = (columns = 120, rows = 40) => {
	app = renderApp({ url: served.server.url, route: { kind: 'history', projectId: PROJECT, script: SCRIPT }, columns, rows });
	return app;
};
const loaded = (frame: string) => frame.includes('8 runs ·') && !frame.includes('/8 runs');

const frameHeight = (frame: string) => frame.split('\n').length;
const resultRequests = () => served.server.requests.filter((r) => r.path.endsWith('/results')).length;

describe('history view', () => {
	it('shows the matrix with flaky, broke and fixed cases naming run and version, the cursor run in the header', async () => {
		const { lastFrame, stdin } = open();
		const frame = await waitForText(lastFrame, loaded);
		expect(frame).toMatch(/noisy judge .*flaky \(3 flips\)/);
		expect(frame).toMatch(/refund policy .*▇▇█▇│▃▃▁▂ .*broke in run 105 \(wf 8\)/);
		expect(frame).toMatch(/long thread .*fixed in run 105 \(wf 8\)/);
		expect(frame).toMatch(/crashes .*✗/);
		expect(frame).toMatch(/sampled one +▇ █ │ █ ≡/);
		expect(frame).toContain('run 108 (b) · production · wf 8 · judge 3');
		expect(frame).toContain('aaaa│bbbb');
		// The column cursor moves to older runs; the version change is marked on run 105.
		await typeKeys(stdin, 'h', 'h', 'h');
		expect(await waitForText(lastFrame, 'run 105 (b)')).toContain('versions changed here');
		await typeKeys(stdin, 'h');
		expect(await waitForText(lastFrame, 'run 104 (a)')).toContain('wf 7 · judge 3');
	});

	it('s cycles the sort, f the state filter, / filters by text', async () => {
		const { lastFrame, stdin } = open();
		await waitForText(lastFrame, loaded);
		await typeKeys(stdin, 's', 's', 's', 's');
		const byName = await waitForText(lastFrame, 'sort name');
		const names = ['crashes', 'greeting', 'long thread', 'noisy judge', 'refund policy', 'sampled one'];
		expect(names.map((n) => byName.indexOf(n))).toEqual(names.map((n) => byName.indexOf(n)).sort((a, b) => a - b));
		await typeKeys(stdin, 'f');
		const flaky = await waitForText(lastFrame, 'show flaky');
		expect(flaky).toContain('noisy judge');
		expect(flaky).not.toContain('refund policy');
		await typeKeys(stdin, 'f');
		const broke = await waitForText(lastFrame, 'show broke');
		expect(broke).toContain('refund policy');
		expect(broke).not.toContain('noisy judge');
		await typeKeys(stdin, 'f', 'f', 'f', 'f', 'f', '/', 'gree', KEYS.enter);
		const text = await waitForText(lastFrame, 'filter: gree');
		expect(text).toContain('greeting');
		expect(text).not.toContain('crashes');
	});

	it('- shows fewer runs and reclassifies on them; + brings them back', async () => {
		const { lastFrame, stdin } = open();
		await waitForText(lastFrame, loaded);
		await typeKeys(stdin, '-', '-');
		// 8 runs → 3 → 2 shown... at least the wf 7 runs drop out: refund policy is a stable fail there.
		const fewer = await waitForText(lastFrame, /\b\d of 8 runs/);
		expect(fewer).toMatch(/refund policy .*stable fail/);
		expect(fewer).toMatch(/CASE +aa {2}MEAN/);
		await typeKeys(stdin, '+', '+');
		expect(await waitForText(lastFrame, /refund policy .*broke in run 105/)).toContain('8 runs');
	});

	it('Enter opens the timeline; d diffs with the previous result; Enter opens the inspector; Esc goes back each step', async () => {
		const { lastFrame, stdin } = open();
		await waitForText(lastFrame, loaded);
		await typeKeys(stdin, 'j');
		await waitForText(lastFrame, '› refund policy');
		await typeKeys(stdin, KEYS.enter);
		const timeline = await waitForText(lastFrame, 'case refund policy');
		expect(timeline).toContain('broke in run 105 (wf 8)');
		// Newest first: run 108 on top; run 105 carries the version-change mark.
		expect(timeline.indexOf(' 108 ')).toBeLessThan(timeline.indexOf(' 101 '));
		expect(timeline).toMatch(/105 +fail .*◆ wf 8 judge 3/);
		expect(timeline).toMatch(/104 +pass .*wf 7 judge 3/);
		await typeKeys(stdin, 'j', 'j', 'j');
		await waitForText(lastFrame, /› \S +105 fail/);
		await typeKeys(stdin, 'd');
		const diff = await waitForText(lastFrame, (f) => f.includes('run 104 → run 105') && f.includes('in run 104"') && f.includes('in run 105 (wrong)'));
		expect(diff).toMatch(/score +81\.0 +pass +│ +score +30\.0 +fail/);
		await typeKeys(stdin, KEYS.esc);
		// Back on the same line of the timeline.
		await waitForText(lastFrame, (f) => f.includes('d diff') && /› \S +105 fail/.test(f));
		// Enter on the line: the inspector on that result.
		await typeKeys(stdin, KEYS.enter);
		const inspector = await waitForText(lastFrame, (f) => f.includes('inspect case-1') && f.includes('refund policy answer in run 105 (wrong)'));
		expect(inspector).toContain('30');
		await typeKeys(stdin, KEYS.esc);
		await waitForText(lastFrame, (f) => f.includes('d diff') && /› \S +105 fail/.test(f));
		await typeKeys(stdin, 'k');
		await waitForText(lastFrame, (f) => f.includes('d diff') && /› \S +106 fail/.test(f));
		await typeKeys(stdin, KEYS.esc);
		await waitForText(lastFrame, (f) => f.includes('sort state') && f.includes('› refund policy'));
	});

	it('fits 60×15 and 80×24: frame within rows − 1, fewer runs, short states', async () => {
		for (const [columns, rows] of [
			[60, 15],
			[80, 24],
		]) {
			const { lastFrame, stdin, frames } = open(columns, rows);
			const frame = await waitForText(lastFrame, (f) => f.includes('flaky (3 flips)') && !/\/\d+ runs/.test(f));
			expect(frameHeight(frame)).toBeLessThanOrEqual(rows - 1);
			for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(columns);
			expect(frame).toMatch(/refund poli\S* +\S+ broke (in run |r)105/);
			await typeKeys(stdin, KEYS.enter);
			const timeline = await waitForText(lastFrame, 'case noisy judge');
			expect(frameHeight(timeline)).toBeLessThanOrEqual(rows - 1);
			expect(frames.every((f) => frameHeight(f) <= rows - 1)).toBe(true);
			app!.unmount();
			app = undefined;
		}
	});

	it('a second open reads the finished runs from the disk cache: no /results request', async () => {
		const first = open();
		await waitForText(first.lastFrame, loaded);
		first.unmount();
		app = undefined;
		const before = resultRequests();
		const second = open();
		const frame = await waitForText(second.lastFrame, loaded);
		expect(frame).toContain('8 from cache');
		expect(resultRequests()).toBe(before);
	});
});
