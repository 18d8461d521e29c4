// One case of one run: a cache hit (§11 #9) or a simulated workflow + judge execution, as a result row ready to insert.
import type { Json, ScriptSignature } from '../wire/types.js';
import { signatureOf, versionRef } from './catalog.js';
import type { RunnableCase, NewResult, RunRow } from './rows.js';
import { round } from './round.js';
import { simulate, type VersionRef } from './simulate.js';
import type { Store } from './store.js';
import { benchConfig } from './wire.js';

export interface RunPlan {
	runId: number;
	workflow: VersionRef;
	judge: VersionRef;
	signature: ScriptSignature;
	cache: boolean;
}

/** What executing a run's cases needs: its pinned versions, the workflow signature, and whether the bench caches. */
export function runPlan(store: Store, run: RunRow): RunPlan {
	const workflow = store.version(run.workflow_version_id);
	const judge = store.version(run.judge_version_id);
	if (!workflow || !judge) throw new Error('run versions vanished');
	return {
		runId: run.id,
		workflow: versionRef(workflow),
		judge: versionRef(judge),
		signature: signatureOf(workflow),
		cache: benchConfig(store.bench(run.bench_id)!).cache !== false,
	};
}

export function executeCase(store: Store, plan: RunPlan, c: RunnableCase, createdAt: string): NewResult {
	const inputHash = c.input_hash ?? '';
	const hit = plan.cache && c.input_hash ? store.cached(c.input_hash, plan.workflow.id, plan.judge.id) : undefined;
	if (hit) {
		return {
			run_id: plan.runId,
			case_id: c.id,
			score: hit.score,
			headline_score: hit.headline_score,
			status: 'cached',
			cost_usd: 0,
			workflow_cost_usd: null,
			judge_cost_usd: null,
			duration_ms: 0,
			cache_hit: 1,
			input_hash: c.input_hash,
			error: null,
			created_at: createdAt,
			workflow_output: null,
		};
	}
	const expected = c.expected_output === null ? null : (JSON.parse(c.expected_output) as Json);
	const outcome = simulate(inputHash || c.id, expected, plan.workflow, plan.judge, plan.signature, plan.runId);
	const score = outcome.score === null ? null : JSON.stringify(outcome.score);
	return {
		run_id: plan.runId,
		case_id: c.id,
		score,
		headline_score: outcome.headline,
		status: outcome.status,
		cost_usd: round(outcome.workflowCost + outcome.judgeCost),
		workflow_cost_usd: outcome.workflowCost,
		judge_cost_usd: outcome.judgeCost,
		duration_ms: outcome.durationMs,
		cache_hit: 0,
		input_hash: c.input_hash,
		error: outcome.error,
		created_at: createdAt,
		workflow_output: outcome.workflowOutput === null ? null : JSON.stringify(outcome.workflowOutput),
	};
}

/** Feeds the result cache with an executed `ok` result (call once the result is final). */
export function remember(store: Store, plan: RunPlan, result: NewResult): void {
	if (plan.cache && result.status === 'ok' && result.input_hash) store.putCache(result.input_hash, plan.workflow.id, plan.judge.id, result.score, result.headline_score);
}

/** Executes and caches a batch of cases (a duplicate input within the batch executes once more, as it would in flight). */
export function executeCases(store: Store, plan: RunPlan, cases: RunnableCase[], createdAt: string): NewResult[] {
	const results = cases.map((c) => executeCase(store, plan, c, createdAt));
	for (const result of results) remember(store, plan, result);
	return results;
}
