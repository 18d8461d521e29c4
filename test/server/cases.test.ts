import { describe, expect, it } from 'vitest';
import { CaseTypeMismatchError } from '../../source/client/errors.js';
import type { BenchResult, ExecutionStatus } from '../../source/wire/types.js';
import { CASE_REQUIRED, clientFor, expectNoNulls, raw, serve } from './helpers.js';

describe('bench configuration and signature (§6.1)', () => {
	it('summarises benches per project and gets a bench by script and by id', async () => {
		const server = await serve();
		const client = clientFor(server);
		const summaries = await client.benches.listSummaries(1);
		expect(summaries.map((s) => [s.script_name, s.judge_script_name, s.case_count, s.latest_run_status])).toEqual([
			['summarize', 'judge-summary', 60, 'canceled'],
			['classify-ticket', 'judge-label', 120, 'completed'],
			['draft-reply', 'judge-reply', 27, 'completed'],
		]);
		expect(summaries[1].latest_run_mean_score).toEqual(expect.any(Number));
		expect((await client.benches.listSummaries(3))).toEqual([]);
		const bench = (await client.benches.get(1, 'summarize'))!;
		expect(bench).toMatchObject({ judge_channel: 'production', config: { concurrency: 4, pass_threshold: 60 } });
		expect(await client.benchRuns.benchById(bench.id)).toEqual({ ...bench, project_id: 1, script_name: 'summarize' });
		expect(await client.benchRuns.benchById(999)).toBeNull();
		expect(await client.benches.get(3, 'hello-world')).toBeNull();
	});

	it('upserts (round-tripping unknown config keys) and deletes idempotently with cascade', async () => {
		const server = await serve();
		const judgeId = (await raw(server, '/projects/1/scripts/judge-summary')).json.id;
		const created = await raw(server, '/projects/1/scripts/judge-label/bench', { method: 'POST', body: {} });
		expect(created.json).toMatchObject({ judge_script_id: null, judge_channel: 'draft', config: {} });
		const updated = await raw(server, '/projects/1/scripts/judge-label/bench', { method: 'POST', body: { judge_script_id: judgeId, config: { concurrency: 2, custom_knob: 'kept' } } });
		expect(updated.json).toMatchObject({ id: created.json.id, judge_script_id: judgeId, judge_channel: 'draft', config: { concurrency: 2, custom_knob: 'kept' } });
		expect((await raw(server, '/projects/1/scripts/judge-label/bench', { method: 'POST', body: { judge_script_id: 9999 } })).status).toBe(400);

		const benchId = (await raw(server, '/projects/1/scripts/summarize/bench')).json.id;
		const deleted = await raw(server, '/projects/1/scripts/summarize/bench', { method: 'DELETE' });
		expect(deleted.json).toEqual({ deleted: true });
		expect((await raw(server, '/projects/1/scripts/summarize/bench', { method: 'DELETE' })).json).toEqual({ deleted: true });
		expect((await raw(server, '/projects/1/scripts/summarize/bench')).status).toBe(404);
		expect((await raw(server, `/benches/${benchId}`)).status).toBe(404);
		expect((await raw(server, '/bench-runs/1')).status).toBe(404);
		expect((await raw(server, '/projects/1/scripts/summarize/bench/cases')).json).toEqual({ error: 'no bench configured' });
	});

	it('serves signatures with list/record/choice types and previews judge contracts', async () => {
		const server = await serve();
		const client = clientFor(server);
		const signature = await client.benches.getSignature(2, 'extract-invoice');
		expect(signature.inputs.map((f) => f.path)).toEqual(['document', 'items', 'currency']);
		expect(signature.inputs[1].ty).toEqual({ name: 'list', inner: { name: 'LineItem' } });
		expect(signature.type_defs.LineItem.map((f) => f.name)).toEqual(['sku', 'qty', 'price']);
		expect(signature.schema_hash).toMatch(/^[0-9a-f]{16}$/);
		const classify = await client.benches.getSignature(1, 'classify-ticket');
		expect(classify.outputs[0].ty).toEqual({ name: 'choice', choices: ['billing', 'bug', 'feature_request', 'account', 'other'] });
		expect((await raw(server, '/projects/1/scripts/summarize/signature?channel=staging')).status).toBe(200);
		expect((await raw(server, '/projects/1/scripts/summarize/signature?channel=nope')).status).toBe(404);

		const judgeId = (await raw(server, '/projects/2/scripts/judge-translation')).json.id;
		const broken = await raw(server, `/projects/2/scripts/translate/bench/contract-preview?judge=${judgeId}`);
		expect(broken.json.breaks).toEqual(['outputs.translation (str) vs actual.translation (int)', 'outputs.translated_text removed']);
		expect(broken.json.workflow.fields.map((f: { path: string }) => f.path)).toEqual(['translation']);
		const fine = await raw(server, `/projects/2/scripts/translate/bench/contract-preview?judge=${judgeId}&channel=production`);
		expect(fine.json.breaks).toEqual([]);
		expect((await raw(server, '/projects/2/scripts/translate/bench/contract-preview')).status).toBe(400);
	});
});

describe('cases (§6.1, §6.3)', () => {
	it('lists cases in creation order with contract shapes, including the legacy kind-null row', async () => {
		const server = await serve();
		const cases = await clientFor(server).benches.listCases(1, 'summarize');
		expect(cases).toHaveLength(60);
		for (const c of cases) expectNoNulls(c as unknown as Record<string, unknown>, CASE_REQUIRED);
		expect(cases.every((c) => c.kind === 'case' && c.frozen === true)).toBe(true);
		const legacy = cases.find((c) => c.case_name === 'Legacy promoted execution (kind null)')!;
		expect(legacy.input_hash).toBeNull();
		const execution = (await raw(server, `/executions/${legacy.id}`)).json as ExecutionStatus;
		expect(execution.kind).toBeNull();
		expect(await clientFor(server).benches.listCases(3, 'hello-world')).toEqual([]);
	});

	it('creates a case with a computed input_hash and rejects type mismatches with per-field paths', async () => {
		const server = await serve();
		const client = clientFor(server);
		const created = await client.benches.createCase(2, 'extract-invoice', {
			name: 'new invoice',
			inputs: { document: 'INVOICE', items: [{ sku: 'A', qty: 1, price: 2.5 }], currency: 'EUR' },
			expected_output: { vendor: 'Acme', total: 2.5, items: [{ sku: 'A', qty: 1, price: 2.5 }] },
		});
		expect(created).toMatchObject({ kind: 'case', frozen: true, case_name: 'new invoice', project_id: 2, script_name: 'extract-invoice', ground_truth: null });
		expect(created.input_hash).toMatch(/^[0-9a-f]{64}$/);

		const response = await raw(server, '/projects/2/scripts/extract-invoice/bench/cases', {
			method: 'POST',
			body: {
				inputs: { document: 'x', items: [{ sku: 'A', qty: 1, price: 1 }, { sku: 'B', qty: 2, price: 1 }, { sku: 'C', qty: 'three', price: 1 }] },
				expected_output: { vendor: 'V', total: 'lots', items: [] },
			},
		});
		expect(response.status).toBe(400);
		expect(response.json).toEqual({
			error: 'case_type_mismatch',
			field_errors: [
				{ path: 'inputs.items[2].qty', message: 'expected int, got str' },
				{ path: 'inputs.currency', message: 'missing required field (str)' },
				{ path: 'expected_output.total', message: 'expected float, got str' },
			],
		});
		expect(response.text.length).toBeLessThan(500);
		const error = await client.benches.createCase(1, 'classify-ticket', { inputs: { subject: 's', body: 'b' }, expected_output: { label: 'spam', confidence: 1 } }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(CaseTypeMismatchError);
		expect((error as CaseTypeMismatchError).fieldErrors).toEqual([{ path: 'expected_output.label', message: 'expected choice["billing", "bug", "feature_request", "account", "other"], got str' }]);
		const missingInputs = await raw(server, '/projects/1/scripts/summarize/bench/cases', { method: 'POST', body: { name: 'x' } });
		expect(missingInputs.json).toEqual({ error: 'case_type_mismatch', field_errors: [{ path: 'inputs', message: 'missing required field (record)' }] });
	});

	it('patches sparsely (recomputing input_hash), type-checks patches, deletes with {"deleted": true}', async () => {
		const server = await serve();
		const client = clientFor(server);
		const [first] = await client.benches.listCases(1, 'summarize');
		const renamed = await client.benchRuns.patchCase(first.id, { name: 'renamed' });
		expect(renamed).toEqual({ ...first, case_name: 'renamed' });
		const reinput = await client.benchRuns.patchCase(first.id, { inputs: { text: 'new text' } });
		expect(reinput.input_hash).not.toBe(first.input_hash);
		expect(reinput.expected_output).toEqual(first.expected_output);
		const bad = await raw(server, `/cases/${first.id}`, { method: 'PATCH', body: { inputs: { text: 5 } } });
		expect(bad.json).toEqual({ error: 'case_type_mismatch', field_errors: [{ path: 'inputs.text', message: 'expected str, got int' }] });
		const deleted = await raw(server, `/cases/${first.id}`, { method: 'DELETE' });
		expect(deleted.json).toEqual({ deleted: true });
		expect(await client.benchRuns.getCase(first.id)).toBeNull();
		expect((await raw(server, `/cases/${first.id}`, { method: 'DELETE' })).status).toBe(404);
		expect((await raw(server, '/cases/nope', { method: 'PATCH', body: {} })).status).toBe(404);
	});

	it('serves a case on GET /executions/{id} as ExecutionStatus plus case fields (§11 #29)', async () => {
		const server = await serve();
		const [c] = await clientFor(server).benches.listCases(1, 'classify-ticket');
		const execution = (await clientFor(server).benchRuns.getCase(c.id))!;
		expect(execution).toMatchObject({
			id: c.id,
			status: 'completed',
			result: c.expected_output,
			kind: 'case',
			frozen: true,
			case_name: c.case_name,
			inputs: c.inputs,
			expected_output: c.expected_output,
			ground_truth: null,
			bench_id: c.bench_id,
			input_hash: c.input_hash,
			input_tokens: 0,
			output_tokens: 0,
		});
		expect(await clientFor(server).benchRuns.getCase('does-not-exist')).toBeNull();
	});

	it('exposes the workflow and judge executions of results, and promotes a workflow execution to a case', async () => {
		const server = await serve();
		const client = clientFor(server);
		const results = (await raw(server, '/bench-runs/3/results')).json as BenchResult[];
		const ok = results.find((r) => r.status === 'ok' && r.workflow_execution_id)!;
		const workflow = (await raw(server, `/executions/${ok.workflow_execution_id}`)).json as ExecutionStatus;
		expect(workflow).toMatchObject({ status: 'completed', project_id: 1, script_name: 'summarize', result: ok.workflow_output, cost_usd: ok.workflow_cost_usd });
		const caseRow = (await client.benchRuns.getCase(ok.case_id))!;
		expect(workflow.inputs).toEqual(caseRow.inputs);
		const judge = (await raw(server, `/executions/${ok.judge_execution_id}`)).json as ExecutionStatus;
		expect(judge).toMatchObject({ script_name: 'judge-summary', result: ok.score });

		const promoted = await client.benchRuns.promoteExecution(ok.workflow_execution_id!, { name: 'from a result', edits: { ground_truth: { note: 'checked' } } });
		expect(promoted).toMatchObject({ case_name: 'from a result', inputs: caseRow.inputs, expected_output: ok.workflow_output, ground_truth: { note: 'checked' }, kind: 'case' });
		expect((await client.benches.listCases(1, 'summarize')).at(-1)!.id).toBe(promoted.id);

		const failed = ((await raw(server, '/bench-runs/4/results')).json as BenchResult[]).find((r) => r.status === 'workflow_failed')!;
		expect((await raw(server, `/executions/${failed.workflow_execution_id}`)).json).toMatchObject({ status: 'failed', error: failed.error, result: null });
		const notCompleted = await raw(server, `/executions/${failed.workflow_execution_id}/promote-to-case`, { method: 'POST', body: {} });
		expect(notCompleted.json).toEqual({ error: 'execution not completed' });
		const judgePromote = await raw(server, `/executions/${ok.judge_execution_id}/promote-to-case`, { method: 'POST', body: {} });
		expect(judgePromote.json).toEqual({ error: 'no bench configured' });
		const badEdit = await raw(server, `/executions/${ok.workflow_execution_id}/promote-to-case`, { method: 'POST', body: { edits: { expected_output: { summary: 1 } } } });
		expect(badEdit.json).toEqual({ error: 'case_type_mismatch', field_errors: [{ path: 'expected_output.summary', message: 'expected str, got int' }] });
		expect((await raw(server, '/executions/wf-999-x/promote-to-case', { method: 'POST', body: {} })).status).toBe(404);
	});

	it('reports contract drift against the latest published signature', async () => {
		const server = await serve();
		const client = clientFor(server);
		const drift = await client.benches.contractDrift(2, 'extract-invoice');
		expect(drift.drifted).toHaveLength(12);
		expect(drift.drifted[0]).toMatchObject({ label: 'Invoice INV-1040 — Northwind Traders', what_broke: 'inputs.currency: missing required field (str)' });
		expect(drift.summary).toBe(`12 of 40 case(s) no longer match version ${drift.script_version_id}`);
		expect(drift.published_by).toBe('release-bot@akribes.test');
		const clean = await client.benches.contractDrift(1, 'summarize');
		expect(clean).toMatchObject({ drifted: [], summary: '' });
		expect(clean.script_version_id).toEqual(expect.any(Number));
		const created = (await raw(server, '/projects/3/scripts/hello-world/bench', { method: 'POST', body: {} })).json;
		expect(created.id).toEqual(expect.any(Number));
		expect((await raw(server, '/projects/3/scripts/hello-world/bench/cases/contract-drift')).json).toEqual({ error: 'script has never been published' });
		expect(await client.benches.contractDrift(3, 'hello-world')).toEqual({ drifted: [], script_version_id: null, published_at: null, published_by: null, summary: '' });
	});
});
