import { describe, expect, it } from 'vitest';
import { JudgeContractError } from '../../source/client/errors.js';
import type { BenchResult, BenchRun } from '../../source/wire/types.js';
import { clientFor, eventually, expectNoNulls, openStream, parseFrames, raw, RESULT_REQUIRED, RUN_REQUIRED, serve } from './helpers.js';

const trigger = (server: Awaited<ReturnType<typeof serve>>, project: number, script: string, body: unknown) =>
	raw(server, `/projects/${project}/scripts/${script}/bench/runs`, { method: 'POST', body });

describe('trigger (§6.1 POST …/bench/runs)', () => {
	it('returns the pending run with warnings, then executes every case to completed', async () => {
		const server = await serve();
		const client = clientFor(server);
		const response = await trigger(server, 1, 'classify-ticket', { channel: 'draft', notes: 'try draft' });
		expect(response.status).toBe(200);
		const run = response.json as BenchRun;
		expectNoNulls(run as unknown as Record<string, unknown>, RUN_REQUIRED);
		expect(run).toMatchObject({ status: 'pending', channel: 'draft', mode: 'full', total_cases: 120, notes: 'try draft', case_filter: null, completed_at: null });
		expect(run.warnings).toEqual(['ANTHROPIC_API_KEY missing; 120 cases will likely fail']);
		expect(run).not.toHaveProperty('mean_headline_score');
		await server.coordinator.idle();
		const done = (await client.benchRuns.get(run.id))!;
		expect(done.status).toBe('completed');
		expect(done.completed_at).not.toBeNull();
		expect(done).not.toHaveProperty('warnings');
		expect(done).not.toHaveProperty('mean_headline_score');
		expect(done).not.toHaveProperty('ok_cases');
		const breakdown = done.status_breakdown!;
		expect(Object.values(breakdown).reduce((a, b) => a + b, 0)).toBe(120);
		expect(breakdown.workflow_failed).toBeGreaterThan(0);
		expect(done.passed! + done.failed! + done.inconclusive!).toBe(120);
		expect(done.pass_threshold).toBe(50);
		expect(done.judge_script_name).toBe('judge-label');
		const results = await client.benchRuns.listResults(run.id);
		expect(done.total_cost_usd).toBeCloseTo(results.reduce((sum, r) => sum + r.cost_usd, 0), 6);
	});

	it('produces deterministic results: the same case and versions give the same score on another server', async () => {
		const [a, b] = [await serve(), await serve()];
		const scores = async (server: typeof a) => {
			const run = (await trigger(server, 2, 'extract-invoice', { channel: 'draft' })).json;
			await server.coordinator.idle();
			return (await raw(server, `/bench-runs/${run.id}/results`)).json.map((r: BenchResult) => [r.case_id, r.status, r.headline_score, r.cost_usd]);
		};
		expect(await scores(a)).toEqual(await scores(b));
	});

	it('runs a case_ids subset and a sampled run, recording case_filter', async () => {
		const server = await serve();
		const cases = (await raw(server, '/projects/1/scripts/summarize/bench/cases')).json as Array<{ id: string }>;
		const subset = cases.slice(3, 8).map((c) => c.id);
		const partial = (await trigger(server, 1, 'summarize', { channel: 'draft', case_ids: subset })).json as BenchRun;
		expect(partial.case_filter).toEqual(subset);
		expect(partial.total_cases).toBe(5);
		const sampled = (await trigger(server, 1, 'summarize', { channel: 'production', mode: 'sampled', sample_size: 7 })).json as BenchRun;
		expect(sampled).toMatchObject({ mode: 'sampled', sample_size: 7, total_cases: 7 });
		expect(sampled.case_filter).toHaveLength(7);
		const clamped = (await trigger(server, 1, 'summarize', { channel: 'production', mode: 'sampled', sample_size: 10_000, case_ids: subset })).json as BenchRun;
		expect(clamped.total_cases).toBe(5);
		expect([...clamped.case_filter!].sort()).toEqual([...subset].sort());
		await server.coordinator.idle();
		const results = (await raw(server, `/bench-runs/${partial.id}/results`)).json as BenchResult[];
		expect(results.map((r) => r.case_id).sort()).toEqual([...subset].sort());
		const sampledResults = (await raw(server, `/bench-runs/${sampled.id}/results`)).json as BenchResult[];
		expect(sampledResults.map((r) => r.case_id).sort()).toEqual([...sampled.case_filter!].sort());
	});

	it('rejects bad triggers with 400 envelopes under 500 characters', async () => {
		const server = await serve();
		const cases = [
			[1, 'summarize', {}, 'channel is required'],
			[1, 'summarize', { channel: 'nightly' }, 'channel "nightly" has no version'],
			[1, 'summarize', { channel: 'production', mode: 'sampled' }, 'sample_size must be an integer >= 1 when mode is "sampled"'],
			[1, 'summarize', { channel: 'production', mode: 'sampled', sample_size: 0 }, 'sample_size must be an integer >= 1 when mode is "sampled"'],
			[1, 'summarize', { channel: 'production', mode: 'weird' }, 'mode must be "full" or "sampled"'],
			[1, 'summarize', { channel: 'production', case_ids: ['nope-1', 'nope-2'] }, 'unknown case id(s): nope-1, nope-2'],
		] as const;
		for (const [project, script, body, error] of cases) {
			const response = await trigger(server, project, script, body);
			expect(response.status, JSON.stringify(body)).toBe(400);
			expect(response.json).toEqual({ error });
			expect(response.text.length).toBeLessThan(500);
		}
		const noBench = await trigger(server, 3, 'hello-world', { channel: 'draft' });
		expect(noBench.status).toBe(404);
		expect(noBench.json).toEqual({ error: 'no bench configured' });
		const invalidJson = await raw(server, '/projects/1/scripts/summarize/bench/runs', { method: 'POST', body: '{oops', headers: { 'content-type': 'application/json' } });
		expect(invalidJson.status).toBe(400);
		expect(invalidJson.json).toEqual({ error: 'invalid JSON body' });
	});

	it('pre-flights the judge contract (§2.2b) and refuses a bench without judge or cases', async () => {
		const server = await serve();
		const response = await trigger(server, 2, 'translate', { channel: 'production' });
		expect(response.status).toBe(400);
		expect(response.json.error).toBe(
			'Judge contract mismatch: 2 field(s) incompatible: outputs.translation (str) vs actual.translation (int); outputs.translated_text removed',
		);
		const error = await clientFor(server)
			.benches.triggerRun(2, 'translate', { channel: 'production' })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(JudgeContractError);
		expect((error as JudgeContractError).breaks).toEqual(['outputs.translation (str) vs actual.translation (int)', 'outputs.translated_text removed']);

		await raw(server, '/projects/3/scripts/hello-world/bench', { method: 'POST', body: {} });
		expect((await trigger(server, 3, 'hello-world', { channel: 'draft' })).json).toEqual({ error: 'bench has no judge configured' });
		const seeded = server.seedBench({ cases: 0 });
		expect((await trigger(server, seeded.projectId, seeded.scriptName, { channel: 'production' })).json).toEqual({ error: 'bench has no cases to run' });
	});

	it('records X-Akribes-User as triggered_by', async () => {
		const server = await serve();
		const response = await raw(server, '/projects/1/scripts/summarize/bench/runs', { method: 'POST', body: { channel: 'draft' }, headers: { 'X-Akribes-User': 'ana@example.com' } });
		expect(response.json.triggered_by).toBe('ana@example.com');
	});
});

describe('list, get, results (§6.1, §6.2)', () => {
	it('lists runs newest first with list-only aggregates, honouring limit/offset', async () => {
		const server = await serve();
		const client = clientFor(server);
		const runs = await client.benches.listRuns(1, 'summarize');
		expect(runs.map((r) => r.id)).toEqual([6, 5, 4, 3, 2, 1]);
		expect(runs.map((r) => r.status)).toEqual(['canceled', 'completed', 'completed', 'completed', 'failed', 'completed']);
		for (const run of runs) {
			expectNoNulls(run as unknown as Record<string, unknown>, RUN_REQUIRED);
			expect(run).toHaveProperty('mean_headline_score');
			expect(run).toHaveProperty('ok_cases');
			expect(run).toHaveProperty('status_breakdown');
			expect(run).toHaveProperty('passed');
			expect(run).not.toHaveProperty('warnings');
			expect(run.pass_threshold).toBe(60);
		}
		const sampled = runs.find((r) => r.mode === 'sampled')!;
		// A re-run of the same versions: every case that was ok before is a cache hit (failures run again).
		expect(sampled.cache_hit_cases).toBe(sampled.status_breakdown!.cached);
		expect(sampled.cache_hit_cases).toBeGreaterThanOrEqual(9);
		expect((await client.benches.listRuns(1, 'summarize', { limit: 2, offset: 1 })).map((r) => r.id)).toEqual([5, 4]);
		expect((await raw(server, '/projects/1/scripts/summarize/bench/runs?limit=0')).json).toHaveLength(1);
		expect(await client.benches.listRuns(3, 'hello-world')).toEqual([]);
	});

	it('serves results in the read shape with R-only fields, cache semantics and the planted escape-sequence error', async () => {
		const server = await serve();
		const response = await raw(server, '/bench-runs/4/results');
		expect(response.contentType).toMatch(/^application\/json/);
		const results = response.json as BenchResult[];
		expect(results.length).toBe(60);
		expect(results.map((r) => r.id)).toEqual([...results.map((r) => r.id)].sort((a, b) => a - b));
		for (const result of results) {
			expectNoNulls(result as unknown as Record<string, unknown>, RESULT_REQUIRED);
			for (const key of ['verdict', 'workflow_cost_usd', 'judge_cost_usd', 'case_name', 'workflow_output', 'error', 'input_hash']) expect(result).toHaveProperty(key);
			if (result.status === 'ok') {
				expect(result.verdict).toBe(result.headline_score! >= 60 ? 'pass' : 'fail');
				expect(result.cost_usd).toBeCloseTo(result.workflow_cost_usd! + result.judge_cost_usd!, 9);
				expect(result.error).toBeNull();
				expect(result.workflow_output).not.toBeNull();
				expect(result.score).toMatchObject({ score: result.headline_score });
			}
			if (result.status === 'workflow_failed') {
				expect(result.verdict).toBe('error');
				expect(typeof result.error).toBe('string');
				expect(result.workflow_output).toBeNull();
			}
		}
		expect(results.some((r) => r.error?.includes('\u001b]52;c;'))).toBe(true);
		expect(results.some((r) => r.case_name?.includes('\n'))).toBe(true);

		const cached = (await raw(server, '/bench-runs/5/results')).json as BenchResult[];
		expect(cached.length).toBe(12);
		for (const row of cached.filter((r) => r.cache_hit)) {
			expect(row).toMatchObject({ status: 'cached', cache_hit: true, cost_usd: 0, workflow_cost_usd: null, judge_cost_usd: null, workflow_output: null, workflow_execution_id: null });
			const original = results.find((r) => r.case_id === row.case_id)!;
			expect(original.status).toBe('ok');
			expect(row.headline_score).toBe(original.headline_score);
		}
		expect((await raw(server, '/bench-runs/999/results')).status).toBe(404);
		expect(await clientFor(server).benchRuns.listResults(999)).toEqual([]);
	});

	it('gets a run with breakdown and correctness counts; 404 for an unknown one', async () => {
		const server = await serve();
		const run = (await raw(server, '/bench-runs/2')).json as BenchRun;
		expect(run.status).toBe('failed');
		expect(run.total_cases).toBe(60);
		expect(Object.values(run.status_breakdown!).reduce((a, b) => a + b, 0)).toBe(27);
		expect(run).not.toHaveProperty('mean_headline_score');
		const missing = await raw(server, '/bench-runs/999');
		expect(missing.status).toBe(404);
		expect(missing.json).toEqual({ error: 'bench run not found' });
		expect(await clientFor(server).benchRuns.get(999)).toBeNull();
	});
});

describe('cancel and delete', () => {
	it('cancel: no new case starts, the in-flight cases finish, the run ends canceled with no rows for unstarted cases', async () => {
		// 4 workers, each case in flight for 4/20 s: at any moment exactly 4 cases are in flight.
		const server = await serve({ pace: 20 });
		const seeded = server.seedBench({ cases: 100, concurrency: 4 });
		const client = clientFor(server);
		const run = await client.benches.triggerRun(seeded.projectId, seeded.scriptName, { channel: 'production' });
		await eventually(async () => ((await client.benchRuns.listResults(run.id)).length >= 6 ? true : undefined));
		const atCancel = await client.benchRuns.cancel(run.id);
		expect(atCancel.status).toBe('running');
		const recordedAtCancel = Object.values(atCancel.status_breakdown!).reduce((a, b) => a + b, 0);
		await server.coordinator.idle();
		const final = (await client.benchRuns.get(run.id))!;
		expect(final.status).toBe('canceled');
		const results = await client.benchRuns.listResults(run.id);
		expect(results.length).toBe(recordedAtCancel + 4);
		expect(results.length).toBeLessThan(100);
		expect(results.every((r) => r.status !== 'skipped')).toBe(true);
		// Canceling a finished run returns it unchanged.
		expect((await client.benchRuns.cancel(run.id)).status).toBe('canceled');
	});

	it('delete cancels, removes the run and its results, answers 204 with an empty body and ends open streams', async () => {
		const server = await serve({ pace: 50 });
		const seeded = server.seedBench({ cases: 200 });
		const run = (await trigger(server, seeded.projectId, seeded.scriptName, { channel: 'production' })).json;
		const stream = await openStream(server, `/bench-runs/${run.id}/events`);
		const response = await fetch(`${server.url}/bench-runs/${run.id}`, { method: 'DELETE' });
		expect(response.status).toBe(204);
		expect(await response.text()).toBe('');
		await stream.ended;
		expect(parseFrames(stream.text()).at(-1)).toEqual({ event: 'terminal', data: '{"status":"unknown"}' });
		await server.coordinator.idle();
		expect((await raw(server, `/bench-runs/${run.id}`)).status).toBe(404);
		expect(server.store.listResults(run.id)).toEqual([]);
		expect((await raw(server, `/bench-runs/${run.id}`, { method: 'DELETE' })).status).toBe(404);
		await clientFor(server).benchRuns.delete(1);
		expect(await clientFor(server).benchRuns.get(1)).toBeNull();
	});
});
