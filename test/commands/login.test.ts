// `login` writes the config file 0600, takes the token from stdin or a hidden prompt, and never shows it.
import { readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseEnv, ensureBuilt, HAS_SCRIPT, runCli, runCliInTty, tempDir } from './helpers.js';

const TOKEN = 'tok-5ecret-value-never-shown';
let home: string;
let configDir: string;
let configFile: string;

beforeAll(() => ensureBuilt());
beforeEach(() => {
	home = tempDir();
	configDir = join(home, 'xdg');
	configFile = join(configDir, 'bench-tui', 'config.json');
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const env = () => ({ XDG_CONFIG_HOME: configDir });

describe('login', () => {
	it('--token-stdin writes url, project and token with mode 0600 and never echoes the token', async () => {
		const { code, stdout, stderr } = await runCli(['login', '--url', 'http://bench.example:3001/', '--project', '4', '--token-stdin'], { env: env(), input: `${TOKEN}\n` });
		expect(code).toBe(0);
		expect(statSync(configFile).mode & 0o777).toBe(0o600);
		expect(JSON.parse(readFileSync(configFile, 'utf8'))).toEqual({ url: 'http://bench.example:3001', project: 4, token: TOKEN });
		expect(stdout).toBe(`Saved ${configFile}: url http://bench.example:3001, project 4, token set\n`);
		expect(stdout + stderr).not.toContain(TOKEN);
	});

	it('keeps the saved token when stdin brings none, and updates only what is given', async () => {
		await runCli(['login', '--url', 'http://a:1', '--project', '4', '--token-stdin'], { env: env(), input: TOKEN });
		const { code } = await runCli(['login', '--project', '9'], { env: env(), input: '' });
		expect(code).toBe(0);
		expect(JSON.parse(readFileSync(configFile, 'utf8'))).toEqual({ url: 'http://a:1', project: 9, token: TOKEN });
		expect(statSync(configFile).mode & 0o777).toBe(0o600);
	});

	it('--token-stdin with nothing on stdin is a usage error and writes nothing', async () => {
		const { code, stderr } = await runCli(['login', '--token-stdin'], { env: env(), input: '\n' });
		expect(code).toBe(2);
		expect(stderr).toMatch(/no token on stdin/);
		expect(() => statSync(configFile)).toThrow();
	});

	it('refuses a token on the command line', async () => {
		const { code, stderr } = await runCli(['login', '--token', TOKEN], { env: env() });
		expect(code).toBe(2);
		expect(stderr).toMatch(/never takes the token from the command line/);
		expect(() => statSync(configFile)).toThrow();
	});

	it('--show tells where each setting comes from, without the token', async () => {
		mkdirSync(join(configDir, 'bench-tui'), { recursive: true });
		writeFileSync(configFile, JSON.stringify({ url: 'http://file:1', project: 2, token: TOKEN }));
		const fromFile = await runCli(['login', '--show'], { env: env() });
		expect(fromFile.code).toBe(0);
		expect(fromFile.stdout).toBe(
			['url      http://file:1  (config file)', 'project  2  (config file)', 'token    set  (config file)', `config   ${configFile}`, ''].join('\n'),
		);

		const overridden = await runCli(['login', '--show', '--url', 'http://flag:2', '--json'], {
			env: { ...env(), AKRIBES_SERVICE_TOKEN: 'env-token-not-shown', AKRIBES_PROJECT_ID: '7' },
		});
		expect(JSON.parse(overridden.stdout)).toEqual({
			url: 'http://flag:2',
			url_source: 'flag',
			project: 7,
			project_source: 'env',
			token_set: true,
			token_source: 'env',
			config_path: configFile,
		});
		for (const run of [fromFile, overridden]) {
			expect(run.stdout + run.stderr).not.toContain(TOKEN);
			expect(run.stdout + run.stderr).not.toContain('env-token-not-shown');
		}
	});

	it('--show with nothing configured shows the default URL', async () => {
		const { stdout } = await runCli(['login', '--show'], { env: env() });
		expect(stdout).toContain('url      http://localhost:3001  (default)');
		expect(stdout).toContain('project  not set');
		expect(stdout).toContain('token    not set');
	});

	it.skipIf(!HAS_SCRIPT)('on a terminal, prompts without echo and saves the typed token', async () => {
		const { code, output } = await runCliInTty(['login', '--url', 'http://tty:3'], { ...baseEnv(home), ...env(), TERM: 'xterm' }, [
			{ when: (out) => out.includes('Token (input hidden'), type: `${TOKEN}\r` },
		]);
		expect(code).toBe(0);
		expect(output).toContain('Token (input hidden; empty keeps the current one): ');
		expect(output).toContain('token set');
		expect(output).not.toContain(TOKEN);
		expect(JSON.parse(readFileSync(configFile, 'utf8'))).toEqual({ url: 'http://tty:3', token: TOKEN });
		expect(statSync(configFile).mode & 0o777).toBe(0o600);
	});
});
