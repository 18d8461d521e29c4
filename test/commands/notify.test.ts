// `watch` / `trigger --watch` on a terminal ring it when the run ends (BEL + OSC 9, captured from the pty);
// `--no-notify` and the config key `"notify": false` keep it quiet, and piped output never carries it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../source/server/index.js';
import { baseEnv, ensureBuilt, HAS_SCRIPT, runCli, runCliInTty, tempDir } from './helpers.js';

let server: RunningServer;
beforeAll(async () => {
	ensureBuilt();
	server = await startServer({ pace: 0 });
});
afterAll(() => server?.close());

const NOTIFICATION = /\x07\x1b\]9;bench-tui: run (\d+) of summarize completed · mean \d+\.\d\x07/;

describe.skipIf(!HAS_SCRIPT)('run-end notification on a terminal', () => {
	const env = (home = tempDir()) => ({ ...baseEnv(home), TERM: 'xterm-256color', AKRIBES_BASE_URL: server.url, AKRIBES_PROJECT_ID: '1' });

	it('trigger --watch: BEL and OSC 9 naming the run, its status and mean score', async () => {
		const { code, output } = await runCliInTty(['trigger', 'summarize', '--watch'], env());
		expect(code).toBe(0);
		const [, runId] = output.match(NOTIFICATION) ?? [];
		expect(output).toContain(`run ${runId} `);
	});

	it('watch of a finished run too; --no-notify: no BEL, no OSC', async () => {
		const started = await runCli(['trigger', 'summarize', '--json'], { env: { AKRIBES_BASE_URL: server.url, AKRIBES_PROJECT_ID: '1' } });
		const runId = String((JSON.parse(started.stdout) as { id: number }).id);
		expect((await runCliInTty(['watch', runId], env())).output).toMatch(NOTIFICATION);
		const quiet = await runCliInTty(['watch', runId, '--no-notify'], env());
		expect(quiet.code).toBe(0);
		expect(quiet.output).toContain(`run ${runId} `);
		expect(quiet.output).not.toMatch(/\x07|\x1b\]9;/);
	});

	it('config "notify": false turns it off', async () => {
		const home = tempDir();
		mkdirSync(join(home, 'config', 'bench-tui'), { recursive: true });
		writeFileSync(join(home, 'config', 'bench-tui', 'config.json'), JSON.stringify({ notify: false }));
		const { code, output } = await runCliInTty(['trigger', 'summarize', '--watch'], env(home));
		expect(code).toBe(0);
		expect(output).not.toMatch(/\x07|\x1b\]9;/);
	});
});

it('piped (stderr not a terminal): no notification bytes', async () => {
	const { code, stdout, stderr } = await runCli(['trigger', 'summarize', '--watch'], { env: { AKRIBES_BASE_URL: server.url, AKRIBES_PROJECT_ID: '1' } });
	expect(code).toBe(0);
	expect(stdout + stderr).not.toMatch(/\x07|\x1b\]/);
});
