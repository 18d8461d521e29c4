// SQLite schema of the embedded server. Cases are "executions" of kind `case`; workflow/judge executions of a result are
// derived from the result row (ids `wf-<run>-<case>` / `jd-<run>-<case>`), so a 100k-case run writes one row per case.
// A run's cancel request is stored with it (`cancel_requested_at`, and the ids of the cases in flight at that moment as a JSON
// array), so that a restart finishes those cases and ends the run `canceled` instead of running the rest.
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS projects (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE,
	created_at TEXT NOT NULL,
	sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS scripts (
	id INTEGER PRIMARY KEY,
	project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
	name TEXT NOT NULL,
	created_at TEXT NOT NULL,
	sort_order INTEGER NOT NULL DEFAULT 0,
	UNIQUE (project_id, name)
);
CREATE TABLE IF NOT EXISTS script_versions (
	id INTEGER PRIMARY KEY,
	script_id INTEGER NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,
	signature TEXT NOT NULL,
	behavior TEXT NOT NULL DEFAULT '{}',
	published_at TEXT,
	published_by TEXT,
	created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS channels (
	id INTEGER PRIMARY KEY,
	script_id INTEGER NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,
	name TEXT NOT NULL,
	version_id INTEGER REFERENCES script_versions(id),
	updated_at TEXT,
	UNIQUE (script_id, name)
);
CREATE TABLE IF NOT EXISTS benches (
	id INTEGER PRIMARY KEY,
	script_id INTEGER NOT NULL UNIQUE REFERENCES scripts(id) ON DELETE CASCADE,
	judge_script_id INTEGER REFERENCES scripts(id) ON DELETE SET NULL,
	judge_channel TEXT NOT NULL,
	config TEXT NOT NULL,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS cases (
	seq INTEGER PRIMARY KEY,
	id TEXT NOT NULL UNIQUE,
	bench_id INTEGER REFERENCES benches(id) ON DELETE CASCADE,
	project_id INTEGER NOT NULL,
	script_name TEXT NOT NULL,
	kind TEXT,
	case_name TEXT,
	inputs TEXT,
	expected_output TEXT,
	ground_truth TEXT,
	input_hash TEXT,
	created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_by_bench ON cases (bench_id, seq);
CREATE TABLE IF NOT EXISTS runs (
	id INTEGER PRIMARY KEY,
	bench_id INTEGER NOT NULL REFERENCES benches(id) ON DELETE CASCADE,
	channel TEXT NOT NULL,
	workflow_version_id INTEGER NOT NULL,
	judge_version_id INTEGER NOT NULL,
	status TEXT NOT NULL,
	triggered_by TEXT,
	triggered_at TEXT NOT NULL,
	completed_at TEXT,
	total_cost_usd REAL NOT NULL DEFAULT 0,
	total_cases INTEGER NOT NULL,
	cache_hit_cases INTEGER NOT NULL DEFAULT 0,
	notes TEXT,
	mcp_session_id TEXT,
	case_filter TEXT,
	case_seq_cutoff INTEGER NOT NULL,
	mode TEXT NOT NULL,
	sample_size INTEGER,
	cancel_requested_at TEXT,
	cancel_in_flight TEXT
);
CREATE INDEX IF NOT EXISTS runs_by_bench ON runs (bench_id, id);
CREATE TABLE IF NOT EXISTS results (
	id INTEGER PRIMARY KEY,
	run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
	case_id TEXT NOT NULL,
	score TEXT,
	headline_score REAL,
	status TEXT NOT NULL,
	cost_usd REAL NOT NULL,
	workflow_cost_usd REAL,
	judge_cost_usd REAL,
	duration_ms INTEGER,
	cache_hit INTEGER NOT NULL,
	input_hash TEXT,
	error TEXT,
	created_at TEXT NOT NULL,
	workflow_output TEXT,
	UNIQUE (run_id, case_id)
);
CREATE INDEX IF NOT EXISTS results_by_run ON results (run_id, id);
CREATE TABLE IF NOT EXISTS result_cache (
	input_hash TEXT NOT NULL,
	workflow_version_id INTEGER NOT NULL,
	judge_version_id INTEGER NOT NULL,
	score TEXT,
	headline_score REAL,
	PRIMARY KEY (input_hash, workflow_version_id, judge_version_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mcp_sessions (
	session_id TEXT PRIMARY KEY,
	project_id INTEGER NOT NULL,
	total_cost_usd REAL NOT NULL DEFAULT 0,
	breakdown TEXT NOT NULL DEFAULT '{}'
);
`;

/** Columns added after the first release, for databases created before them: [table, column, declaration]. */
export const ADDED_COLUMNS: Array<[string, string, string]> = [
	['runs', 'cancel_requested_at', 'TEXT'],
	['runs', 'cancel_in_flight', 'TEXT'],
];
