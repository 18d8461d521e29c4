// End to end: an uncaught error in the BUILT binary leaves the alternate screen, shows the cursor again, and prints
// the error on the restored screen instead of swallowing it.
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../source/server/index.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `bench-tui-crash-${process.pid}`;
const session = 'crash';
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', session);
const pane = (format: string) => tmux('display', '-p', '-t', session, format).trim();

async function until(predicate: () => boolean, what: string): Promise<void> {
	for (let i = 0; i < 150 && !predicate(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
	if (!predicate()) throw new Error(`timed out waiting for ${what}; screen:\n${screen()}`);
}

let server: RunningServer;

beforeAll(async () => {
	if (!hasTmux) return;
	execFileSync('node', ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
	server = await startServer({ data: 'demo', pace: 0 });
}, 120_000);

afterAll(async () => {
	if (!hasTmux) return;
	spawnSync('tmux', ['-L', socket, 'kill-server']);
	await server.close();
});

test.skipIf(!hasTmux)('an uncaught error restores the terminal and is shown, with a non-zero exit', async () => {
	tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', 'env -u CI PS1="$ " sh');
	await until(() => screen().trimEnd().endsWith('$'), 'the shell prompt');
	tmux('send-keys', '-t', session, 'echo SHELL-BEFORE-APP', 'Enter');
	const command = `node --import ./test/e2e/fixtures/crash-on-sigusr2.mjs dist/cli.js --url ${server.url} --project 1; echo EXIT=$?`;
	tmux('send-keys', '-t', session, command, 'Enter');
	await until(() => pane('#{alternate_on}') === '1' && screen().includes('summarize'), 'the app on the benches');

	const shellPid = pane('#{pane_pid}');
	const appPid = Number(execFileSync('ps', ['--ppid', shellPid, '-o', 'pid='], { encoding: 'utf8' }).trim().split('\n')[0]);
	process.kill(appPid, 'SIGUSR2');

	await until(() => /EXIT=\d+/.test(screen()), 'the app to exit');
	const after = screen();
	expect(pane('#{alternate_on}')).toBe('0');
	expect(pane('#{cursor_flag}')).toBe('1');
	expect(after).toContain('SHELL-BEFORE-APP');
	expect(after).toContain('simulated crash for the e2e test');
	expect(after).not.toContain('EXIT=0');
}, 60_000);
