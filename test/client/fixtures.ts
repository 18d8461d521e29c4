// Contract-shaped bodies (§4 of the API reference): R-only fields present where the server sends them, optional
// keys absent where the server may omit them.
import type {
	Bench,
	BenchById,
	BenchCase,
	BenchResult,
	BenchRun,
	CompareReport,
	DriftReport,
	ExecutionStatus,
	McpSessionCost,
	Project,
	ProjectBenchSummary,
	Script,
	ScriptChannel,
	ScriptSignature,
} from '../../source/wire/types.js';

export const project: Project = { id: 7, name: 'Support bot', created_at: '2026-08-01T10:00:00Z', sort_order: 2 };
/** `sort_order` absent (Rust/Python shape). */
export const bareProject: Project = { id: 8, name: 'Other', created_at: '2026-08-01T10:00:00Z' };

export const script: Script = { id: 11, project_id: 7, name: 'summarize', created_at: '2026-08-01T10:00:00Z' };

export const channel: ScriptChannel = { id: 3, script_id: 11, name: 'production', version_id: 5, updated_at: null };

export const bench: Bench = {
	id: 4,
	script_id: 11,
	judge_script_id: 12,
	judge_channel: 'draft',
	config: { concurrency: 4, pass_threshold: 60, custom_knob: 'kept' },
	created_at: '2026-08-01T10:00:00Z',
	updated_at: '2026-08-02T10:00:00Z',
};

export const benchById: BenchById = { ...bench, project_id: 7, script_name: 'summarize' };

/** GET /bench-runs/{id}: R-only correctness counts present, list-only aggregates absent. */
export const run: BenchRun = {
	id: 42,
	bench_id: 4,
	channel: 'production',
	workflow_version_id: 5,
	judge_version_id: 6,
	status: 'running',
	triggered_by: 'ana@example.com',
	triggered_at: '2026-08-18T09:00:00Z',
	completed_at: null,
	total_cost_usd: 0.0123,
	total_cases: 3,
	cache_hit_cases: 1,
	notes: null,
	mcp_session_id: null,
	case_filter: null,
	mode: 'full',
	sample_size: null,
	status_breakdown: { ok: 1, cached: 1 },
	pass_threshold: 50,
	passed: 2,
	failed: 0,
	inconclusive: 0,
	judge_script_name: 'judge',
};

export const listedRun: BenchRun = { ...run, id: 41, status: 'completed', mean_headline_score: 81.5, ok_cases: 3 };

/** Trigger response: `pending`, with warnings. */
export const triggeredRun: BenchRun = { ...run, id: 43, status: 'pending', warnings: ['2 cases drifted'] };

/** The bare row of an SSE `result` frame (no read-path fields). */
export const streamResult: BenchResult = {
	id: 901,
	bench_run_id: 42,
	case_id: '7c0e-1',
	workflow_execution_id: 'wf-1',
	judge_execution_id: 'jd-1',
	score: { score: 82, reason: 'good' },
	headline_score: 82,
	status: 'ok',
	cost_usd: 0.0031,
	duration_ms: 5120,
	cache_hit: false,
	input_hash: 'ab12',
	error: null,
	created_at: '2026-08-18T09:00:05Z',
};

/** The `/results` read shape, with R-only fields and a cache hit (cost halves null). */
export const readResult: BenchResult = {
	...streamResult,
	id: 902,
	status: 'cached',
	cache_hit: true,
	cost_usd: 0,
	verdict: 'pass',
	workflow_cost_usd: null,
	judge_cost_usd: null,
	case_name: 'refund request',
	workflow_output: null,
};

export const benchCase: BenchCase = {
	id: 'case-1',
	project_id: 7,
	script_name: 'summarize',
	bench_id: 4,
	kind: 'case',
	frozen: true,
	case_name: 'refund request',
	inputs: { text: 'I want a refund' },
	expected_output: { label: 'refund' },
	ground_truth: null,
	input_hash: 'ff00',
	created_at: '2026-08-01T10:00:00Z',
};

/** A legacy case row on /executions/{id}: `kind` null, plus an unknown key kept as-is. */
export const caseExecution: ExecutionStatus = {
	id: 'case-1',
	project_id: 7,
	script_name: 'summarize',
	status: 'completed',
	started_at: null,
	finished_at: null,
	version_id: null,
	channel: null,
	error: null,
	error_kind: null,
	result: { label: 'refund' },
	triggered_by: null,
	input_tokens: 0,
	output_tokens: 0,
	cost_usd: null,
	kind: null,
	frozen: true,
	case_name: 'refund request',
	inputs: { text: 'I want a refund' },
	expected_output: { label: 'refund' },
	ground_truth: null,
	bench_id: 4,
	models_used: ['model-a'],
};

export const compareReport: CompareReport = {
	run_a_id: 41,
	run_b_id: 42,
	aggregate: { mean_score_delta: -2.5, cost_delta_usd: 0.001, n_regressed: 1, n_improved: 0, n_unchanged: 1 },
	per_case: [
		{ case_id: 'case-1', case_label: 'refund request', score_a: 80, score_b: 75, delta: -5, flag: 'regressed' },
		{ case_id: 'case-2', case_label: 'case-2', score_a: null, score_b: 70, delta: null, flag: 'missing_a', cost_a: 0, cost_b: 0.002, cost_delta: 0.002, cost_flag: 'cost_regressed' },
	],
};

export const summary: ProjectBenchSummary = {
	bench_id: 4,
	script_id: 11,
	script_name: 'summarize',
	judge_script_id: 12,
	judge_script_name: 'judge',
	judge_channel: 'draft',
	case_count: 3,
	latest_run_id: null,
	latest_run_status: null,
	latest_run_channel: null,
	latest_run_workflow_version_id: null,
	latest_run_at: null,
	latest_run_mean_score: null,
	latest_run_cost_usd: null,
	updated_at: '2026-08-02T10:00:00Z',
};

export const signature: ScriptSignature = {
	inputs: [{ path: 'text', ty: { name: 'str' }, required: true, annotations: [] }],
	outputs: [{ path: 'label', ty: { name: 'enum', choices: ['refund', 'other'] }, required: true, annotations: ['@headline'] }],
	type_defs: {},
};

export const driftReport: DriftReport = {
	drifted: [{ case_id: 'case-1', label: 'refund request', what_broke: 'inputs.text removed' }],
	script_version_id: 5,
	published_at: '2026-08-10T10:00:00Z',
	published_by: 'ana@example.com',
	summary: '1 case drifted',
};

export const sessionCost: McpSessionCost = { session_id: 'sess/1', total_cost_usd: 0.5, breakdown: {} };
