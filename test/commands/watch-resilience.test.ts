// `watch` on live runs: through a proxy that cuts the event stream mid-frame several times it reconnects and
// backfills, and at the end its NDJSON result ids are exactly the server's `/results` ids: none lost, none repeated.
// On a terminal its progress spinner goes to stderr only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BenchResult } from '../../source/wire/types.js';
import { startServer, type RunningServer } from '../../source/server/index.js';
import { startCuttingProxy, type CuttingProxy } from './cutting-proxy.js';
import { baseEnv, ensureBuilt, HAS_SCRIPT, runCli, runCliInTty, tempDir } from './helpers.js';

let server: RunningServer;
let proxy: CuttingProxy;

beforeAll(async () => {
	ensureBuilt();
	server = await startServer({ data: 'empty', pace: 20 });
	proxy = await startCuttingProxy(server.url, { cuts: 3, afterResults: 2 });
});
afterAll(async () => {
	await proxy?.close();
	await server?.close();
});

/** Seeds a bench of `cases` cases and starts a run of it; at pace 20/s it stays live for cases/20 seconds. */
async function startRun(cases: number): Promise<number> {
	const bench = server.seedBench({ cases });
	const trigger = await fetch(`${server.url}/projects/${bench.projectId}/scripts/${bench.scriptName}/bench/runs`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ channel: 'production' }),
	});
	return ((await trigger.json()) as { id: number }).id;
}

it('survives three cut streams without losing or repeating a result', async () => {
	// 6 s of results: room for the CLI's start-up on a loaded machine plus three cuts, each followed by a
	// reconnect delay of at most 1 s (the backoff restarts after every successful subscribe).
	const runId = await startRun(120);

	const { code, stdout, stderr } = await runCli(['watch', String(runId), '--json'], { env: { AKRIBES_BASE_URL: proxy.url } });
	expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
	expect(proxy.cuts).toBe(3);
	expect(proxy.streams).toBeGreaterThanOrEqual(4);

	const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { type: string; result?: BenchResult; reconnects?: number; results?: number });
	const printed = lines.filter((line) => line.type === 'result').map((line) => line.result!.id);
	const served = ((await (await fetch(`${server.url}/bench-runs/${runId}/results`)).json()) as BenchResult[]).map((row) => row.id);
	expect(served).toHaveLength(120);
	expect(new Set(printed).size).toBe(printed.length);
	expect([...printed].sort((a, b) => a - b)).toEqual([...served].sort((a, b) => a - b));
	// Each cut drops a half-delivered result frame that only the backfill can recover (its rows carry `verdict`).
	const recovered = lines.filter((line) => line.type === 'result' && line.result!.verdict !== undefined);
	expect(recovered.length).toBeGreaterThanOrEqual(3);
	expect(lines.at(-1)).toMatchObject({ type: 'summary', status: 'completed', results: 120, reconnects: 3 });
});

it.skipIf(!HAS_SCRIPT)('on a terminal, the progress spinner is drawn on stderr and never reaches stdout', async () => {
	const runId = await startRun(20);
	const stdoutFile = join(tempDir(), 'stdout.txt');
	const env = { ...baseEnv(tempDir()), TERM: 'xterm', AKRIBES_BASE_URL: server.url };
	const { code, output } = await runCliInTty(['watch', String(runId)], env, [], stdoutFile);
	expect(code).toBe(0);
	expect(output).toMatch(new RegExp(`[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] run ${runId}: \\d+/20 results`));
	const stdout = readFileSync(stdoutFile, 'utf8');
	expect(stdout.trimEnd().split('\n')).toHaveLength(21);
	expect(stdout).not.toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏\r\x1b]/);
});
