// Secrets stay secret: a config file that does not parse is named with a position, never quoted; a URL carrying
// a password or a token in its query never shows them; `login` never writes the token where others could read it.
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RecordingServer, startRecordingServer } from '../helpers/recording-server.js';
import { ensureBuilt, runCli, tempDir } from './helpers.js';

const SECRET = 'secret-XYZ-never-shown';
let server: RecordingServer;

beforeAll(async () => {
	ensureBuilt();
	server = await startRecordingServer();
	server.on('GET', '/api/bench-runs/4', { status: 404, json: { error: 'bench run not found' } });
});
afterAll(() => server.close());

function configIn(text: string): { XDG_CONFIG_HOME: string; file: string } {
	const dir = join(tempDir(), 'xdg');
	mkdirSync(join(dir, 'bench-tui'), { recursive: true });
	const file = join(dir, 'bench-tui', 'config.json');
	writeFileSync(file, text, { mode: 0o600 });
	return { XDG_CONFIG_HOME: dir, file };
}

describe('config parse errors', () => {
	it.each([`token: ${SECRET}`, `{"token": "${SECRET}",}`, `{"token": "${SECRET}"`])('%s: names the file and a position, never the content', async (text) => {
		const { XDG_CONFIG_HOME, file } = configIn(text);
		for (const args of [['projects'], ['login', '--show']]) {
			const { code, stdout, stderr } = await runCli(args, { env: { XDG_CONFIG_HOME } });
			expect(code).toBe(2);
			expect(stderr).toContain(`config file ${file} is not valid JSON (line 1, column `);
			expect(stdout + stderr).not.toContain(SECRET);
		}
	});
});

describe('URLs in messages', () => {
	it('a password in the URL is refused and never printed', async () => {
		const { code, stdout, stderr } = await runCli(['projects', '--url', `http://ana:${SECRET}@127.0.0.1:9`]);
		expect(code).toBe(1);
		expect(stderr).toContain('the server URL http://127.0.0.1:9 carries a user name or password');
		expect(stdout + stderr).not.toContain(SECRET);
		const shown = await runCli(['login', '--show', '--url', `http://ana:${SECRET}@127.0.0.1:9/base?token=${SECRET}`]);
		expect(shown.stdout).toContain('url      http://127.0.0.1:9/base  (flag)');
		expect(shown.stdout + shown.stderr).not.toContain(SECRET);
	});

	it('a base URL with a query keeps its path and query apart: requests go to /api/…?token=…, messages show neither', async () => {
		const { code, stdout, stderr } = await runCli(['run', '4'], { env: { AKRIBES_BASE_URL: `${server.url}/api?token=${SECRET}` } });
		expect(code).toBe(7);
		const request = server.requests.at(-1)!;
		expect(request.path).toBe('/api/bench-runs/4');
		expect(request.query).toEqual({ token: SECRET });
		expect(stdout + stderr).not.toContain(SECRET);
	});
});

describe('login writes the token safely', () => {
	it('replaces a 0644 file by a file created 0600 (renamed into place), leaving no temporary file', async () => {
		const { XDG_CONFIG_HOME, file } = configIn('{"project": 3}\n');
		chmodSync(file, 0o644);
		const before = statSync(file).ino;
		const { code, stdout, stderr } = await runCli(['login', '--token-stdin'], { env: { XDG_CONFIG_HOME }, input: `${SECRET}\n` });
		expect(code).toBe(0);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(statSync(file).ino).not.toBe(before);
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ project: 3, token: SECRET });
		expect(readdirSync(join(XDG_CONFIG_HOME, 'bench-tui'))).toEqual(['config.json']);
		expect(stdout + stderr).not.toContain(SECRET);
	});

	it('refuses to write through a symbolic link at config.json', async () => {
		const { XDG_CONFIG_HOME, file } = configIn('');
		const target = join(tempDir(), 'elsewhere.json');
		writeFileSync(target, '{}\n', { mode: 0o644 });
		rmSync(file);
		symlinkSync(target, file);
		const { code, stdout, stderr } = await runCli(['login', '--token-stdin'], { env: { XDG_CONFIG_HOME }, input: `${SECRET}\n` });
		expect(code).toBe(1);
		expect(stderr).toContain('is a symbolic link; refusing to write the token through it');
		expect(readFileSync(target, 'utf8')).toBe('{}\n');
		expect(lstatSync(file).isSymbolicLink()).toBe(true);
		expect(stdout + stderr).not.toContain(SECRET);
	});
});
