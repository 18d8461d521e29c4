// End to end: the BUILT binary in tmux against the demo server. `H` on the demo's draft-reply bench shows flaky cases
// and a case that broke, naming the run and the workflow version; Enter opens a case's timeline, Enter on a line
// the inspector; a second open serves the finished runs from the disk cache (no /results request).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../source/server/index.js';
import { startRecordingProxy, type RecordingProxy } from '../ui/cases/recording-proxy.js';
import { DEMO_NOW } from '../ui/compare/demo.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `bench-tui-history-${process.pid}`;
const session = 'history';

function tmux(...args: string[]): string {
	return execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
}
const screen = () => tmux('capture-pane', '-p', '-t', session);
const sendKeys = (...keys: string[]) => tmux('send-keys', '-t', session, ...keys);

async function waitForScreen(predicate: (text: string) => boolean, what: string, timeoutMs = 20_000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const text = screen();
		if (predicate(text)) return text;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen:\n${text}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

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
	spawnSync('tmux', ['-L', socket, 'kill-server']);
	await proxy.close();
	await server.close();
	rmSync(home, { recursive: true, force: true });
});

const resultRequests = () => proxy.requests.filter((r) => /^\/bench-runs\/\d+\/results/.test(r.path)).length;

async function openHistory(): Promise<string> {
	tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', `env -u CI XDG_CACHE_HOME=${home}/cache node dist/cli.js --url ${proxy.url} --project 1`);
	await waitForScreen((s) => s.includes('draft-reply'), 'the benches of Acme Support');
	sendKeys('/', 'draft-reply', 'Enter');
	await waitForScreen((s) => /›.*draft-reply/.test(s), 'draft-reply selected');
	sendKeys('H');
	return waitForScreen((s) => s.includes('draft-reply history') && /14 runs ·/.test(s) && !/\d+\/14 runs/.test(s), 'the loaded history');
}

test.skipIf(!hasTmux)('H on the demo bench: flaky and broke cases named with run and version; timeline; inspector; cache', async () => {
	const matrix = await openHistory();
	expect(matrix).toMatch(/flaky \(\d flips\)/);
	const broke = matrix.match(/broke in run (\d+) \(wf (\d+)\)/);
	expect(broke).not.toBeNull();
	expect(matrix).toMatch(/fixed in run \d+ \(wf \d+\)/);
	// The column change of versions is drawn, and the state is the first sort: flaky cases on top.
	expect(matrix).toContain('│');
	const firstRow = matrix.split('\n').find((line) => line.startsWith('›')) ?? '';
	expect(firstRow).toMatch(/flaky/);

	// The broke case: filter to it, open its timeline; the run named there carries the version mark.
	sendKeys('f', 'f');
	await waitForScreen((s) => s.includes('show broke'), 'the broke filter');
	sendKeys('Enter');
	const timeline = await waitForScreen((s) => s.includes('Enter inspect') && /^case /m.test(s), 'the timeline');
	expect(timeline).toMatch(new RegExp(`${broke![1]} +fail .*◆ wf ${broke![2]} judge`));
	sendKeys('Enter');
	// The newest run is the timeline's first line: the inspector opens that result.
	const newest = timeline.split('\n').find((line) => line.startsWith('›'))!.match(/ (\d+) +fail/)![1];
	const inspector = await waitForScreen((s) => /draft-reply history › inspect/.test(s) && s.includes('verdict'), 'the inspector');
	expect(inspector).toContain(`run ${newest} · case `);
	sendKeys('Escape');
	await waitForScreen((s) => s.includes('Enter inspect'), 'back on the timeline');
	sendKeys('q');
	spawnSync('tmux', ['-L', socket, 'kill-session', '-t', session]);

	// Second open: the finished runs come from the disk cache.
	const before = resultRequests();
	const again = await openHistory();
	expect(again).toContain('14 from cache');
	expect(resultRequests()).toBe(before);
	sendKeys('q');
}, 120_000);
