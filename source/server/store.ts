// The SQLite store (Node's built-in node:sqlite, WAL). Synchronous by design: every write is committed before anything
// is broadcast.
import { DatabaseSync, type SQLInputValue, type StatementResultingChanges, type StatementSync } from 'node:sqlite';
import { round } from './round.js';
import { ADDED_COLUMNS, SCHEMA } from './schema.js';
import type { BenchRow, CaseRow, RunnableCase, ChannelRow, NewResult, ProjectRow, ResultRow, RunAggregate, RunRow, ScriptRow, VersionRow } from './rows.js';

/** A prepared statement whose rows the caller types (the schema, not node:sqlite, knows their shape). */
export interface Statement {
	get(...params: SQLInputValue[]): unknown;
	all(...params: SQLInputValue[]): unknown[];
	run(...params: SQLInputValue[]): StatementResultingChanges;
}

export class Store {
	readonly db: DatabaseSync;
	private readonly statements = new Map<string, StatementSync>();
	/** Open transactions; nested ones are savepoints, so `transaction` composes. */
	private depth = 0;

	constructor(path: string) {
		this.db = new DatabaseSync(path);
		this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;');
		this.db.exec(SCHEMA);
		for (const [table, column, declaration] of ADDED_COLUMNS) {
			const columns = this.db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>;
			if (!columns.some((c) => c.name === column)) this.db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${declaration}`);
		}
	}

	close(): void {
		this.db.close();
	}

	transaction<T>(work: () => T): T {
		const savepoint = `sp${this.depth}`;
		this.db.exec(this.depth === 0 ? 'BEGIN' : `SAVEPOINT ${savepoint}`);
		this.depth += 1;
		try {
			const result = work();
			this.db.exec(this.depth === 1 ? 'COMMIT' : `RELEASE ${savepoint}`);
			return result;
		} catch (error) {
			this.db.exec(this.depth === 1 ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
			throw error;
		} finally {
			this.depth -= 1;
		}
	}

	/** Cached prepared statement. */
	sql(text: string): Statement {
		let statement = this.statements.get(text);
		if (!statement) {
			statement = this.db.prepare(text);
			this.statements.set(text, statement);
		}
		return statement;
	}

	isEmpty(): boolean {
		return (this.sql('SELECT COUNT(*) AS n FROM projects').get() as { n: number }).n === 0;
	}

	// ---- projects and scripts ----

	listProjects(limit: number, offset: number): ProjectRow[] {
		return this.sql('SELECT * FROM projects ORDER BY sort_order, id LIMIT ? OFFSET ?').all(limit, offset) as ProjectRow[];
	}

	/** By numeric id, or by name (the TS SDK may pass a project name). */
	findProject(key: string): ProjectRow | undefined {
		if (/^\d+$/.test(key)) return this.sql('SELECT * FROM projects WHERE id = ?').get(Number(key)) as ProjectRow | undefined;
		return this.sql('SELECT * FROM projects WHERE name = ?').get(key) as ProjectRow | undefined;
	}

	insertProject(name: string, createdAt: string, sortOrder = 0): number {
		return Number(this.sql('INSERT INTO projects (name, created_at, sort_order) VALUES (?, ?, ?)').run(name, createdAt, sortOrder).lastInsertRowid);
	}

	listScripts(projectId: number, limit: number, offset: number): ScriptRow[] {
		return this.sql('SELECT * FROM scripts WHERE project_id = ? ORDER BY sort_order, id LIMIT ? OFFSET ?').all(projectId, limit, offset) as ScriptRow[];
	}

	findScript(projectId: number, name: string): ScriptRow | undefined {
		return this.sql('SELECT * FROM scripts WHERE project_id = ? AND name = ?').get(projectId, name) as ScriptRow | undefined;
	}

	scriptById(id: number): ScriptRow | undefined {
		return this.sql('SELECT * FROM scripts WHERE id = ?').get(id) as ScriptRow | undefined;
	}

	insertScript(projectId: number, name: string, createdAt: string, sortOrder = 0): number {
		return Number(this.sql('INSERT INTO scripts (project_id, name, created_at, sort_order) VALUES (?, ?, ?, ?)').run(projectId, name, createdAt, sortOrder).lastInsertRowid);
	}

	// ---- versions and channels ----

	insertVersion(v: Omit<VersionRow, 'id'>): number {
		return Number(
			this.sql('INSERT INTO script_versions (script_id, signature, behavior, published_at, published_by, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
				v.script_id,
				v.signature,
				v.behavior,
				v.published_at,
				v.published_by,
				v.created_at,
			).lastInsertRowid,
		);
	}

	version(id: number): VersionRow | undefined {
		return this.sql('SELECT * FROM script_versions WHERE id = ?').get(id) as VersionRow | undefined;
	}

	latestPublishedVersion(scriptId: number): VersionRow | undefined {
		return this.sql('SELECT * FROM script_versions WHERE script_id = ? AND published_at IS NOT NULL ORDER BY published_at DESC, id DESC LIMIT 1').get(scriptId) as
			| VersionRow
			| undefined;
	}

	latestVersion(scriptId: number): VersionRow | undefined {
		return this.sql('SELECT * FROM script_versions WHERE script_id = ? ORDER BY id DESC LIMIT 1').get(scriptId) as VersionRow | undefined;
	}

	listChannels(scriptId: number): ChannelRow[] {
		return this.sql('SELECT * FROM channels WHERE script_id = ? ORDER BY id').all(scriptId) as ChannelRow[];
	}

	channel(scriptId: number, name: string): ChannelRow | undefined {
		return this.sql('SELECT * FROM channels WHERE script_id = ? AND name = ?').get(scriptId, name) as ChannelRow | undefined;
	}

	setChannel(scriptId: number, name: string, versionId: number | null, updatedAt: string | null): void {
		this.sql(
			'INSERT INTO channels (script_id, name, version_id, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (script_id, name) DO UPDATE SET version_id = excluded.version_id, updated_at = excluded.updated_at',
		).run(scriptId, name, versionId, updatedAt);
	}

	// ---- benches ----

	benchByScript(scriptId: number): BenchRow | undefined {
		return this.sql('SELECT * FROM benches WHERE script_id = ?').get(scriptId) as BenchRow | undefined;
	}

	bench(id: number): BenchRow | undefined {
		return this.sql('SELECT * FROM benches WHERE id = ?').get(id) as BenchRow | undefined;
	}

	upsertBench(scriptId: number, judgeScriptId: number | null, judgeChannel: string, config: string, now: string): BenchRow {
		this.sql(
			`INSERT INTO benches (script_id, judge_script_id, judge_channel, config, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
			 ON CONFLICT (script_id) DO UPDATE SET judge_script_id = excluded.judge_script_id, judge_channel = excluded.judge_channel,
			 config = excluded.config, updated_at = excluded.updated_at`,
		).run(scriptId, judgeScriptId, judgeChannel, config, now, now);
		return this.benchByScript(scriptId)!;
	}

	deleteBench(scriptId: number): void {
		this.sql('DELETE FROM benches WHERE script_id = ?').run(scriptId);
	}

	benchesOfProject(projectId: number): Array<BenchRow & { script_name: string }> {
		return this.sql('SELECT b.*, s.name AS script_name FROM benches b JOIN scripts s ON s.id = b.script_id WHERE s.project_id = ? ORDER BY s.sort_order, s.id').all(
			projectId,
		) as Array<BenchRow & { script_name: string }>;
	}

	caseCount(benchId: number): number {
		return (this.sql('SELECT COUNT(*) AS n FROM cases WHERE bench_id = ?').get(benchId) as { n: number }).n;
	}

	// ---- cases ----

	listCases(benchId: number): CaseRow[] {
		return this.sql('SELECT * FROM cases WHERE bench_id = ? ORDER BY seq').all(benchId) as CaseRow[];
	}

	caseById(id: string): CaseRow | undefined {
		return this.sql('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
	}

	/** Inserts without reading the row back (bulk seeding). */
	addCase(c: Omit<CaseRow, 'seq'>): void {
		this.sql(
			'INSERT INTO cases (id, bench_id, project_id, script_name, kind, case_name, inputs, expected_output, ground_truth, input_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
		).run(c.id, c.bench_id, c.project_id, c.script_name, c.kind, c.case_name, c.inputs, c.expected_output, c.ground_truth, c.input_hash, c.created_at);
	}

	insertCase(c: Omit<CaseRow, 'seq'>): CaseRow {
		this.addCase(c);
		return this.caseById(c.id)!;
	}

	updateCase(id: string, fields: Partial<Pick<CaseRow, 'case_name' | 'inputs' | 'expected_output' | 'ground_truth' | 'input_hash'>>): CaseRow {
		const keys = Object.keys(fields) as Array<keyof typeof fields>;
		if (keys.length > 0) {
			this.db.prepare(`UPDATE cases SET ${keys.map((k) => `${k} = ?`).join(', ')} WHERE id = ?`).run(...keys.map((k) => fields[k] ?? null), id);
		}
		return this.caseById(id)!;
	}

	deleteCase(id: string): void {
		this.sql('DELETE FROM cases WHERE id = ?').run(id);
	}

	maxCaseSeq(benchId: number): number {
		return (this.sql('SELECT COALESCE(MAX(seq), 0) AS n FROM cases WHERE bench_id = ?').get(benchId) as { n: number }).n;
	}

	/** case id → case name, for the cases of a bench that have one. */
	caseNames(benchId: number): Map<string, string> {
		const rows = this.sql('SELECT id, case_name FROM cases WHERE bench_id = ? AND case_name IS NOT NULL').all(benchId) as Array<{ id: string; case_name: string }>;
		return new Map(rows.map((row) => [row.id, row.case_name]));
	}

	caseIds(benchId: number): string[] {
		return (this.sql('SELECT id FROM cases WHERE bench_id = ? ORDER BY seq').all(benchId) as Array<{ id: string }>).map((row) => row.id);
	}

	/** The cases a run executes: its `case_filter`, or every bench case that existed when it was triggered. */
	casesOfRun(run: RunRow): RunnableCase[] {
		const all = this.sql('SELECT id, input_hash, expected_output FROM cases WHERE bench_id = ? AND seq <= ? ORDER BY seq').all(
			run.bench_id,
			run.case_filter ? Number.MAX_SAFE_INTEGER : run.case_seq_cutoff,
		) as RunnableCase[];
		if (!run.case_filter) return all;
		const byId = new Map(all.map((c) => [c.id, c]));
		return (JSON.parse(run.case_filter) as string[]).map((id) => byId.get(id)).filter((c): c is RunnableCase => c !== undefined);
	}

	// ---- runs ----

	insertRun(r: Omit<RunRow, 'id' | 'cancel_requested_at' | 'cancel_in_flight'>): RunRow {
		const id = Number(
			this.sql(
				`INSERT INTO runs (bench_id, channel, workflow_version_id, judge_version_id, status, triggered_by, triggered_at, completed_at, total_cost_usd,
				 total_cases, cache_hit_cases, notes, mcp_session_id, case_filter, case_seq_cutoff, mode, sample_size)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			).run(
				r.bench_id,
				r.channel,
				r.workflow_version_id,
				r.judge_version_id,
				r.status,
				r.triggered_by,
				r.triggered_at,
				r.completed_at,
				r.total_cost_usd,
				r.total_cases,
				r.cache_hit_cases,
				r.notes,
				r.mcp_session_id,
				r.case_filter,
				r.case_seq_cutoff,
				r.mode,
				r.sample_size,
			).lastInsertRowid,
		);
		return this.run(id)!;
	}

	run(id: number): RunRow | undefined {
		return this.sql('SELECT * FROM runs WHERE id = ?').get(id) as RunRow | undefined;
	}

	listRuns(benchId: number, limit: number, offset: number): RunRow[] {
		return this.sql('SELECT * FROM runs WHERE bench_id = ? ORDER BY id DESC LIMIT ? OFFSET ?').all(benchId, limit, offset) as RunRow[];
	}

	latestRun(benchId: number): RunRow | undefined {
		return this.sql('SELECT * FROM runs WHERE bench_id = ? ORDER BY id DESC LIMIT 1').get(benchId) as RunRow | undefined;
	}

	unfinishedRuns(): RunRow[] {
		return this.sql("SELECT * FROM runs WHERE status IN ('pending', 'running') ORDER BY id").all() as RunRow[];
	}

	setRunStatus(id: number, status: string, completedAt: string | null): void {
		this.sql('UPDATE runs SET status = ?, completed_at = ? WHERE id = ?').run(status, completedAt, id);
	}

	/** Records a cancel request with the cases in flight at that moment (a restart finishes them, then ends the run). */
	requestCancel(id: number, at: string, inFlight: string[]): void {
		this.sql('UPDATE runs SET cancel_requested_at = ?, cancel_in_flight = ? WHERE id = ? AND cancel_requested_at IS NULL').run(at, JSON.stringify(inFlight), id);
	}

	setRunSession(id: number, sessionId: string): void {
		this.sql('UPDATE runs SET mcp_session_id = ? WHERE id = ?').run(sessionId, id);
	}

	deleteRun(id: number): void {
		this.sql('DELETE FROM runs WHERE id = ?').run(id);
	}

	/** Aggregates over a run's results (status breakdown, mean of ok+cached, correctness counts against `threshold`). */
	runAggregate(runId: number, threshold: number): RunAggregate {
		const breakdown: Record<string, number> = {};
		for (const row of this.sql('SELECT status, COUNT(*) AS n FROM results WHERE run_id = ? GROUP BY status').all(runId) as Array<{ status: string; n: number }>) {
			breakdown[row.status] = row.n;
		}
		const stats = this.sql(
			`SELECT AVG(CASE WHEN status IN ('ok', 'cached') THEN headline_score END) AS mean,
			        COALESCE(SUM(status IN ('ok', 'cached')), 0) AS ok,
			        COALESCE(SUM(headline_score >= ?), 0) AS passed,
			        COALESCE(SUM(headline_score < ?), 0) AS failed,
			        COALESCE(SUM(headline_score IS NULL), 0) AS inconclusive
			 FROM results WHERE run_id = ?`,
		).get(threshold, threshold, runId) as { mean: number | null; ok: number; passed: number; failed: number; inconclusive: number };
		return { breakdown, ...stats };
	}

	// ---- results ----

	/**
	 * Inserts results in one transaction and folds their cost into their run; a second result for the same (run, case)
	 * is ignored (restart safety). Returns the rows actually inserted.
	 */
	recordResults(results: NewResult[]): ResultRow[] {
		const insert = this.sql(
			`INSERT OR IGNORE INTO results (run_id, case_id, score, headline_score, status, cost_usd, workflow_cost_usd, judge_cost_usd, duration_ms, cache_hit,
			 input_hash, error, created_at, workflow_output) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		);
		const fold = this.sql('UPDATE runs SET total_cost_usd = total_cost_usd + ?, cache_hit_cases = cache_hit_cases + ? WHERE id = ?');
		return this.transaction(() => {
			const inserted: ResultRow[] = [];
			const totals = new Map<number, { cost: number; hits: number }>();
			for (const r of results) {
				const info = insert.run(
					r.run_id,
					r.case_id,
					r.score,
					r.headline_score,
					r.status,
					r.cost_usd,
					r.workflow_cost_usd,
					r.judge_cost_usd,
					r.duration_ms,
					r.cache_hit,
					r.input_hash,
					r.error,
					r.created_at,
					r.workflow_output,
				);
				if (info.changes === 0) continue;
				inserted.push({ id: Number(info.lastInsertRowid), ...r });
				const total = totals.get(r.run_id) ?? { cost: 0, hits: 0 };
				total.cost += r.cost_usd;
				total.hits += r.cache_hit;
				totals.set(r.run_id, total);
			}
			for (const [runId, total] of totals) fold.run(total.cost, total.hits, runId);
			return inserted;
		});
	}

	listResults(runId: number): ResultRow[] {
		return this.sql('SELECT * FROM results WHERE run_id = ? ORDER BY id').all(runId) as ResultRow[];
	}

	/** The highest result id of a run (0 when it has none): the end of a snapshot read in pages. */
	lastResultId(runId: number): number {
		return (this.sql('SELECT COALESCE(MAX(id), 0) AS n FROM results WHERE run_id = ?').get(runId) as { n: number }).n;
	}

	/** Up to `limit` results of a run with ids in (afterId, throughId], in id order, with their case names (keyset paging). */
	resultPage(runId: number, afterId: number, throughId: number, limit: number): Array<ResultRow & { case_name: string | null }> {
		return this.sql(
			'SELECT r.*, c.case_name AS case_name FROM results r LEFT JOIN cases c ON c.id = r.case_id WHERE r.run_id = ? AND r.id > ? AND r.id <= ? ORDER BY r.id LIMIT ?',
		).all(runId, afterId, throughId, limit) as Array<ResultRow & { case_name: string | null }>;
	}

	result(runId: number, caseId: string): ResultRow | undefined {
		return this.sql('SELECT * FROM results WHERE run_id = ? AND case_id = ?').get(runId, caseId) as ResultRow | undefined;
	}

	recordedCaseIds(runId: number): Set<string> {
		return new Set((this.sql('SELECT case_id FROM results WHERE run_id = ?').all(runId) as Array<{ case_id: string }>).map((row) => row.case_id));
	}

	// ---- result cache ----

	cached(inputHash: string, workflowVersionId: number, judgeVersionId: number): { score: string | null; headline_score: number | null } | undefined {
		return this.sql('SELECT score, headline_score FROM result_cache WHERE input_hash = ? AND workflow_version_id = ? AND judge_version_id = ?').get(
			inputHash,
			workflowVersionId,
			judgeVersionId,
		) as { score: string | null; headline_score: number | null } | undefined;
	}

	putCache(inputHash: string, workflowVersionId: number, judgeVersionId: number, score: string | null, headline: number | null): void {
		this.sql('INSERT OR IGNORE INTO result_cache (input_hash, workflow_version_id, judge_version_id, score, headline_score) VALUES (?, ?, ?, ?, ?)').run(
			inputHash,
			workflowVersionId,
			judgeVersionId,
			score,
			headline,
		);
	}

	// ---- MCP sessions ----

	session(sessionId: string): { session_id: string; project_id: number; total_cost_usd: number; breakdown: string } | undefined {
		return this.sql('SELECT * FROM mcp_sessions WHERE session_id = ?').get(sessionId) as
			| { session_id: string; project_id: number; total_cost_usd: number; breakdown: string }
			| undefined;
	}

	/** The project owning a session: the project of any run tagged with it. */
	sessionProject(sessionId: string): number | undefined {
		const row = this.sql(
			'SELECT s.project_id AS project_id FROM runs r JOIN benches b ON b.id = r.bench_id JOIN scripts s ON s.id = b.script_id WHERE r.mcp_session_id = ? LIMIT 1',
		).get(sessionId) as { project_id: number } | undefined;
		return row?.project_id;
	}

	/** Writes one source's cost into a session (idempotent per source); the total is the sum of the breakdown. */
	setSessionCost(sessionId: string, projectId: number, source: string, cost: number): void {
		const existing = this.session(sessionId);
		const breakdown = existing ? (JSON.parse(existing.breakdown) as Record<string, number>) : {};
		breakdown[source] = round(cost);
		const total = round(Object.values(breakdown).reduce((sum, value) => sum + value, 0));
		this.sql(
			`INSERT INTO mcp_sessions (session_id, project_id, total_cost_usd, breakdown) VALUES (?, ?, ?, ?)
			 ON CONFLICT (session_id) DO UPDATE SET total_cost_usd = excluded.total_cost_usd, breakdown = excluded.breakdown`,
		).run(sessionId, projectId, total, JSON.stringify(breakdown));
	}
}
