// Row → wire JSON, in exactly the shapes of source/wire/types.ts (§4). Never null where the contract says "req".
import type {
	Bench,
	BenchById,
	BenchCase,
	BenchConfig,
	BenchResult,
	BenchRun,
	Json,
	JsonObject,
	Project,
	ResultStatus,
	RunMode,
	RunStatus,
	Script,
	ScriptChannel,
	Verdict,
} from '../wire/types.js';
import type { BenchRow, CaseRow, ChannelRow, ProjectRow, ResultRow, RunAggregate, RunRow, ScriptRow } from './rows.js';
import { round } from './round.js';

/** A JSON text column (null stays null). */
export const parseJsonColumn = <T = Json>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

export const projectJson = (p: ProjectRow): Project => ({ id: p.id, name: p.name, created_at: p.created_at, sort_order: p.sort_order });

export const scriptJson = (s: ScriptRow): Script => ({ id: s.id, project_id: s.project_id, name: s.name, created_at: s.created_at, sort_order: s.sort_order });

export const channelJson = (c: ChannelRow): ScriptChannel => ({ id: c.id, script_id: c.script_id, name: c.name, version_id: c.version_id, updated_at: c.updated_at });

export const benchConfig = (b: BenchRow): BenchConfig => JSON.parse(b.config) as BenchConfig;

export const passThreshold = (b: BenchRow): number => {
	const value = benchConfig(b).pass_threshold;
	return typeof value === 'number' ? value : 50;
};

export const benchJson = (b: BenchRow): Bench => ({
	id: b.id,
	script_id: b.script_id,
	judge_script_id: b.judge_script_id,
	judge_channel: b.judge_channel,
	config: benchConfig(b),
	created_at: b.created_at,
	updated_at: b.updated_at,
});

export const benchByIdJson = (b: BenchRow, script: ScriptRow): BenchById => ({
	id: b.id,
	project_id: script.project_id,
	script_id: b.script_id,
	script_name: script.name,
	judge_script_id: b.judge_script_id,
	judge_channel: b.judge_channel,
	config: benchConfig(b),
	created_at: b.created_at,
	updated_at: b.updated_at,
});

export const caseJson = (c: CaseRow): BenchCase => ({
	id: c.id,
	project_id: c.project_id,
	script_name: c.script_name,
	bench_id: c.bench_id,
	kind: c.kind ?? 'case',
	frozen: true,
	case_name: c.case_name,
	inputs: parseJsonColumn<JsonObject>(c.inputs),
	expected_output: parseJsonColumn(c.expected_output),
	ground_truth: parseJsonColumn(c.ground_truth),
	input_hash: c.input_hash,
	created_at: c.created_at,
});

/** The run row as the coordinator inserts it (trigger, cancel, hub RunStarted). */
export const runJson = (r: RunRow): BenchRun => ({
	id: r.id,
	bench_id: r.bench_id,
	channel: r.channel,
	workflow_version_id: r.workflow_version_id,
	judge_version_id: r.judge_version_id,
	status: r.status as RunStatus,
	triggered_by: r.triggered_by,
	triggered_at: r.triggered_at,
	completed_at: r.completed_at,
	total_cost_usd: round(r.total_cost_usd),
	total_cases: r.total_cases,
	cache_hit_cases: r.cache_hit_cases,
	notes: r.notes,
	mcp_session_id: r.mcp_session_id,
	case_filter: parseJsonColumn<string[]>(r.case_filter),
	mode: r.mode as RunMode,
	sample_size: r.sample_size,
});

/** get-run shape: breakdown, correctness counts, joined judge name (no list-only aggregates). */
export function runDetailJson(r: RunRow, aggregate: RunAggregate, threshold: number, judgeScriptName: string | null): BenchRun {
	return {
		...runJson(r),
		status_breakdown: aggregate.breakdown,
		pass_threshold: threshold,
		passed: aggregate.passed,
		failed: aggregate.failed,
		inconclusive: aggregate.inconclusive,
		judge_script_name: judgeScriptName,
	};
}

/** list-runs shape: get-run plus `mean_headline_score` and `ok_cases`. */
export function runListJson(r: RunRow, aggregate: RunAggregate, threshold: number, judgeScriptName: string | null): BenchRun {
	return { ...runDetailJson(r, aggregate, threshold, judgeScriptName), mean_headline_score: aggregate.mean, ok_cases: aggregate.ok };
}

const workflowExecutionId = (runId: number, caseId: string) => `wf-${runId}-${caseId}`;
const judgeExecutionId = (runId: number, caseId: string) => `jd-${runId}-${caseId}`;

/** The bare row carried by SSE `result` frames and hub `ResultRecorded`. */
export function resultJson(r: ResultRow): BenchResult {
	const ranWorkflow = r.cache_hit === 0;
	return {
		id: r.id,
		bench_run_id: r.run_id,
		case_id: r.case_id,
		workflow_execution_id: ranWorkflow ? workflowExecutionId(r.run_id, r.case_id) : null,
		judge_execution_id: ranWorkflow && r.status !== 'workflow_failed' ? judgeExecutionId(r.run_id, r.case_id) : null,
		score: parseJsonColumn(r.score),
		headline_score: r.headline_score,
		status: r.status as ResultStatus,
		cost_usd: r.cost_usd,
		duration_ms: r.duration_ms,
		cache_hit: r.cache_hit === 1,
		input_hash: r.input_hash,
		error: r.error,
		created_at: r.created_at,
	};
}

function verdictOf(headline: number | null, threshold: number): Verdict {
	if (headline === null) return 'error';
	return headline >= threshold ? 'pass' : 'fail';
}

/**
 * The enriched `/results` read shape, serialized directly: the stored JSON of `score` and `workflow_output` is spliced in as text instead of
 * being parsed and re-serialized (a 100k-result listing stays fast).
 */
export function resultReadText(r: ResultRow, threshold: number, caseName: string | null): string {
	const { score: _score, ...bare } = resultJson({ ...r, score: null });
	const fields = JSON.stringify({
		...bare,
		verdict: verdictOf(r.headline_score, threshold),
		workflow_cost_usd: r.workflow_cost_usd,
		judge_cost_usd: r.judge_cost_usd,
		case_name: caseName,
	});
	return `${fields.slice(0, -1)},"score":${r.score ?? 'null'},"workflow_output":${r.workflow_output ?? 'null'}}`;
}
