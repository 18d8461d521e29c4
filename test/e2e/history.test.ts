// End to end: the BUILT binary in tmux against the demo server. `H` on the demo's draft-reply bench shows flaky cases
// and a case that broke, naming the run and the workflow version; Enter opens a case's timeline, Enter on a line
// the inspector; a second open serves the finished runs from the disk cache (no /results request).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../source/server/index.js';
import { hasTmux, tmuxServer } from '../helpers/tmux-session.js';
import { startRecordingProxy, type RecordingProxy } from '../ui/cases/recording-proxy.js';
import { DEMO_NOW } from '../ui/compare/demo.js';

const { session, kill } = tmuxServer(`bench-tui-history-${process.pid}`);

let server: RunningServer;
let proxy: RecordingProxy;
let home: string;

beforeAll(async () => {
	if (!hasTmux) return;
	execFileSync('node', ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
	server = await startServer({ pace: 0, demoNow: DEMO_NOW });
	proxy = await startRecordingProxy(server.url);
	home = mkdtempSync(join(tmpdir(), 'bench-tui-history-e2e-'));
}, 120_000);

afterAll(async () => {
	if (!hasTmux) return;
	kill();
	await proxy.close();
	await server.close();
	rmSync(home, { recursive: true, force: true });
});

const resultRequests = () => proxy.requests.filter((r) => /^\/bench-runs\/\d+\/results/.test(r.path)).length;

/** The app on the demo's project, in a new session, with `H` pressed on draft-reply: the session and its matrix. */
async function openHistory(name: string) {
	const app = session(name, 120, 40, `XDG_CACHE_HOME=${home}/cache`);
	await app.start(`--url ${proxy.url} --project 1`);
	await app.until((s) => s.includes('draft-reply'), 'the benches of Acme Support', 20_000);
	app.keys('/', 'draft-reply', 'Enter');
	await app.until((s) => /›.*draft-reply/.test(s), 'draft-reply selected', 20_000);
	app.keys('H');
	const matrix = await app.until((s) => s.includes('draft-reply history') && /14 runs ·/.test(s) && !/\d+\/14 runs/.test(s), 'the loaded history', 20_000);
	return { app, matrix };
}

test.skipIf(!hasTmux)('H on the demo bench: flaky and broke cases named with run and version; timeline; inspector; cache', async () => {
	const { app, matrix } = await openHistory('history');
	expect(matrix).toMatch(/flaky \(\d flips\)/);
	const broke = matrix.match(/broke in run (\d+) \(wf (\d+)\)/);
	expect(broke).not.toBeNull();
	expect(matrix).toMatch(/fixed in run \d+ \(wf \d+\)/);
	// The column change of versions is drawn, and the state is the first sort: flaky cases on top.
	expect(matrix).toContain('│');
	const firstRow = matrix.split('\n').find((line) => line.startsWith('›')) ?? '';
	expect(firstRow).toMatch(/flaky/);

	// The broke case: filter to it, open its timeline; the run named there carries the version mark.
	app.keys('f', 'f');
	await app.until((s) => s.includes('show broke'), 'the broke filter', 20_000);
	app.keys('Enter');
	const timeline = await app.until((s) => s.includes('Enter inspect') && /^case /m.test(s), 'the timeline', 20_000);
	expect(timeline).toMatch(new RegExp(`${broke![1]} +fail .*◆ wf ${broke![2]} judge`));
	app.keys('Enter');
	// The newest run is the timeline's first line: the inspector opens that result.
	const newest = timeline.split('\n').find((line) => line.startsWith('›'))!.match(/ (\d+) +fail/)![1];
	const inspector = await app.until((s) => /draft-reply history › inspect/.test(s) && s.includes('verdict'), 'the inspector', 20_000);
	expect(inspector).toContain(`run ${newest} · case `);
	app.keys('Escape');
	await app.until((s) => s.includes('Enter inspect'), 'back on the timeline', 20_000);
	app.keys('q');
	await app.until((s) => s.includes('EXIT=0'), 'a clean exit', 20_000);

	// Second open: the finished runs come from the disk cache.
	const before = resultRequests();
	const again = await openHistory('history-again');
	expect(again.matrix).toContain('14 from cache');
	expect(resultRequests()).toBe(before);
	again.app.keys('q');
}, 120_000);
