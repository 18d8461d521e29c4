// Wire types of the Akribes bench API, as `../shared/reference/akribes-bench-api.md` (§3–§4, §7) describes them.
// Field names are the server's (snake_case). `?` marks keys that may be absent; `| null` marks nullable values.

export type RunStatus = 'pending' | 'running' | 'completed' | 'failed' | 'canceled';
/** `terminal` frames may also carry `unknown` when the run row vanished. */
export type TerminalStatus = Exclude<RunStatus, 'pending' | 'running'> | 'unknown';
export type ResultStatus = 'ok' | 'workflow_failed' | 'judge_failed' | 'skipped' | 'cached';
export const RESULT_STATUSES: readonly ResultStatus[] = ['ok', 'cached', 'workflow_failed', 'judge_failed', 'skipped'];
export type Verdict = 'pass' | 'fail' | 'error';
export type RunMode = 'full' | 'sampled';
export type CompareFlag = 'improved' | 'regressed' | 'unchanged' | 'missing_a' | 'missing_b';
export type CostFlag = 'cost_regressed' | 'cost_improved' | 'cost_unchanged';
export type ExecutionState = 'running' | 'completed' | 'failed' | 'cancelled' | 'suspended';

/** One field's type error in a `case_type_mismatch` 400 body (`field_errors`). */
export interface FieldError {
	path: string;
	message: string;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface Project {
	id: number;
	name: string;
	created_at: string;
	sort_order?: number;
}

export interface Script {
	id: number;
	project_id: number;
	name: string;
	created_at: string;
	sort_order?: number;
}

export interface ScriptChannel {
	id: number;
	script_id: number;
	name: string;
	version_id: number | null;
	updated_at: string | null;
}

/** Free-form coordinator knobs; unknown keys are round-tripped. */
export interface BenchConfig {
	concurrency?: number;
	pass_threshold?: number;
	[key: string]: Json | undefined;
}

export interface Bench {
	id: number;
	script_id: number;
	judge_script_id: number | null;
	judge_channel: string;
	config: BenchConfig;
	created_at: string;
	updated_at: string;
}

export interface BenchById extends Bench {
	project_id: number;
	script_name: string;
}

export interface ProjectBenchSummary {
	bench_id: number;
	script_id: number;
	script_name: string;
	judge_script_id: number | null;
	judge_script_name: string | null;
	judge_channel: string;
	case_count: number;
	latest_run_id: number | null;
	latest_run_status: RunStatus | null;
	latest_run_channel: string | null;
	latest_run_workflow_version_id: number | null;
	latest_run_at: string | null;
	latest_run_mean_score: number | null;
	latest_run_cost_usd: number | null;
	updated_at: string;
}

export type StatusBreakdown = Partial<Record<ResultStatus, number>>;

export interface BenchRun {
	id: number;
	bench_id: number;
	channel: string;
	workflow_version_id: number;
	judge_version_id: number;
	status: RunStatus;
	triggered_by: string | null;
	triggered_at: string;
	completed_at: string | null;
	total_cost_usd: number;
	total_cases: number;
	cache_hit_cases: number;
	notes: string | null;
	mcp_session_id?: string | null;
	case_filter?: string[] | null;
	mode?: RunMode;
	sample_size?: number | null;
	/** list-runs only */
	mean_headline_score?: number | null;
	/** list-runs only */
	ok_cases?: number | null;
	status_breakdown?: StatusBreakdown;
	pass_threshold?: number | null;
	passed?: number | null;
	failed?: number | null;
	inconclusive?: number | null;
	judge_script_name?: string | null;
	/** trigger response only, never null */
	warnings?: string[];
}

export interface BenchResult {
	id: number;
	bench_run_id: number;
	case_id: string;
	workflow_execution_id: string | null;
	judge_execution_id: string | null;
	score: Json;
	headline_score: number | null;
	status: ResultStatus;
	cost_usd: number;
	duration_ms: number | null;
	cache_hit: boolean;
	input_hash?: string | null;
	error?: string | null;
	created_at: string;
	/** `/results` read path only */
	verdict?: Verdict;
	workflow_cost_usd?: number | null;
	judge_cost_usd?: number | null;
	case_name?: string | null;
	workflow_output?: Json;
}

export interface BenchCase {
	id: string;
	project_id: number;
	script_name: string;
	bench_id: number | null;
	kind: string;
	frozen: boolean;
	case_name: string | null;
	inputs: JsonObject | null;
	expected_output: Json;
	ground_truth: Json;
	input_hash?: string | null;
	created_at: string;
}

/** `GET /executions/{id}`: an execution row; case rows add the BenchCase keys (legacy rows may have `kind: null`). */
export interface ExecutionStatus {
	id: string;
	project_id: number;
	script_name: string;
	status: ExecutionState;
	started_at: string | null;
	finished_at: string | null;
	version_id: number | null;
	channel: string | null;
	error: string | null;
	error_kind: Json;
	result: Json;
	triggered_by: string | null;
	input_tokens: number;
	output_tokens: number;
	cost_usd: number | null;
	kind?: string | null;
	frozen?: boolean;
	case_name?: string | null;
	inputs?: JsonObject | null;
	expected_output?: Json;
	ground_truth?: Json;
	bench_id?: number | null;
	input_hash?: string | null;
	[key: string]: unknown;
}

export interface CompareCase {
	case_id: string;
	case_label: string;
	score_a: number | null;
	score_b: number | null;
	delta: number | null;
	flag: CompareFlag;
	cost_a?: number;
	cost_b?: number;
	cost_delta?: number;
	cost_flag?: CostFlag;
}

export interface CompareAggregate {
	mean_score_delta: number;
	cost_delta_usd: number;
	n_regressed: number;
	n_improved: number;
	n_unchanged: number;
	mean_cost_delta?: number;
	cost_delta_pct?: number | null;
	cost_regression?: boolean;
	n_cost_regressed?: number;
	n_cost_improved?: number;
	n_cost_unchanged?: number;
}

export interface CompareReport {
	run_a_id: number;
	run_b_id: number;
	aggregate: CompareAggregate;
	per_case: CompareCase[];
}

export interface DriftedCase {
	case_id: string;
	label: string;
	what_broke: string;
}

export interface DriftReport {
	drifted: DriftedCase[];
	script_version_id: number | null;
	published_at: string | null;
	published_by: string | null;
	summary: string;
}

export interface TagSessionResponse {
	tagged: boolean;
	run_id: number;
	mcp_session_id: string;
}

export interface McpSessionCost {
	session_id: string;
	total_cost_usd: number;
	breakdown: JsonObject;
}

export interface TypeRef {
	name: string;
	inner?: TypeRef | null;
	choices?: string[] | null;
	variants?: TypeRef[];
}

export interface TypeField {
	name: string;
	ty: TypeRef;
	docs?: string | null;
}

export interface SignatureField {
	path: string;
	ty: TypeRef;
	required: boolean;
	annotations: string[];
}

export interface ScriptSignature {
	inputs: SignatureField[];
	outputs: SignatureField[];
	type_defs: Record<string, TypeField[]>;
	schema_hash?: string;
}

// ---- request bodies: an absent (or undefined) key means "unchanged", an explicit null clears the field ----

export interface TriggerRunRequest {
	channel: string;
	notes?: string;
	case_ids?: string[];
	mode?: RunMode;
	sample_size?: number;
}

export interface CreateCaseRequest {
	inputs: JsonObject;
	expected_output?: Json;
	ground_truth?: Json;
	name?: string;
}

export interface PatchCaseRequest {
	inputs?: JsonObject;
	expected_output?: Json;
	ground_truth?: Json;
	name?: string;
}

export interface PromoteCaseEdits {
	inputs?: JsonObject;
	expected_output?: Json;
	ground_truth?: Json;
}

export interface PromoteExecutionRequest {
	name?: string;
	edits?: PromoteCaseEdits;
}

// ---- streams ----

export type RunEvent =
	| { type: 'result'; result: BenchResult }
	| { type: 'lagged'; dropped: number }
	| { type: 'terminal'; status: TerminalStatus };

export type BenchEvent =
	| { type: 'RunStarted'; payload: { project_id: number; script_name: string; run: BenchRun } }
	| { type: 'ResultRecorded'; payload: { project_id: number; script_name: string; run_id: number; result: BenchResult } }
	| { type: 'RunFinished'; payload: { project_id: number; script_name: string; run: BenchRun } };

