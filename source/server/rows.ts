// Row shapes as stored in SQLite (JSON columns are strings; booleans are 0/1).
export interface ProjectRow {
	id: number;
	name: string;
	created_at: string;
	sort_order: number;
}

export interface ScriptRow {
	id: number;
	project_id: number;
	name: string;
	created_at: string;
	sort_order: number;
}

export interface VersionRow {
	id: number;
	script_id: number;
	signature: string;
	behavior: string;
	published_at: string | null;
	published_by: string | null;
	created_at: string;
}

export interface ChannelRow {
	id: number;
	script_id: number;
	name: string;
	version_id: number | null;
	updated_at: string | null;
}

export interface BenchRow {
	id: number;
	script_id: number;
	judge_script_id: number | null;
	judge_channel: string;
	config: string;
	created_at: string;
	updated_at: string;
}

export interface CaseRow {
	seq: number;
	id: string;
	bench_id: number | null;
	project_id: number;
	script_name: string;
	kind: string | null;
	case_name: string | null;
	inputs: string | null;
	expected_output: string | null;
	ground_truth: string | null;
	input_hash: string | null;
	created_at: string;
}

/** The columns a run needs to execute a case. */
export type RunnableCase = Pick<CaseRow, 'id' | 'input_hash' | 'expected_output'>;

export interface RunRow {
	id: number;
	bench_id: number;
	channel: string;
	workflow_version_id: number;
	judge_version_id: number;
	status: string;
	triggered_by: string | null;
	triggered_at: string;
	completed_at: string | null;
	total_cost_usd: number;
	total_cases: number;
	cache_hit_cases: number;
	notes: string | null;
	mcp_session_id: string | null;
	case_filter: string | null;
	case_seq_cutoff: number;
	mode: string;
	sample_size: number | null;
	/** When a cancel was requested (null: never). */
	cancel_requested_at: string | null;
	/** JSON array of the case ids in flight when the cancel was requested. */
	cancel_in_flight: string | null;
}

export interface ResultRow {
	id: number;
	run_id: number;
	case_id: string;
	score: string | null;
	headline_score: number | null;
	status: string;
	cost_usd: number;
	workflow_cost_usd: number | null;
	judge_cost_usd: number | null;
	duration_ms: number | null;
	cache_hit: number;
	input_hash: string | null;
	error: string | null;
	created_at: string;
	workflow_output: string | null;
}

/** A result before insertion (no id). */
export type NewResult = Omit<ResultRow, 'id'>;

export interface RunAggregate {
	breakdown: Record<string, number>;
	mean: number | null;
	ok: number;
	passed: number;
	failed: number;
	inconclusive: number;
}
