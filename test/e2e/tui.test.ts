// End to end: the BUILT binary in a real terminal (tmux) against a real server, cancelling a running run with the
// keyboard, then quitting back to the shell with the alternate screen left and the shell's content intact.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Client } from '../../source/client/api.js';
import { createClient } from '../../source/client/index.js';
import { startServer, type RunningServer, type SeededBench } from '../../source/server/index.js';
import { hasTmux, tmuxServer } from '../helpers/tmux-session.js';

const { tmux, session, kill } = tmuxServer(`bench-tui-e2e-${process.pid}`);

// The shipped start path, compile cache included: tmux (and so every app it starts) inherits this cache home.
const cacheHome = mkdtempSync(join(tmpdir(), 'bench-tui-e2e-cache-'));
process.env.XDG_CACHE_HOME = cacheHome;

let server: RunningServer;
let bench: SeededBench;
let api: Client;

beforeAll(async () => {
	if (!hasTmux) return;
	execFileSync('node', ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
	server = await startServer({ data: 'empty', pace: 2 });
	bench = server.seedBench({ cases: 60, runs: 2, scriptName: 'summarize', concurrency: 2 });
	api = createClient({ baseUrl: server.url });
}, 120_000);

afterAll(async () => {
	rmSync(cacheHome, { recursive: true, force: true });
	if (!hasTmux) return;
	kill();
	await server.close();
});

test.skipIf(!hasTmux)('cancel a running run through the confirmation, quit, terminal restored', async () => {
	const run = await api.benches.triggerRun(bench.projectId, bench.scriptName, { channel: 'production' });
	// A plain shell first, with something on its screen that must survive the app.
	const shell = session('e2e');
	await shell.until((s) => s.trimEnd().endsWith('$'), 'the shell prompt');
	shell.keys('echo SHELL-BEFORE-APP', 'Enter');
	await shell.until((s) => s.includes('SHELL-BEFORE-APP\n'), 'the shell');
	await shell.start(`--url ${server.url} --project ${bench.projectId}`);

	await shell.until((s) => s.includes(`projects › project ${bench.projectId}`) && s.includes('summarize'), 'the benches');
	expect(shell.display('#{alternate_on}')).toBe('1');
	shell.keys('Enter');
	await shell.until((s) => new RegExp(`›\\s+${run.id} \\S+ running`).test(s), 'the running run, selected');

	shell.keys('c');
	await shell.until((s) => s.includes(`Cancel run ${run.id} of summarize (running,`), 'the confirmation');
	shell.keys('Enter'); // the default is No
	await shell.until((s) => s.includes(`run ${run.id} left running`), 'the refusal');
	expect((await api.benchRuns.get(run.id))?.status).toBe('running');

	shell.keys('c');
	await shell.until((s) => s.includes(`Cancel run ${run.id}`), 'the confirmation again');
	shell.keys('y');
	await shell.until((s) => new RegExp(`${run.id} \\S+ canceled`).test(s), 'the canceled run', 20_000);
	expect((await api.benchRuns.get(run.id))?.status).toBe('canceled');

	shell.keys('q');
	const after = await shell.until((s) => s.includes('SHELL-BEFORE-APP') && s.includes('EXIT=0'), 'the shell again');
	expect(shell.display('#{alternate_on}')).toBe('0');
	expect(after).not.toContain('OK/TOTAL');
	expect(after).not.toContain('projects ›');
	expect(shell.display('#{cursor_flag}')).toBe('1');
	// The app ran with its compile cache on (the next starts in this file read it). Node writes it as the process
	// exits, which can finish just after the shell is back.
	const cacheEntries = () => readdirSync(join(cacheHome, 'bench-tui'), { recursive: true }).length;
	for (let i = 0; i < 50 && cacheEntries() <= 2; i++) await new Promise((resolve) => setTimeout(resolve, 100));
	expect(cacheEntries()).toBeGreaterThan(2);
}, 90_000);

test.skipIf(!hasTmux)('Ctrl-C and SIGTERM also give the terminal back', async () => {
	const shell = session('signals', 100, 30);
	const start = async () => {
		await shell.start(`--url ${server.url}`);
		await shell.until((s) => shell.display('#{alternate_on}') === '1' && s.includes('load-test'), 'the app');
	};

	await start();
	shell.keys('C-c');
	await shell.until(() => shell.display('#{alternate_on}') === '0', 'Ctrl-C to leave the alternate screen');

	await start();
	const shellPid = shell.display('#{pane_pid}');
	const appPid = Number(execFileSync('ps', ['--ppid', shellPid, '-o', 'pid='], { encoding: 'utf8' }).trim().split('\n')[0]);
	process.kill(appPid, 'SIGTERM');
	await shell.until(() => shell.display('#{alternate_on}') === '0', 'SIGTERM to leave the alternate screen');
	expect(shell.display('#{cursor_flag}')).toBe('1');
}, 60_000);

test.skipIf(!hasTmux)('--demo starts the embedded server (lazily loaded) and --compare opens the comparison', async () => {
	const shell = session('demo');
	await shell.start('--demo --compare 3 4');
	await shell.until((s) => s.includes('projects › compare 3…4'), 'the compare view on the demo data');
	await shell.until((s) => /127\.0\.0\.1:\d+/.test(s), 'the loopback demo server in the status bar');
	shell.keys('q');
	await shell.until((s) => s.includes('EXIT=0'), 'a clean exit');
}, 60_000);

test.skipIf(!hasTmux)('NO_COLOR draws without colours; a non-UTF-8 locale gets ASCII glyphs', async () => {
	const shell = session('plain', 120, 40, 'NO_COLOR=1 LANG=C LC_ALL=C');
	await shell.start(`--url ${server.url} --project ${bench.projectId}`);
	const asciiRow = /^> [+x*o/] (completed|failed|running|pending|canceled)\s+summarize/m;
	const screenText = await shell.until((s) => asciiRow.test(s), 'the runs in ASCII');
	expect(screenText).toContain(`projects > project ${bench.projectId}`);
	const styled = tmux('capture-pane', '-e', '-p', '-t', 'plain');
	expect(styled).not.toMatch(/\u001b\[[0-9;]*(3[0-7]|9[0-7]|38;)[0-9;]*m/);
	shell.keys('q');
}, 60_000);
