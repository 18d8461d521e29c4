// `GET /executions/{id}`: case rows (§11 #29) and the workflow / judge executions behind each result (ids `wf-<run>-<case>`
// and `jd-<run>-<case>`, derived from the result row rather than stored separately).
import type { ExecutionStatus, JsonObject } from '../wire/types.js';
import type { CaseRow } from './rows.js';
import { runOwner } from './run-views.js';
import type { Store } from './store.js';
import { caseJson, parseJsonColumn } from './wire.js';

export interface ResolvedExecution {
	projectId: number;
	/** The script the execution ran (promote targets that script's bench). */
	scriptName: string;
	body: ExecutionStatus;
}

function errorKind(error: string | null): string | null {
	if (!error) return null;
	if (error.includes('429')) return 'RateLimit';
	if (error.includes('503')) return 'ServiceUnavailable503';
	if (error.includes('timed out')) return 'GatewayTimeout504';
	if (error.startsWith('judge')) return 'ParseError';
	return 'ScriptError';
}

const base = {
	documents: null,
	input_tokens: 0,
	output_tokens: 0,
	tool_tokens: 0,
	parent_execution_id: null,
	parent_node_id: null,
};

export function caseExecution(row: CaseRow): ExecutionStatus {
	const c = caseJson(row);
	return {
		...base,
		id: row.id,
		project_id: row.project_id,
		script_name: row.script_name,
		status: 'completed',
		started_at: row.created_at,
		finished_at: row.created_at,
		version_id: null,
		channel: null,
		error: null,
		error_kind: null,
		result: c.expected_output,
		triggered_by: null,
		cost_usd: null,
		kind: row.kind,
		frozen: true,
		case_name: c.case_name,
		inputs: c.inputs,
		expected_output: c.expected_output,
		ground_truth: c.ground_truth,
		bench_id: row.bench_id,
		input_hash: row.input_hash,
	};
}

export function resolveExecution(store: Store, id: string): ResolvedExecution | undefined {
	const row = store.caseById(id);
	if (row) return { projectId: row.project_id, scriptName: row.script_name, body: caseExecution(row) };
	const match = /^(wf|jd)-(\d+)-(.+)$/.exec(id);
	if (!match) return undefined;
	const run = store.run(Number(match[2]));
	const result = run && store.result(run.id, match[3]);
	if (!run || !result || result.cache_hit === 1) return undefined;
	const isJudge = match[1] === 'jd';
	if (isJudge && result.status === 'workflow_failed') return undefined;
	const owner = runOwner(store, run);
	const caseRow = store.caseById(result.case_id);
	const inputs = caseRow ? parseJsonColumn<JsonObject>(caseRow.inputs) : null;
	const workflowOutput = parseJsonColumn(result.workflow_output);
	const failed = isJudge ? result.status === 'judge_failed' : result.status === 'workflow_failed';
	const cost = isJudge ? result.judge_cost_usd : result.workflow_cost_usd;
	const finishedMs = Date.parse(result.created_at);
	const startedAt = new Date(finishedMs - (result.duration_ms ?? 0)).toISOString();
	const scriptName = isJudge ? (owner.judgeScriptName ?? 'judge') : owner.script.name;
	return {
		projectId: owner.projectId,
		scriptName,
		body: {
			...base,
			id,
			project_id: owner.projectId,
			script_name: scriptName,
			status: failed ? 'failed' : 'completed',
			started_at: startedAt,
			finished_at: result.created_at,
			version_id: isJudge ? run.judge_version_id : run.workflow_version_id,
			channel: isJudge ? null : run.channel,
			error: failed ? result.error : null,
			error_kind: failed ? errorKind(result.error) : null,
			result: isJudge ? parseJsonColumn(result.score) : workflowOutput,
			triggered_by: run.triggered_by,
			input_tokens: Math.round((cost ?? 0) * 250_000),
			output_tokens: Math.round((cost ?? 0) * 60_000),
			cost_usd: cost,
			inputs: isJudge ? { expected: caseRow ? parseJsonColumn(caseRow.expected_output) : null, actual: workflowOutput } : inputs,
			bench_run_id: run.id,
		},
	};
}
