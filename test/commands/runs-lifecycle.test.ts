// trigger / watch / cancel / delete / compare / tag-session / cost against the embedded server (demo data).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchResult, BenchRun, CompareReport } from '../../source/wire/types.js';
import { startServer, type RunningServer } from '../../source/server/index.js';
import { compareToMarkdown } from '../../source/state/compare-export.js';
import { baseEnv, ensureBuilt, HAS_SCRIPT, runCli, runCliInTty, tempDir } from './helpers.js';

const ACME = 1; // demo project with summarize (60 cases, history incl. a failed and a canceled run) and classify-ticket
const INVOICES = 2; // demo project with translate, whose draft judge breaks the contract

let fast: RunningServer; // pace 0: runs finish at once
let slow: RunningServer; // pace 2/s: runs stay in flight long enough to cancel
let slowBench: { projectId: number; scriptName: string };

beforeAll(async () => {
	ensureBuilt();
	[fast, slow] = await Promise.all([startServer({ pace: 0 }), startServer({ data: 'empty', pace: 2 })]);
	slowBench = slow.seedBench({ cases: 40 });
});
afterAll(async () => {
	await Promise.all([fast?.close(), slow?.close()]);
});

const cli = (server: RunningServer, args: string[], project = ACME, input?: string) =>
	runCli(args, { env: { AKRIBES_BASE_URL: server.url, AKRIBES_PROJECT_ID: String(project) }, input });

async function get<T>(server: RunningServer, path: string): Promise<{ status: number; body: T }> {
	const response = await fetch(`${server.url}${path}`);
	return { status: response.status, body: (await response.json().catch(() => null)) as T };
}

function ndjson(stdout: string): Array<Record<string, any>> {
	return stdout
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line));
}

async function historicRun(notes: string): Promise<BenchRun> {
	const { body } = await get<BenchRun[]>(fast, `/projects/${ACME}/scripts/summarize/bench/runs`);
	return body.find((run) => run.notes === notes)!;
}

describe('trigger', () => {
	it('--watch --json: the run line, every result exactly once, then a summary that matches the server', async () => {
		const { code, stdout, stderr } = await cli(fast, ['trigger', 'summarize', '--notes', 'from the CLI test', '--watch', '--json']);
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		const lines = ndjson(stdout);
		expect(lines[0]).toMatchObject({ type: 'run', run: { notes: 'from the CLI test', channel: 'production', total_cases: 60 } });
		const runId = lines[0].run.id as number;

		const served = (await get<BenchResult[]>(fast, `/bench-runs/${runId}/results`)).body;
		const printed = lines.filter((line) => line.type === 'result').map((line) => line.result.id as number);
		expect([...printed].sort((a, b) => a - b)).toEqual(served.map((row) => row.id).sort((a, b) => a - b));

		const listed = (await get<BenchRun[]>(fast, `/projects/${ACME}/scripts/summarize/bench/runs?limit=1`)).body[0];
		expect(listed.id).toBe(runId);
		const summary = lines.at(-1)!;
		expect(summary).toMatchObject({ type: 'summary', status: 'completed', results: 60, run: { id: runId, status: 'completed' } });
		expect(summary.mean_headline_score).toBeCloseTo(listed.mean_headline_score!, 9);
		expect(summary.cost_usd).toBeCloseTo(listed.total_cost_usd, 9);
	});

	it('prints pre-flight warnings on stderr; --json prints the trigger response', async () => {
		const { code, stdout, stderr } = await cli(fast, ['trigger', 'classify-ticket', '--channel', 'draft', '--sample', '5', '--json']);
		expect(code).toBe(0);
		expect(stderr).toBe('warning: ANTHROPIC_API_KEY missing; 5 cases will likely fail\n');
		const run = JSON.parse(stdout) as BenchRun;
		expect(run).toMatchObject({ channel: 'draft', mode: 'sampled', sample_size: 5, warnings: ['ANTHROPIC_API_KEY missing; 5 cases will likely fail'] });
		expect((await get(fast, `/bench-runs/${run.id}`)).status).toBe(200);
	});

	it('--case runs only the given cases; the human line names the run', async () => {
		const cases = (await get<Array<{ id: string }>>(fast, `/projects/${ACME}/scripts/summarize/bench/cases`)).body.slice(0, 2).map((c) => c.id);
		const { code, stdout } = await cli(fast, ['trigger', 'summarize', '--case', cases[0], '--case', cases[1]]);
		expect(code).toBe(0);
		const match = /^Triggered run (\d+) of summarize on production: 2 cases, (pending|running|completed)\n$/.exec(stdout);
		expect(match).not.toBeNull();
		expect((await get<BenchRun>(fast, `/bench-runs/${match![1]}`)).body.case_filter).toEqual(cases);
	});

	it('a judge contract mismatch exits 1 and prints each incompatible field on its own line', async () => {
		const { code, stdout, stderr } = await cli(fast, ['trigger', 'translate'], INVOICES);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe(
			[
				"bench-tui trigger: judge contract mismatch: the workflow's outputs cannot feed the judge",
				'  outputs.translation (str) vs actual.translation (int)',
				'  outputs.translated_text removed',
				'',
			].join('\n'),
		);
	});

	it('any other server error exits 1 with the server message on one line', async () => {
		const { code, stderr } = await cli(fast, ['trigger', 'summarize', '--channel', 'nightly']);
		expect(code).toBe(1);
		expect(stderr).toBe('bench-tui trigger: 400: channel "nightly" has no version\n');
	});
});

describe('watch exit codes on real runs', () => {
	it('a finished failed run → 3, a canceled one → 4, a completed one → 0', async () => {
		const failed = await historicRun('provider outage during run');
		const canceled = await historicRun('canceled: wrong channel');
		const completed = await historicRun('baseline');
		const results = await Promise.all([failed, canceled, completed].map((run) => cli(fast, ['watch', String(run.id)])));
		expect(results.map((r) => r.code)).toEqual([3, 4, 0]);
		const served = (await get<BenchResult[]>(fast, `/bench-runs/${completed.id}/results`)).body;
		expect(results[2].stdout.trimEnd().split('\n')).toHaveLength(served.length + 1);
		expect(results[2].stdout).toMatch(new RegExp(`\\nrun ${completed.id} completed: ${served.length} results \\(`));
	});

	it('--fail-under: 5 when the mean is below, 0 when not', async () => {
		const run = await historicRun('baseline');
		const above = await cli(fast, ['watch', String(run.id), '--fail-under', String(Math.floor(run.mean_headline_score!))]);
		const below = await cli(fast, ['watch', String(run.id), '--fail-under', String(Math.ceil(run.mean_headline_score! + 0.01))]);
		expect([above.code, below.code]).toEqual([0, 5]);
		const triggered = await cli(fast, ['trigger', 'summarize', '--watch', '--fail-under', '101']);
		expect(triggered.code).toBe(5);
		expect(triggered.stderr).toMatch(/^mean score [\d.]+ is below --fail-under 101\n$/);
	});
});

describe('watch rows', () => {
	it('name live results by their case names (fetched once), not by ids', async () => {
		const cases = (await get<Array<{ id: string; case_name: string | null }>>(fast, `/projects/${ACME}/scripts/summarize/bench/cases`)).body;
		const named = new Map(cases.filter((c) => c.case_name).map((c) => [c.id, c.case_name!]));
		expect(named.size).toBeGreaterThan(0);
		const { code, stdout } = await cli(fast, ['trigger', 'summarize', '--watch']);
		expect(code).toBe(0);
		const rows = stdout.split('\n').filter((line) => /^(ok|cached|workflow_failed|judge_failed|skipped)\b/.test(line));
		expect(rows.length).toBe(60);
		for (const id of named.keys()) expect(stdout).not.toContain(id.slice(0, 20));
		expect([...named.values()].some((name) => stdout.includes(name.slice(0, 20)))).toBe(true);
	});
});

describe('cancel', () => {
	it('cancels a running run; watching it then exits 4', async () => {
		const trigger = await cli(slow, ['trigger', slowBench.scriptName, '--json'], slowBench.projectId);
		const runId = (JSON.parse(trigger.stdout) as BenchRun).id;
		const cancel = await cli(slow, ['cancel', String(runId)], slowBench.projectId);
		expect(cancel.code).toBe(0);
		expect(cancel.stdout).toMatch(new RegExp(`^Cancel requested for run ${runId}; status now (pending|running|canceled)\\n$`));
		const watch = await cli(slow, ['watch', String(runId), '--json'], slowBench.projectId);
		expect(watch.code).toBe(4);
		expect(ndjson(watch.stdout).at(-1)).toMatchObject({ type: 'summary', status: 'canceled' });
		expect((await get<BenchRun>(slow, `/bench-runs/${runId}`)).body.status).toBe('canceled');
	});

	it('a run that has already finished: says so, sends nothing, exits 9', async () => {
		const trigger = await cli(fast, ['trigger', 'summarize', '--watch', '--json']);
		const run = ndjson(trigger.stdout).at(-1)!.run as BenchRun;
		expect(run.status).toBe('completed');
		const cancel = await cli(fast, ['cancel', String(run.id)]);
		expect(cancel).toMatchObject({ code: 9, stdout: `Run ${run.id} had already finished (completed); nothing to cancel\n`, stderr: '' });
		expect((await get<BenchRun>(fast, `/bench-runs/${run.id}`)).body.status).toBe('completed');
	});
});

describe('delete', () => {
	it('refuses without --yes when stdin is not a terminal; deletes with --yes', async () => {
		const run = await historicRun('spot check');
		const refused = await cli(fast, ['delete', String(run.id)]);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toMatch(/refusing without --yes: stdin is not a terminal/);
		expect((await get(fast, `/bench-runs/${run.id}`)).status).toBe(200);

		const deleted = await cli(fast, ['delete', String(run.id), '--yes']);
		expect(deleted).toMatchObject({ code: 0, stdout: `Deleted run ${run.id}\n` });
		expect((await get(fast, `/bench-runs/${run.id}`)).status).toBe(404);
		expect((await cli(fast, ['delete', String(run.id), '--yes'])).code).toBe(7);
	});

	it.skipIf(!HAS_SCRIPT)('on a terminal asks y/N: no keeps the run, y deletes it', async () => {
		const trigger = await cli(fast, ['trigger', 'summarize', '--watch', '--json']);
		const runId = ndjson(trigger.stdout)[0].run.id as number;
		const env = { ...baseEnv(tempDir()), TERM: 'xterm', AKRIBES_BASE_URL: fast.url };
		const prompt = `Delete run ${runId} and all its results? [y/N] `;
		const declined = await runCliInTty(['delete', String(runId)], env, [{ when: (out) => out.includes(prompt), type: '\r' }]);
		expect(declined.code).toBe(1);
		expect(declined.output).toContain('Not deleted.');
		expect((await get(fast, `/bench-runs/${runId}`)).status).toBe(200);

		const accepted = await runCliInTty(['delete', String(runId)], env, [{ when: (out) => out.includes(prompt), type: 'y\r' }]);
		expect(accepted.code).toBe(0);
		expect(accepted.output).toContain(`Deleted run ${runId}`);
		expect((await get(fast, `/bench-runs/${runId}`)).status).toBe(404);
	});
});

describe('compare', () => {
	let regressedPair: [number, number];
	let report: CompareReport;

	beforeAll(async () => {
		const runs = (await get<BenchRun[]>(fast, `/projects/${ACME}/scripts/summarize/bench/runs?limit=100`)).body.filter((run) => run.status === 'completed');
		for (const a of runs)
			for (const b of runs) {
				if (regressedPair || a.id === b.id) continue;
				const candidate = (await get<CompareReport>(fast, `/bench-runs/${a.id}/compare/${b.id}`)).body;
				if (candidate.aggregate.n_regressed > 0) [regressedPair, report] = [[a.id, b.id], candidate];
			}
		expect(regressedPair).toBeDefined();
	});

	it('--json equals the server report; --fail-on-regression exits 6 on a regression', async () => {
		const [a, b] = regressedPair.map(String);
		const json = await cli(fast, ['compare', a, b, '--json', '--fail-on-regression']);
		expect(json.code).toBe(6);
		expect(JSON.parse(json.stdout)).toEqual(report);
		expect((await cli(fast, ['compare', a, b, '--format', 'json'])).code).toBe(0);
	});

	it('a run compared with itself has no regression: exit 0 with --fail-on-regression', async () => {
		const [a] = regressedPair.map(String);
		const same = await cli(fast, ['compare', a, a, '--fail-on-regression']);
		expect(same.code).toBe(0);
		expect(same.stdout).toMatch(new RegExp(`\\nrun ${a} → run ${a}: 0 regressed, 0 improved, \\d+ unchanged\\n`));
	});

	it('table: one row per case with the flag word, then the aggregate', async () => {
		const [a, b] = regressedPair.map(String);
		const { code, stdout } = await cli(fast, ['compare', a, b]);
		expect(code).toBe(0);
		const lines = stdout.split('\n');
		expect(lines[0]).toMatch(/^CASE +A +B +DELTA {2}FLAG +COST DELTA {2}COST$/);
		const regressedRows = lines.filter((line) => / regressed /.test(line));
		expect(regressedRows).toHaveLength(report.per_case.filter((row) => row.flag === 'regressed').length);
		expect(stdout).toContain(`run ${a} → run ${b}: ${report.aggregate.n_regressed} regressed, ${report.aggregate.n_improved} improved, ${report.aggregate.n_unchanged} unchanged\n`);
	});

	it('--format md is the compare view’s Markdown export, and still fails on regression', async () => {
		const [a, b] = regressedPair;
		const { code, stdout } = await cli(fast, ['compare', String(a), String(b), '--format', 'md', '--fail-on-regression']);
		expect(code).toBe(6); // the CI example's single step: the report on stdout, the verdict in the exit code
		const [runA, runB] = await Promise.all([a, b].map(async (id) => (await get<BenchRun>(fast, `/bench-runs/${id}`)).body));
		expect(stdout).toBe(compareToMarkdown(report, { runA, runB, scriptName: 'summarize' }));
		expect(stdout.split('\n')[0]).toBe(`### summarize: bench run #${a} → #${b}`);
	});
});

describe('tag-session and cost', () => {
	it('tags a run, and the session cost is readable', async () => {
		const run = await historicRun('v2 prompt');
		const tagged = await cli(fast, ['tag-session', String(run.id), 'mcp-session-cli-test']);
		expect(tagged).toMatchObject({ code: 0, stdout: `Tagged run ${run.id} with MCP session mcp-session-cli-test\n` });
		expect((await get<BenchRun>(fast, `/bench-runs/${run.id}`)).body.mcp_session_id).toBe('mcp-session-cli-test');

		const cost = await cli(fast, ['cost', 'mcp-session-demo-1', '--json']);
		expect(cost.code).toBe(0);
		expect(JSON.parse(cost.stdout)).toEqual((await get(fast, '/mcp-sessions/mcp-session-demo-1/cost')).body);
		const human = await cli(fast, ['cost', 'mcp-session-demo-1']);
		expect(human.stdout).toMatch(/^session {2}mcp-session-demo-1\ntotal {4}\$[\d.]+\n\nbreakdown\n\{/);
	});

	it('an untagged session exits 7', async () => {
		const { code, stderr } = await cli(fast, ['cost', 'no-such-session']);
		expect(code).toBe(7);
		expect(stderr).toMatch(/^bench-tui cost: not found: /);
	});
});
