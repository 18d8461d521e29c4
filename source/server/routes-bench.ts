// §6.1 project-scoped bench routes.
import type { Hono } from 'hono';
import type { DriftReport, ProjectBenchSummary, ScriptSignature } from '../wire/types.js';
import { benchContext, caseSignature, channelVersion, signatureOf, signatureVersion } from './catalog.js';
import { createCase, type NewCase } from './cases.js';
import { contractBreaks } from './contract.js';
import { integerQuery, pageParams, readBody, requireBench, requireProject, requireScript, type Env, type Services } from './context.js';
import { canonicalJson, sha256Hex } from './hashing.js';
import { badRequest, notFound } from './http-error.js';
import type { VersionRow } from './rows.js';
import { round } from './round.js';
import { runListItem, runOwner } from './run-views.js';
import { insertTriggeredRun } from './trigger.js';
import { checkCasePayload } from './typecheck.js';
import { benchJson, caseJson, passThreshold, runJson } from './wire.js';

function signatureJson(version: VersionRow): ScriptSignature {
	const signature = signatureOf(version);
	return { ...signature, schema_hash: sha256Hex(canonicalJson(signature)).slice(0, 16) };
}

export function benchRoutes(app: Hono<Env>, services: Services): void {
	const { store, coordinator, now } = services;

	app.get('/projects/:project/benches', (c) => {
		const project = requireProject(c, store, c.req.param('project'));
		const summaries: ProjectBenchSummary[] = store.benchesOfProject(project.id).map((bench) => {
			const { judgeScript } = benchContext(store, bench);
			const latest = store.latestRun(bench.id);
			const mean = latest ? store.runAggregate(latest.id, passThreshold(bench)).mean : null;
			return {
				bench_id: bench.id,
				script_id: bench.script_id,
				script_name: bench.script_name,
				judge_script_id: bench.judge_script_id,
				judge_script_name: judgeScript?.name ?? null,
				judge_channel: bench.judge_channel,
				case_count: store.caseCount(bench.id),
				latest_run_id: latest?.id ?? null,
				latest_run_status: (latest?.status as ProjectBenchSummary['latest_run_status']) ?? null,
				latest_run_channel: latest?.channel ?? null,
				latest_run_workflow_version_id: latest?.workflow_version_id ?? null,
				latest_run_at: latest?.triggered_at ?? null,
				latest_run_mean_score: mean,
				latest_run_cost_usd: latest ? round(latest.total_cost_usd) : null,
				updated_at: bench.updated_at,
			};
		});
		return c.json(summaries);
	});

	app.get('/projects/:project/scripts/:script/bench', (c) => c.json(benchJson(requireBench(c, store).bench)));

	app.post('/projects/:project/scripts/:script/bench', async (c) => {
		const { project, script } = requireScript(c, store);
		const body = await readBody(c);
		const existing = store.benchByScript(script.id);
		let judgeScriptId = existing?.judge_script_id ?? null;
		if (body.judge_script_id !== undefined) {
			if (body.judge_script_id !== null && !Number.isSafeInteger(body.judge_script_id)) throw badRequest('judge_script_id must be an integer');
			const judge = body.judge_script_id === null ? undefined : store.scriptById(body.judge_script_id as number);
			if (body.judge_script_id !== null && (!judge || judge.project_id !== project.id)) throw badRequest('judge script not found in this project');
			judgeScriptId = (body.judge_script_id as number | null) ?? null;
		}
		if (body.judge_channel !== undefined && typeof body.judge_channel !== 'string') throw badRequest('judge_channel must be a string');
		if (body.config !== undefined && (body.config === null || typeof body.config !== 'object' || Array.isArray(body.config))) throw badRequest('config must be an object');
		const judgeChannel = (body.judge_channel as string | undefined) ?? existing?.judge_channel ?? 'draft';
		const config = body.config !== undefined ? JSON.stringify(body.config) : (existing?.config ?? '{}');
		return c.json(benchJson(store.upsertBench(script.id, judgeScriptId, judgeChannel, config, now())));
	});

	app.delete('/projects/:project/scripts/:script/bench', (c) => {
		const { script } = requireScript(c, store);
		const bench = store.benchByScript(script.id);
		if (bench) {
			for (const run of store.listRuns(bench.id, 1_000_000, 0)) coordinator.delete(run.id);
			store.deleteBench(script.id);
		}
		return c.json({ deleted: true });
	});

	app.get('/projects/:project/scripts/:script/signature', (c) => {
		const { script } = requireScript(c, store);
		const version = signatureVersion(store, script.id, c.req.query('channel') || undefined);
		if (!version) throw notFound('no version on that channel');
		return c.json(signatureJson(version));
	});

	app.get('/projects/:project/scripts/:script/bench/contract-preview', (c) => {
		const { project, script } = requireScript(c, store);
		const judgeId = integerQuery(c, 'judge');
		if (judgeId === undefined) throw badRequest('judge query parameter (judge script id) is required');
		const judge = store.scriptById(judgeId);
		if (!judge || judge.project_id !== project.id) throw notFound('judge script not found');
		const workflowVersion = signatureVersion(store, script.id);
		const judgeChannel = c.req.query('channel') || store.benchByScript(script.id)?.judge_channel || 'draft';
		const judgeVersion = channelVersion(store, judge.id, judgeChannel) ?? store.latestVersion(judge.id);
		if (!workflowVersion || !judgeVersion) throw notFound('script has no version');
		const [workflowSig, judgeSig] = [signatureOf(workflowVersion), signatureOf(judgeVersion)];
		return c.json({ workflow: { fields: workflowSig.outputs }, judge: { fields: judgeSig.inputs }, breaks: contractBreaks(workflowSig, judgeSig) });
	});

	app.get('/projects/:project/scripts/:script/bench/cases', (c) => c.json(store.listCases(requireBench(c, store).bench.id).map(caseJson)));

	app.post('/projects/:project/scripts/:script/bench/cases', async (c) => {
		const { script, bench } = requireBench(c, store);
		const body = await readBody(c);
		return c.json(caseJson(createCase(store, bench, script, caseSignature(store, script.id), body as unknown as NewCase, now())));
	});

	app.get('/projects/:project/scripts/:script/bench/cases/contract-drift', (c) => {
		const { script, bench } = requireBench(c, store);
		const published = store.latestPublishedVersion(script.id);
		if (!published) throw notFound('script has never been published');
		const signature = signatureOf(published);
		const cases = store.listCases(bench.id);
		const drifted = cases.flatMap((row) => {
			const errors = checkCasePayload(signature, {
				inputs: row.inputs === null ? {} : JSON.parse(row.inputs),
				expected_output: row.expected_output === null ? undefined : JSON.parse(row.expected_output),
			});
			if (errors.length === 0) return [];
			return [{ case_id: row.id, label: row.case_name ?? row.id, what_broke: errors.map((e) => `${e.path}: ${e.message}`).join('; ') }];
		});
		const report: DriftReport = {
			drifted,
			script_version_id: published.id,
			published_at: published.published_at,
			published_by: published.published_by,
			summary: drifted.length === 0 ? '' : `${drifted.length} of ${cases.length} case(s) no longer match version ${published.id}`,
		};
		return c.json(report);
	});

	app.get('/projects/:project/scripts/:script/bench/runs', (c) => {
		const { bench } = requireBench(c, store);
		const { limit, offset } = pageParams(c, { limit: 50, max: 500 });
		const runs = store.listRuns(bench.id, limit, offset);
		const owner = runs.length > 0 ? runOwner(store, runs[0]) : undefined;
		return c.json(runs.map((run) => runListItem(store, run, owner)));
	});

	app.post('/projects/:project/scripts/:script/bench/runs', async (c) => {
		const { bench } = requireBench(c, store);
		const body = await readBody(c);
		const triggeredBy = c.req.header('x-akribes-user') ?? c.req.header('x-aura-user') ?? c.get('principal').user;
		const { run, warnings } = insertTriggeredRun(store, bench, body, triggeredBy, now());
		coordinator.start(run.id);
		return c.json({ ...runJson(run), warnings });
	});
}
