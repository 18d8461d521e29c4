// Settings resolve like the app's: flags > AKRIBES_* environment > config file; auth failures exit 1 with one line;
// the token never shows up in any output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_FLAG_WARNING } from '../../source/config.js';
import { startServer, type RunningServer } from '../../source/server/index.js';
import { ensureBuilt, runCli, tempDir } from './helpers.js';

const SERVICE = 'svc-secret-0123456789';
const SCOPED = 'akribes_tk_scoped-secret';

let server: RunningServer;

beforeAll(async () => {
	ensureBuilt();
	server = await startServer({ pace: 0, tokens: [{ token: SERVICE, service: true }, { token: SCOPED, projects: [1] }] });
});
afterAll(() => server?.close());

function configWith(content: object): string {
	const dir = tempDir();
	mkdirSync(join(dir, 'bench-tui'), { recursive: true });
	writeFileSync(join(dir, 'bench-tui', 'config.json'), JSON.stringify(content), { mode: 0o600 });
	return dir;
}

function expectNoSecrets(...outputs: string[]) {
	for (const output of outputs) for (const secret of [SERVICE, SCOPED]) expect(output).not.toContain(secret);
}

describe('token sources', () => {
	it('no token: 401 → exit 1 with one line', async () => {
		const { code, stdout, stderr } = await runCli(['projects'], { env: { AKRIBES_BASE_URL: server.url } });
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/^bench-tui projects: unauthorized \(401\)/);
		expect(stderr.trim().split('\n')).toHaveLength(1);
	});

	it.each([
		['AKRIBES_TOKEN', { AKRIBES_TOKEN: SERVICE }],
		['AKRIBES_SERVICE_TOKEN (fallback)', { AKRIBES_SERVICE_TOKEN: SERVICE }],
		['the config file', { XDG_CONFIG_HOME: configWith({ token: SERVICE }) }],
	])('%s', async (_, env) => {
		const { code, stdout, stderr } = await runCli(['projects', '--json'], { env: { AKRIBES_BASE_URL: server.url, ...env } });
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		expect((JSON.parse(stdout) as unknown[]).length).toBe(3);
	});

	it('--token works but warns on stderr, without echoing the token', async () => {
		const { code, stdout, stderr } = await runCli(['projects', '--token', SERVICE], { env: { AKRIBES_BASE_URL: server.url } });
		expect(code).toBe(0);
		expect(stderr).toBe(`${TOKEN_FLAG_WARNING}\n`);
		expectNoSecrets(stdout, stderr);
	});

	it('the environment beats the config file, and a flag beats both', async () => {
		const env = { AKRIBES_BASE_URL: server.url, XDG_CONFIG_HOME: configWith({ token: SERVICE }), AKRIBES_TOKEN: 'wrong-token' };
		const envWins = await runCli(['projects'], { env });
		expect(envWins.code).toBe(1);
		expectNoSecrets(envWins.stderr);
		expect(envWins.stderr).not.toContain('wrong-token');
		const flagWins = await runCli(['projects', '--token', SERVICE], { env });
		expect(flagWins.code).toBe(0);
	});

	it('a scoped token is refused the MCP session cost: 403 → exit 1', async () => {
		const { code, stderr } = await runCli(['cost', 'mcp-session-demo-1'], { env: { AKRIBES_BASE_URL: server.url, AKRIBES_TOKEN: SCOPED } });
		expect(code).toBe(1);
		expect(stderr).toMatch(/^bench-tui cost: forbidden \(403\)/);
		expectNoSecrets(stderr);
	});
});

describe('url and project sources', () => {
	it('--url beats AKRIBES_BASE_URL, which beats the file', async () => {
		const file = configWith({ url: 'http://127.0.0.1:9', project: 2, token: SERVICE });
		const fromFlag = await runCli(['benches', '--url', server.url, '--json'], { env: { XDG_CONFIG_HOME: file, AKRIBES_BASE_URL: 'http://127.0.0.1:9' } });
		expect(fromFlag.code).toBe(0);
		const fromEnv = await runCli(['benches', '--json'], { env: { XDG_CONFIG_HOME: file, AKRIBES_BASE_URL: server.url } });
		expect(fromEnv.code).toBe(0);
		// project 2 from the file: the demo's invoice benches
		const names = (JSON.parse(fromEnv.stdout) as Array<{ script_name: string }>).map((bench) => bench.script_name).sort();
		expect(names).toEqual(['extract-invoice', 'translate']);
		const projectFromEnv = await runCli(['benches', '--json'], { env: { XDG_CONFIG_HOME: file, AKRIBES_BASE_URL: server.url, AKRIBES_PROJECT_ID: '1' } });
		expect((JSON.parse(projectFromEnv.stdout) as Array<{ script_name: string }>).map((bench) => bench.script_name).sort()).toEqual(['classify-ticket', 'draft-reply', 'summarize']);
	});

	it('a malformed config file is a usage error naming the file', async () => {
		const dir = tempDir();
		mkdirSync(join(dir, 'bench-tui'), { recursive: true });
		writeFileSync(join(dir, 'bench-tui', 'config.json'), '{ not json');
		const { code, stderr } = await runCli(['projects'], { env: { XDG_CONFIG_HOME: dir } });
		expect(code).toBe(2);
		expect(stderr).toContain(`config file ${join(dir, 'bench-tui', 'config.json')} is not valid JSON`);
	});
});
