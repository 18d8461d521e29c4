import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../source/commands/serve.js';
import type { CommandIO } from '../../source/commands/command.js';

const CLI = new URL('../../source/cli.tsx', import.meta.url).pathname;

function captureIO(): { io: CommandIO; out: () => string; err: () => string } {
	const [stdout, stderr] = [new PassThrough(), new PassThrough()];
	let [out, err] = ['', ''];
	stdout.on('data', (chunk) => (out += chunk));
	stderr.on('data', (chunk) => (err += chunk));
	return { io: { stdout, stderr, stdin: new PassThrough(), env: {} }, out: () => out, err: () => err };
}

describe('bench-tui serve', () => {
	it('prints help and rejects bad flags without starting a server', async () => {
		const help = captureIO();
		expect(await run(['--help'], help.io)).toBe(0);
		expect(help.out()).toContain('bench-tui serve [--port N]');
		const bad = captureIO();
		expect(await run(['--bogus'], bad.io)).toBe(2);
		expect(bad.err()).toMatch(/^bench-tui serve: /);
		const negative = captureIO();
		expect(await run(['--pace', '-1'], negative.io)).toBe(2);
	});

	it('prints `listening on <url>` first, serves the API with the given token, and exits 0 on SIGTERM', async () => {
		const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', '0', '--pace', '0', '--empty', '--token', 'secret', '--load-cases', '25'], { stdio: ['ignore', 'pipe', 'pipe'] });
		const firstLine = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
		expect(firstLine).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
		const url = firstLine.slice('listening on '.length);
		expect((await fetch(`${url}/projects`)).status).toBe(401);
		const auth = { headers: { authorization: 'Bearer secret' } };
		const projects = (await (await fetch(`${url}/projects`, auth)).json()) as Array<{ id: number }>;
		expect(projects).toHaveLength(1);
		const [summary] = (await (await fetch(`${url}/projects/${projects[0].id}/benches`, auth)).json()) as Array<{ case_count: number }>;
		expect(summary.case_count).toBe(25);
		const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		expect(await exit).toBe(0);
	});
});
