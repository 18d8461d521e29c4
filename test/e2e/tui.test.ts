// End to end: the BUILT binary in a real terminal (tmux) against a real server, cancelling a running run with the
// keyboard, then quitting back to the shell with the alternate screen left and the shell's content intact.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Client } from '../../source/client/api.js';
import { createClient } from '../../source/client/index.js';
import { startServer, type RunningServer, type SeededBench } from '../../source/server/index.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `bench-tui-e2e-${process.pid}`;
const session = 'e2e';

function tmux(...args: string[]): string {
	return execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
}
const screen = () => tmux('capture-pane', '-p', '-t', session);
const sendKeys = (...keys: string[]) => tmux('send-keys', '-t', session, ...keys);

async function waitForScreen(predicate: (text: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const text = screen();
		if (predicate(text)) return text;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen:\n${text}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

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
	spawnSync('tmux', ['-L', socket, 'kill-server']);
	await server.close();
});

test.skipIf(!hasTmux)('cancel a running run through the confirmation, quit, terminal restored', async () => {
	const run = await api.benches.triggerRun(bench.projectId, bench.scriptName, { channel: 'production' });
	// A plain shell first, with something on its screen that must survive the app.
	tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', 'env -u CI PS1="$ " sh');
	await waitForScreen((s) => s.trimEnd().endsWith('$'), 'the shell prompt');
	sendKeys('echo SHELL-BEFORE-APP', 'Enter');
	await waitForScreen((s) => s.includes('SHELL-BEFORE-APP\n'), 'the shell');
	sendKeys(`node dist/cli.js --url ${server.url} --project ${bench.projectId}`, 'Enter');

	await waitForScreen((s) => s.includes(`projects › project ${bench.projectId}`) && s.includes('summarize'), 'the benches');
	expect(tmux('display', '-p', '-t', session, '#{alternate_on}').trim()).toBe('1');
	sendKeys('Enter');
	await waitForScreen((s) => new RegExp(`›\\s+${run.id} \\S+ running`).test(s), 'the running run, selected');

	sendKeys('c');
	await waitForScreen((s) => s.includes(`Cancel run ${run.id} of summarize (running,`), 'the confirmation');
	sendKeys('Enter'); // the default is No
	await waitForScreen((s) => s.includes(`run ${run.id} left running`), 'the refusal');
	expect((await api.benchRuns.get(run.id))?.status).toBe('running');

	sendKeys('c');
	await waitForScreen((s) => s.includes(`Cancel run ${run.id}`), 'the confirmation again');
	sendKeys('y');
	await waitForScreen((s) => new RegExp(`${run.id} \\S+ canceled`).test(s), 'the canceled run', 20_000);
	expect((await api.benchRuns.get(run.id))?.status).toBe('canceled');

	sendKeys('q');
	const after = await waitForScreen((s) => s.includes('SHELL-BEFORE-APP') && !s.includes('projects ›'), 'the shell again');
	expect(tmux('display', '-p', '-t', session, '#{alternate_on}').trim()).toBe('0');
	expect(after).not.toContain('OK/TOTAL');
	expect(tmux('display', '-p', '-t', session, '#{cursor_flag}').trim()).toBe('1');
	// The app ran with its compile cache on (the next starts in this file read it). Node writes it as the process
	// exits, which can finish just after the shell is back.
	const cacheEntries = () => readdirSync(join(cacheHome, 'bench-tui'), { recursive: true }).length;
	for (let i = 0; i < 50 && cacheEntries() <= 2; i++) await new Promise((resolve) => setTimeout(resolve, 100));
	expect(cacheEntries()).toBeGreaterThan(2);
}, 90_000);

test.skipIf(!hasTmux)('Ctrl-C and SIGTERM also give the terminal back', async () => {
	const name = 'signals';
	tmux('new-session', '-d', '-s', name, '-x', '100', '-y', '30', 'env -u CI PS1="$ " sh');
	const show = () => tmux('capture-pane', '-p', '-t', name);
	const alternate = () => tmux('display', '-p', '-t', name, '#{alternate_on}').trim();
	const until = async (predicate: () => boolean, what: string) => {
		for (let i = 0; i < 150 && !predicate(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
		if (!predicate()) throw new Error(`timed out waiting for ${what}; screen:\n${show()}`);
	};
	const start = async () => {
		await until(() => show().trimEnd().endsWith('$'), 'the shell prompt');
		tmux('send-keys', '-t', name, `node dist/cli.js --url ${server.url}`, 'Enter');
		await until(() => alternate() === '1' && show().includes('load-test'), 'the app');
	};

	await start();
	tmux('send-keys', '-t', name, 'C-c');
	await until(() => alternate() === '0', 'Ctrl-C to leave the alternate screen');

	await start();
	const shellPid = tmux('display', '-p', '-t', name, '#{pane_pid}').trim();
	const appPid = Number(execFileSync('ps', ['--ppid', shellPid, '-o', 'pid='], { encoding: 'utf8' }).trim().split('\n')[0]);
	process.kill(appPid, 'SIGTERM');
	await until(() => alternate() === '0', 'SIGTERM to leave the alternate screen');
	expect(tmux('display', '-p', '-t', name, '#{cursor_flag}').trim()).toBe('1');
}, 60_000);

test.skipIf(!hasTmux)('--demo starts the embedded server (lazily loaded) and --compare opens the comparison', async () => {
	const name = 'demo';
	tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', 'env -u CI PS1="$ " sh');
	const show = () => tmux('capture-pane', '-p', '-t', name);
	const until = async (predicate: (text: string) => boolean, what: string) => {
		for (let i = 0; i < 150 && !predicate(show()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
		if (!predicate(show())) throw new Error(`timed out waiting for ${what}; screen:\n${show()}`);
	};
	await until((s) => s.trimEnd().endsWith('$'), 'the shell prompt');
	tmux('send-keys', '-t', name, 'node dist/cli.js --demo --compare 3 4; echo EXIT=$?', 'Enter');
	await until((s) => s.includes('projects › compare 3…4'), 'the compare view on the demo data');
	await until((s) => /127\.0\.0\.1:\d+/.test(s), 'the loopback demo server in the status bar');
	tmux('send-keys', '-t', name, 'q');
	await until((s) => s.includes('EXIT=0'), 'a clean exit');
}, 60_000);

test.skipIf(!hasTmux)('NO_COLOR draws without colours; a non-UTF-8 locale gets ASCII glyphs', async () => {
	const name = 'plain';
	const command = `env -u CI NO_COLOR=1 LANG=C LC_ALL=C node dist/cli.js --url ${server.url} --project ${bench.projectId}`;
	tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', command);
	let screenText = '';
	const asciiRow = /^> [+x*o/] (completed|failed|running|pending|canceled)\s+summarize/m;
	for (let i = 0; i < 150 && !asciiRow.test(screenText); i++) {
		await new Promise((resolve) => setTimeout(resolve, 100));
		screenText = tmux('capture-pane', '-p', '-t', name);
	}
	expect(screenText).toContain(`projects > project ${bench.projectId}`);
	expect(screenText).toMatch(asciiRow);
	const styled = tmux('capture-pane', '-e', '-p', '-t', name);
	expect(styled).not.toMatch(/\u001b\[[0-9;]*(3[0-7]|9[0-7]|38;)[0-9;]*m/);
	tmux('send-keys', '-t', name, 'q');
}, 60_000);
