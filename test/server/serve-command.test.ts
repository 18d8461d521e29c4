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
		for (const size of ['lots', '10TB', '12', '0.5KB']) {
			const badSize = captureIO();
			expect(await run(['--max-body', size], badSize.io), size).toBe(2);
			expect(badSize.err()).toContain('--max-body takes a size of at least 1KB');
		}
	});

	it('prints `listening on <url>` first, serves the API with the given token, and exits 0 on SIGTERM', async () => {
		const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', '0', '--pace', '0', '--empty', '--token', 'secret', '--load-cases', '25', '--max-body', '64KB'], { stdio: ['ignore', 'pipe', 'pipe'] });
		const firstLine = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
		expect(firstLine).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
		const url = firstLine.slice('listening on '.length);
		expect((await fetch(`${url}/projects`)).status).toBe(401);
		const auth = { headers: { authorization: 'Bearer secret' } };
		const projects = (await (await fetch(`${url}/projects`, auth)).json()) as Array<{ id: number }>;
		expect(projects).toHaveLength(1);
		const [summary] = (await (await fetch(`${url}/projects/${projects[0].id}/benches`, auth)).json()) as Array<{ case_count: number }>;
		expect(summary.case_count).toBe(25);
		// --max-body 64KB: a 100 KB case is refused with a JSON 413, a small one is stored.
		const scriptName = `load-${projects[0].id}`;
		const post = (text: string) =>
			fetch(`${url}/projects/${projects[0].id}/scripts/${scriptName}/bench/cases`, {
				method: 'POST',
				headers: { ...auth.headers, 'content-type': 'application/json' },
				body: JSON.stringify({ inputs: { text }, expected_output: { label: 'neutral', confidence: 0.5 } }),
			});
		const refused = await post('x'.repeat(100 * 1024));
		expect(refused.status).toBe(413);
		expect(await refused.json()).toEqual({ error: 'request body larger than 65536 bytes' });
		expect((await post('short')).status).toBe(200);
		const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		expect(await exit).toBe(0);
	});
});
