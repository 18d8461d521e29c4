// `bench-tui history` (the built binary): the matrix in letters when piped and glyphs on a terminal, states naming
// the run and version, --state, Markdown and JSON, exit 8 with --fail-on-flaky, and finished runs from the cache.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer, type SeededBench } from '../../source/server/index.js';
import { PROJECT, SCRIPT, serveHistory, type ServedHistory } from '../helpers/history-fixture.js';
import { baseEnv, ensureBuilt, HAS_SCRIPT, runCli, runCliInTty, tempDir } from './helpers.js';

let served: ServedHistory;
let cacheHome: string;

beforeAll(async () => {
	ensureBuilt();
	served = await serveHistory();
	cacheHome = tempDir();
});
afterAll(() => served?.close());

const env = () => ({ AKRIBES_BASE_URL: served.server.url, AKRIBES_PROJECT_ID: String(PROJECT), XDG_CACHE_HOME: cacheHome });
const cli = (...args: string[]) => runCli(args, { env: env() });

describe('bench-tui history', () => {
	it('piped: letters, | at the version change, states with run and version, the legend', async () => {
		const { code, stdout, stderr } = await cli('history', SCRIPT);
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		expect(stdout).toContain('runs 101…104 (4): wf 7, judge 3');
		expect(stdout).toContain('runs 105…108 (4): wf 8, judge 3');
		const line = (name: string) => stdout.split('\n').find((l) => l.startsWith(name)) ?? '';
		expect(line('refund policy')).toMatch(/PPPP\|FFFF .* broke in run 105 \(wf 8\)$/);
		expect(line('long thread')).toMatch(/FFFF\|PPPP .* fixed in run 105 \(wf 8\)$/);
		expect(line('noisy judge')).toMatch(/PFPF\|PPFP .* flaky \(3 flips\)$/);
		expect(line('sampled one')).toMatch(/P P \| P C .* stable pass$/);
		expect(line('crashes')).toMatch(/FFXF\|FFFF .* stable fail$/);
		expect(stdout).toContain('P pass · F fail');
		expect(stdout).not.toMatch(/[▁▂▃▄▅▆▇█≡✗]/);
		// State order: flaky first, then broke, fixed, stable fail, stable pass.
		const order = ['noisy judge', 'refund policy', 'long thread', 'crashes', 'greeting'].map((name) => stdout.indexOf(`\n${name}`));
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it('--state, --runs and --fail-on-flaky (exit 8, only when a shown case is flaky)', async () => {
		const broke = await cli('history', SCRIPT, '--state', 'broke');
		expect(broke.code).toBe(0);
		expect(broke.stdout).toContain('refund policy');
		expect(broke.stdout).not.toContain('noisy judge');
		expect((await cli('history', SCRIPT, '--fail-on-flaky')).code).toBe(8);
		expect((await cli('history', SCRIPT, '--state', 'broke', '--fail-on-flaky')).code).toBe(0);
		// The last 4 runs all run wf 8: refund policy is stable fail there.
		const recent = await cli('history', SCRIPT, '--runs', '4');
		expect(recent.stdout.split('\n').find((l) => l.startsWith('refund policy'))).toMatch(/FFFF .* stable fail$/);
		expect((await cli('history', SCRIPT, '--state', 'wobbly')).code).toBe(2);
	});

	it('--format md and --format json', async () => {
		const md = await cli('history', SCRIPT, '--format', 'md');
		expect(md.stdout).toContain('| Case | Runs (old → new) | Mean | SD | Pass | Flips | State |');
		expect(md.stdout).toMatch(/\| refund policy \| `[▁-█]{4}│[▁-█]{4}` \|.*\| broke in run 105 \(wf 8\) \|/);
		const json = JSON.parse((await cli('history', SCRIPT, '--format', 'json')).stdout);
		expect(json.runs.map((r: { id: number }) => r.id)).toEqual([101, 102, 103, 104, 105, 106, 107, 108]);
		const refund = json.cases.find((c: { name: string }) => c.name === 'refund policy');
		expect(refund).toMatchObject({ state: 'broke', change_run_id: 105, change: 'wf 8', flips: 1 });
		expect(refund.results).toHaveLength(8);
	});

	it('a second run reads finished runs from the cache: no /results request', async () => {
		const home = tempDir();
		const run = () => runCli(['history', SCRIPT], { env: { ...env(), XDG_CACHE_HOME: join(home, 'cache') } });
		const count = () => served.server.requests.filter((r) => r.path.endsWith('/results')).length;
		const before = count();
		const first = await run();
		expect(count() - before).toBe(8);
		const second = await run();
		expect(count() - before).toBe(8);
		expect(second.stdout).toBe(first.stdout);
	});

	it.skipIf(!HAS_SCRIPT)('on a UTF-8 terminal: score blocks, ✗ and ≡', async () => {
		const { code, output } = await runCliInTty(['history', SCRIPT], { ...baseEnv(tempDir()), ...env(), TERM: 'xterm-256color' });
		expect(code).toBe(0);
		expect(output).toMatch(/[▁▂▃▄▅▆▇█]/);
		expect(output).toContain('✗');
		expect(output).toContain('≡');
	});
});

describe('bench-tui history against the embedded server', () => {
	let server: RunningServer;
	let seeded: SeededBench;
	beforeAll(async () => {
		server = await startServer({ data: 'empty', pace: 0 });
		seeded = server.seedBench({ cases: 8, runs: 3, scriptName: 'hist' });
	});
	afterAll(() => server?.close());

	it('one row per case, one letter per run', async () => {
		const { code, stdout } = await runCli(['history', 'hist', '--format', 'json'], {
			env: { AKRIBES_BASE_URL: server.url, AKRIBES_PROJECT_ID: String(seeded.projectId), XDG_CACHE_HOME: tempDir() },
		});
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		expect(json.runs.map((r: { id: number }) => r.id)).toEqual(seeded.runIds);
		expect(json.cases.map((c: { case_id: string }) => c.case_id).sort()).toEqual([...seeded.caseIds].sort());
	});

	it('no bench: exit 7', async () => {
		const { code, stderr } = await runCli(['history', 'nope'], { env: { AKRIBES_BASE_URL: server.url, AKRIBES_PROJECT_ID: String(seeded.projectId), XDG_CACHE_HOME: tempDir() } });
		expect(code).toBe(7);
		expect(stderr).toContain('no bench for script nope');
	});
});
