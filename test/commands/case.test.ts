// `case get|create|patch|delete|promote` against the embedded server, with JSON inline, from a file and from stdin.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchCase, BenchResult } from '../../source/wire/types.js';
import { startServer, type RunningServer, type SeededBench } from '../../source/server/index.js';
import { ensureBuilt, runCli, tempDir } from './helpers.js';

let server: RunningServer;
let seeded: SeededBench;

beforeAll(async () => {
	ensureBuilt();
	server = await startServer({ data: 'empty', pace: 0 });
	seeded = server.seedBench({ cases: 3, runs: 1 });
});
afterAll(() => server?.close());

const cli = (args: string[], input?: string) =>
	runCli(args, { env: { AKRIBES_BASE_URL: server.url, AKRIBES_PROJECT_ID: String(seeded.projectId) }, input });

async function served<T>(path: string): Promise<{ status: number; body: T }> {
	const response = await fetch(`${server.url}${path}`);
	return { status: response.status, body: (await response.json()) as T };
}

const validCase = (text: string) => ({ inputs: { text }, expected_output: { label: 'positive', confidence: 0.9 }, ground_truth: { source: 'cli test' }, name: `case ${text}` });

describe('case create', () => {
	it('from inline JSON, a file, and stdin (`-`); --json is the created case', async () => {
		const file = join(tempDir(), 'case.json');
		writeFileSync(file, JSON.stringify(validCase('from a file')));
		const created = [
			await cli(['case', 'create', seeded.scriptName, JSON.stringify(validCase('inline')), '--json']),
			await cli(['case', 'create', seeded.scriptName, file, '--json']),
			await cli(['case', 'create', seeded.scriptName, '-', '--json'], JSON.stringify(validCase('from stdin'))),
		];
		const cases = created.map(({ code, stdout, stderr }) => {
			expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
			return JSON.parse(stdout) as BenchCase;
		});
		expect(cases.map((c) => c.case_name)).toEqual(['case inline', 'case from a file', 'case from stdin']);
		const listed = (await served<BenchCase[]>(`/projects/${seeded.projectId}/scripts/${seeded.scriptName}/bench/cases`)).body;
		for (const c of cases) expect(listed).toContainEqual(c);
	});

	it('case_type_mismatch exits 1 with each field error on its own line', async () => {
		const body = { inputs: { text: 42 }, expected_output: { label: 'sideways', confidence: 'high' } };
		const response = await fetch(`${server.url}/projects/${seeded.projectId}/scripts/${seeded.scriptName}/bench/cases`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		const envelope = (await response.json()) as { error: string; field_errors: Array<{ path: string; message: string }> };
		expect(envelope.error).toBe('case_type_mismatch');
		expect(envelope.field_errors.length).toBeGreaterThan(1);

		const { code, stdout, stderr } = await cli(['case', 'create', seeded.scriptName, JSON.stringify(body)]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe(
			[
				'bench-tui case create: case_type_mismatch: the case does not match the script signature',
				...envelope.field_errors.map((e) => `  ${e.path}: ${e.message}`),
				'',
			].join('\n'),
		);
	});
});

describe('case get, patch, delete', () => {
	it('get --json is the execution row; human output shows the fields and the JSON blocks', async () => {
		const id = seeded.caseIds[0];
		const json = await cli(['case', 'get', id, '--json']);
		expect(json.code).toBe(0);
		expect(JSON.parse(json.stdout)).toEqual((await served(`/executions/${id}`)).body);

		const human = await cli(['case', 'get', id]);
		expect(human.code).toBe(0);
		expect(human.stdout).toMatch(new RegExp(`^case +${id}\\n`));
		expect(human.stdout).toContain(`\nscript      ${seeded.scriptName} (project ${seeded.projectId})\n`);
		expect(human.stdout).toMatch(/\ninputs\n\{\n {2}"text": /);
	});

	it('patch changes only the keys given (from stdin)', async () => {
		const id = seeded.caseIds[1];
		const before = (await served<Record<string, unknown>>(`/executions/${id}`)).body;
		const { code, stdout } = await cli(['case', 'patch', id, '-', '--json'], '{"name": "renamed by the CLI"}');
		expect(code).toBe(0);
		const patched = JSON.parse(stdout) as BenchCase;
		expect(patched.case_name).toBe('renamed by the CLI');
		expect(patched.inputs).toEqual(before.inputs);
		expect(patched.expected_output).toEqual(before.expected_output);
		expect((await served<Record<string, unknown>>(`/executions/${id}`)).body.case_name).toBe('renamed by the CLI');
	});

	it('delete refuses without --yes off a terminal, deletes with it; then get exits 7', async () => {
		const id = seeded.caseIds[2];
		const refused = await cli(['case', 'delete', id]);
		expect(refused.code).toBe(2);
		expect((await served(`/executions/${id}`)).status).toBe(200);
		const deleted = await cli(['case', 'delete', id, '--yes']);
		expect(deleted).toMatchObject({ code: 0, stdout: `Deleted case ${id}\n` });
		expect((await cli(['case', 'get', id])).code).toBe(7);
	});
});

describe('case promote', () => {
	it('turns a completed execution into a case, with --name and --edits from stdin', async () => {
		const results = (await served<BenchResult[]>(`/bench-runs/${seeded.runIds[0]}/results`)).body;
		const executionId = results.find((row) => row.status === 'ok' && row.workflow_execution_id)!.workflow_execution_id!;
		const { code, stdout, stderr } = await cli(['case', 'promote', executionId, '--name', 'promoted by the CLI', '--edits', '-', '--json'], '{"ground_truth": {"reviewed": true}}');
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		const promoted = JSON.parse(stdout) as BenchCase;
		expect(promoted).toMatchObject({ case_name: 'promoted by the CLI', ground_truth: { reviewed: true }, kind: 'case', frozen: true });
		expect((await served<Record<string, unknown>>(`/executions/${promoted.id}`)).body).toMatchObject({ case_name: 'promoted by the CLI' });
	});

	it('an unknown execution exits 7', async () => {
		const { code } = await cli(['case', 'promote', 'no-such-execution']);
		expect(code).toBe(7);
	});
});

describe('case patch of inputs', () => {
	let demo: RunningServer;
	let caseId: string;
	let inputs: Record<string, unknown>;
	beforeAll(async () => {
		demo = await startServer({ pace: 0 });
		const cases = (await (await fetch(`${demo.url}/projects/1/scripts/classify-ticket/bench/cases`)).json()) as BenchCase[];
		const full = cases.find((c) => c.inputs && 'customer_tier' in c.inputs)!;
		caseId = full.id;
		inputs = full.inputs as Record<string, unknown>;
	});
	afterAll(() => demo?.close());
	const demoCli = (args: string[]) => runCli(args, { env: { AKRIBES_BASE_URL: demo.url, AKRIBES_PROJECT_ID: '1' } });

	it('merges the given input keys into the current inputs by default', async () => {
		const tier = inputs.customer_tier === 'pro' ? 'enterprise' : 'pro';
		const { code, stdout, stderr } = await demoCli(['case', 'patch', caseId, JSON.stringify({ inputs: { customer_tier: tier } }), '--json']);
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		expect((JSON.parse(stdout) as BenchCase).inputs).toEqual({ ...inputs, customer_tier: tier });
	});

	it('--replace sends inputs as given, so missing required keys are refused by the server', async () => {
		const { code, stderr } = await demoCli(['case', 'patch', caseId, '{"inputs":{"customer_tier":"free"}}', '--replace']);
		expect(code).toBe(1);
		expect(stderr).toMatch(/case_type_mismatch/);
		expect(stderr).toMatch(/inputs\.subject/);
	});
});
