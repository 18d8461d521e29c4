// A hostile server through every read command. Valid shapes with hostile strings: the human output reaches the
// terminal inert (no ESC, BEL, C1; the letters kept). Numbers carrying escape sequences: a ProtocolError on stderr,
// exit 1, nothing of the sequence printed.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CONTROL_BYTES, EVIL_ID, EVIL_LETTERS, hostileRun, startHostileServer } from '../helpers/hostile-server.js';
import type { RecordingServer } from '../helpers/recording-server.js';
import { ensureBuilt, runCli } from './helpers.js';

let server: RecordingServer;
let lyingServer: RecordingServer;

beforeAll(async () => {
	ensureBuilt();
	server = await startHostileServer();
	lyingServer = await startHostileServer();
	lyingServer.on('GET', '/projects', { json: [{ id: EVIL_ID, name: 'p', created_at: '2026-08-01T10:00:00Z' }] });
	lyingServer.on('GET', '/projects/1/benches', { json: [{ bench_id: EVIL_ID }] });
	lyingServer.on('GET', '/projects/1/scripts/s/bench/runs', { json: [{ ...hostileRun(7), id: EVIL_ID }] });
	lyingServer.on('GET', '/bench-runs/7', { json: { ...hostileRun(7), total_cases: EVIL_ID } });
	lyingServer.on('GET', '/bench-runs/7/results', { json: [{ id: EVIL_ID }] });
	lyingServer.on('GET', '/bench-runs/7/compare/8', { json: { run_a_id: EVIL_ID } });
	lyingServer.on('GET', '/executions/c1', { json: { id: 'c1', project_id: EVIL_ID } });
	lyingServer.on('GET', '/mcp-sessions/s1/cost', { json: { session_id: 's1', total_cost_usd: EVIL_ID, breakdown: {} } });
});
afterAll(async () => {
	await server?.close();
	await lyingServer?.close();
});

const COMMANDS = [['projects'], ['benches'], ['runs', 's'], ['run', '7'], ['results', '7'], ['watch', '7'], ['compare', '7', '8'], ['compare', '7', '8', '--format', 'md'], ['case', 'get', 'c1'], ['cost', 's1']];

describe('hostile strings in valid shapes', () => {
	it.concurrent.for(COMMANDS)('bench-tui %s', async (args, { expect }) => {
		const { code, stdout, stderr } = await runCli(args, { env: { AKRIBES_BASE_URL: server.url, AKRIBES_PROJECT_ID: '1' } });
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		expect(stdout).not.toMatch(CONTROL_BYTES);
		expect(stdout).not.toContain('\u202e');
		expect(stdout).toMatch(EVIL_LETTERS);
	});
});

describe('numbers carrying escape sequences', () => {
	it.concurrent.for(COMMANDS.filter(([name]) => name !== 'watch'))('bench-tui %s', async (args, { expect }) => {
		const { code, stdout, stderr } = await runCli(args, { env: { AKRIBES_BASE_URL: lyingServer.url, AKRIBES_PROJECT_ID: '1' } });
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/^bench-tui [a-z ]+: GET \/[^ ]+: \S.* expected (number|an integer), got string\n$/);
		expect(stderr).not.toMatch(CONTROL_BYTES);
		expect(stderr).not.toContain('PWNED');
	});
});

describe('--json with C1 controls and line separators', () => {
	it('escapes U+007F–U+009F, U+2028/2029 and bidi controls as \\uXXXX; the JSON still parses to the same value', async ({ expect }) => {
		const name = '\u009d0;PWNED\u009c a\u2028b \u202e \u007f';
		const c1 = await startHostileServer();
		c1.on('GET', '/projects', { json: [{ id: 1, name, created_at: '2026-08-01T10:00:00Z' }] });
		try {
			const { code, stdout } = await runCli(['projects', '--json'], { env: { AKRIBES_BASE_URL: c1.url } });
			expect(code).toBe(0);
			expect(stdout).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202e]/);
			expect(stdout).toContain('\\u009d0;PWNED\\u009c a\\u2028b \\u202e \\u007f');
			expect(JSON.parse(stdout)).toEqual([{ id: 1, name, created_at: '2026-08-01T10:00:00Z' }]);
		} finally {
			await c1.close();
		}
	});
});
