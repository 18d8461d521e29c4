// `bench-tui [flags]` start-up decisions that need no terminal: help text, refusing to draw without a TTY.
import { PassThrough } from 'node:stream';
import { expect, test } from 'vitest';
import { COMMANDS } from '../source/commands/index.js';
import type { CommandIO } from '../source/commands/command.js';
import { startInteractive } from '../source/interactive.js';

function io(tty: boolean): CommandIO & { out: () => string; err: () => string } {
	const stdout = Object.assign(new PassThrough(), { isTTY: tty });
	const stderr = Object.assign(new PassThrough(), { isTTY: tty });
	const stdin = Object.assign(new PassThrough(), { isTTY: tty });
	let out = '';
	let err = '';
	stdout.on('data', (chunk) => (out += chunk));
	stderr.on('data', (chunk) => (err += chunk));
	return { stdout, stderr, stdin, env: { HOME: '/nonexistent' }, out: () => out, err: () => err };
}

test('--help lists the flags, every subcommand with its summary, and the exit codes', async () => {
	const streams = io(false);
	expect(await startInteractive(['--help'], streams)).toBe(0);
	for (const flag of ['--url', '--project', '--demo', '--read-only', '--no-alt-screen', '--compare', '--token']) expect(streams.out()).toContain(flag);
	for (const [name, { summary }] of Object.entries(COMMANDS)) expect(streams.out()).toMatch(new RegExp(`${name}\\s+${summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	expect(streams.out()).toContain('Exit codes');
	expect(streams.out()).toContain('6 regression (compare --fail-on-regression)');
});

test('without a TTY the app does not draw: exit 2 and a hint at the scriptable commands', async () => {
	const streams = io(false);
	expect(await startInteractive([], streams)).toBe(2);
	expect(streams.out()).toBe('');
	expect(streams.err().trim().split('\n')).toHaveLength(1);
	expect(streams.err()).toContain('bench-tui runs <script>');
	expect(streams.err()).toContain('bench-tui watch <run-id>');
});

test('unknown flags and a bad --compare are usage errors', async () => {
	const unknown = io(true);
	expect(await startInteractive(['--frobnicate'], unknown)).toBe(2);
	expect(unknown.err()).toContain('unknown flag --frobnicate');
	const short = io(true);
	expect(await startInteractive(['-x'], short)).toBe(2);
	expect(short.err()).toContain("'-x'");
	const compare = io(true);
	expect(await startInteractive(['--compare', 'x'], compare)).toBe(2);
	expect(compare.err()).toContain('--compare needs two run ids');
});
