// Read commands against the embedded server: `--json` equals what the server serves, human output is aligned
// plain text off a terminal (glyphs and colour only on one), and a missing thing exits 7.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer, type SeededBench } from '../../source/server/index.js';
import { baseEnv, ensureBuilt, HAS_SCRIPT, runCli, runCliInTty, tempDir } from './helpers.js';

let server: RunningServer;
let seeded: SeededBench;

beforeAll(async () => {
	ensureBuilt();
	server = await startServer({ data: 'empty', pace: 0 });
	seeded = server.seedBench({ cases: 5, runs: 2 });
});
afterAll(() => server?.close());

const cli = (...args: string[]) => runCli(args, { env: { AKRIBES_BASE_URL: server.url, AKRIBES_PROJECT_ID: String(seeded.projectId) } });

async function served(path: string): Promise<unknown> {
	const response = await fetch(`${server.url}${path}`);
	expect(response.status).toBe(200);
	return response.json();
}

async function jsonOf(args: string[]): Promise<unknown> {
	const { code, stdout, stderr } = await cli(...args, '--json');
	expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
	expect(stdout.trim().split('\n')).toHaveLength(1); // one line when stdout is not a terminal
	return JSON.parse(stdout);
}

describe('--json prints exactly what the server returned', () => {
	it('projects, benches, runs, run, results, bench', async () => {
		const [runA, runB] = seeded.runIds;
		const script = encodeURIComponent(seeded.scriptName);
		const cases: [string[], string][] = [
			[['projects'], '/projects'],
			[['benches'], `/projects/${seeded.projectId}/benches`],
			[['runs', seeded.scriptName], `/projects/${seeded.projectId}/scripts/${script}/bench/runs`],
			[['runs', seeded.scriptName, '--limit', '1', '--offset', '1'], `/projects/${seeded.projectId}/scripts/${script}/bench/runs?limit=1&offset=1`],
			[['run', String(runA)], `/bench-runs/${runA}`],
			[['results', String(runB)], `/bench-runs/${runB}/results`],
			[['bench', String(seeded.benchId)], `/benches/${seeded.benchId}`],
		];
		await Promise.all(cases.map(async ([args, path]) => expect(await jsonOf(args), args.join(' ')).toEqual(await served(path))));
	});

	it('results --status keeps only that status', async () => {
		const runId = seeded.runIds[0];
		const all = (await served(`/bench-runs/${runId}/results`)) as Array<{ status: string }>;
		for (const status of new Set(all.map((row) => row.status))) {
			expect(await jsonOf(['results', String(runId), '--status', status])).toEqual(all.filter((row) => row.status === status));
		}
		expect(all.length).toBe(5);
	});

	it('--project on the command line beats AKRIBES_PROJECT_ID', async () => {
		const { code, stdout } = await runCli(['benches', '--project', String(seeded.projectId), '--json'], {
			env: { AKRIBES_BASE_URL: server.url, AKRIBES_PROJECT_ID: '424242' },
		});
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual(await served(`/projects/${seeded.projectId}/benches`));
	});
});

describe('human output off a terminal', () => {
	it('projects: an aligned table, no colour', async () => {
		const { code, stdout } = await cli('projects');
		expect(code).toBe(0);
		const projects = (await served('/projects')) as Array<{ id: number; name: string }>;
		const lines = stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^ID {2}NAME +CREATED$/);
		expect(lines).toHaveLength(projects.length + 1);
		const nameColumn = lines[0].indexOf('NAME');
		projects.forEach((project, i) => {
			expect(lines[i + 1].slice(nameColumn).startsWith(project.name)).toBe(true);
			expect(lines[i + 1].slice(0, nameColumn).trim()).toBe(String(project.id));
		});
		expect(stdout).not.toContain('\x1b');
	});

	it('run: labelled fields, values in one column', async () => {
		const runId = seeded.runIds[0];
		const row = (await served(`/bench-runs/${runId}`)) as { status: string; channel: string; total_cases: number; cache_hit_cases: number };
		const { code, stdout } = await cli('run', String(runId));
		expect(code).toBe(0);
		const lines = stdout.trimEnd().split('\n');
		const column = lines[0].indexOf(String(runId));
		for (const line of lines) expect(line.slice(column - 2, column)).toBe('  ');
		const entries = Object.fromEntries(lines.map((line) => [line.slice(0, column).trim(), line.slice(column)]));
		expect(entries).toMatchObject({ run: String(runId), status: row.status, cases: `${row.total_cases} (${row.cache_hit_cases} cached)` });
		expect(entries.channel).toMatch(new RegExp(`^${row.channel} \\(workflow v\\d+, judge v\\d+\\)$`));
	});

	it('runs and results: one row per item under a header', async () => {
		const runs = await cli('runs', seeded.scriptName);
		expect(runs.stdout.split('\n')[0]).toMatch(/^RUN {2}STATUS +CHANNEL +OK\/CASES +SCORE +COST +TRIGGERED +NOTES$/);
		expect(runs.stdout.trimEnd().split('\n')).toHaveLength(3);
		for (const id of seeded.runIds) expect(runs.stdout).toMatch(new RegExp(`^ *${id}  completed `, 'm'));

		const results = await cli('results', String(seeded.runIds[0]));
		expect(results.stdout.split('\n')[0]).toMatch(/^RESULT {2}CASE +STATUS +VERDICT +SCORE +COST +TIME +ERROR$/);
		expect(results.stdout.trimEnd().split('\n')).toHaveLength(6);
	});

	it('times are ISO 8601 (stable for scripts), not relative', async () => {
		const served_ = (await served(`/projects/${seeded.projectId}/scripts/${seeded.scriptName}/bench/runs`)) as Array<{ triggered_at: string }>;
		const runs = await cli('runs', seeded.scriptName);
		for (const run of served_) expect(runs.stdout).toContain(run.triggered_at);
		expect(runs.stdout).not.toMatch(/ ago\b/);
		const projects = await cli('projects');
		expect(projects.stdout).not.toMatch(/ ago\b/);
		expect(projects.stdout).toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
	});
});

describe('not found exits 7', () => {
	it.concurrent.for([
		[['run', '999999'], 'run 999999 not found'],
		[['results', '999999'], 'run 999999 not found'],
		[['bench', '999999'], 'bench 999999 not found'],
		[['watch', '999999'], 'run 999999 not found'],
		[['case', 'get', 'no-such-case'], 'case no-such-case not found'],
		[['runs', 'no-such-script'], 'no bench for script no-such-script in project {project}'],
	] as const)('%j', async ([args, message], { expect }) => {
		const { code, stdout, stderr } = await cli(...args);
		expect(code).toBe(7);
		expect(stdout).toBe('');
		expect(stderr).toBe(`bench-tui ${args[0] === 'case' ? 'case get' : args[0]}: ${message.replace('{project}', String(seeded.projectId))}\n`);
	});

	it('a 404 from the server on a write (tag-session) is 7 too', async () => {
		const { code, stderr } = await cli('tag-session', '999999', 'session-1');
		expect(code).toBe(7);
		expect(stderr).toMatch(/^bench-tui tag-session: not found: /);
	});

	it('cancel of a missing run is 7', async () => {
		const { code, stderr } = await cli('cancel', '999999');
		expect({ code, stderr }).toEqual({ code: 7, stderr: 'bench-tui cancel: run 999999 not found\n' });
	});
});

describe.skipIf(!HAS_SCRIPT)('on a terminal', () => {
	const ttyEnv = (extra: Record<string, string> = {}) => ({
		...baseEnv(tempDir()),
		TERM: 'xterm-256color',
		AKRIBES_BASE_URL: server.url,
		AKRIBES_PROJECT_ID: String(seeded.projectId),
		...extra,
	});

	it('status glyphs and colour; NO_COLOR keeps the glyphs and drops the colour', async () => {
		const coloured = await runCliInTty(['runs', seeded.scriptName], ttyEnv());
		expect(coloured.code).toBe(0);
		expect(coloured.output).toContain('\x1b[32m✓ completed\x1b[39m');
		expect(coloured.output).toContain('\x1b[1mRUN');

		const plain = await runCliInTty(['runs', seeded.scriptName], ttyEnv({ NO_COLOR: '1' }));
		expect(plain.output).toContain('✓ completed');
		expect(plain.output).toMatch(/ ago\b/); // relative times for people
		expect(plain.output).not.toMatch(/\x1b\[\d+m/);
	});

	it('--json is pretty-printed', async () => {
		const { output } = await runCliInTty(['bench', String(seeded.benchId), '--json'], ttyEnv());
		expect(output).toContain(`{\r\n  "id": ${seeded.benchId},\r\n`);
		expect(JSON.parse(output.replaceAll('\r\n', '\n'))).toEqual(await served(`/benches/${seeded.benchId}`));
	});
});
