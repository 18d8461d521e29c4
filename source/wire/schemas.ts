// One valibot schema per wire type (§4 of the contract): what the client accepts from a server. Strict on what the
// code relies on (ids, names, statuses, arrays), tolerant where the contract says optional, R-only or "default when
// absent". Objects are loose: unknown keys pass through untouched (bench config, newer servers). Each schema is
// typed against its interface in types.ts, so a schema and its type cannot drift apart.
import * as v from 'valibot';
import type {
	Bench,
	BenchById,
	BenchCase,
	BenchResult,
	BenchRun,
	CompareAggregate,
	CompareCase,
	CompareReport,
	DriftReport,
	ExecutionStatus,
	Json,
	JsonObject,
	McpSessionCost,
	Project,
	ProjectBenchSummary,
	Script,
	ScriptChannel,
	ScriptSignature,
	SignatureField,
	TagSessionResponse,
	TypeField,
	TypeRef,
} from './types.js';

export type Schema<T> = v.GenericSchema<unknown, T>;

// ---- building blocks ----

/** Any JSON value (the body came from JSON.parse, so every value is JSON). */
const json: Schema<Json> = v.custom<Json>(() => true);
const jsonObject: Schema<JsonObject> = v.custom<JsonObject>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'object');
const int = v.pipe(v.number(), v.integer());
const text = v.string();
const nullable = <T>(schema: Schema<T>) => v.nullable(schema);
/** Contract "opt/null": absent or null. */
const nullish = <T>(schema: Schema<T>) => v.nullish(schema);
/** Contract "opt, not-null" read tolerantly: an explicit null reads as absent. */
const absent = <T>(schema: Schema<T>) =>
	v.pipe(
		v.nullish(schema),
		v.transform((value) => value ?? undefined),
	);
/** Contract "req (default when absent, never null)" as the Rust SDK reads it. */
const orDefault = <T>(schema: Schema<T>, fallback: T) =>
	v.optional(schema, (() => structuredClone(fallback)) as never) as unknown as Schema<T>;

const runStatus = v.picklist(['pending', 'running', 'completed', 'failed', 'canceled']);
const resultStatus = v.picklist(['ok', 'workflow_failed', 'judge_failed', 'skipped', 'cached']);
const compareFlag = v.picklist(['improved', 'regressed', 'unchanged', 'missing_a', 'missing_b']);
const costFlag = v.picklist(['cost_regressed', 'cost_improved', 'cost_unchanged']);
const executionState = v.picklist(['running', 'completed', 'failed', 'cancelled', 'suspended']);

// ---- navigation (§4.1–§4.3) ----

export const projectSchema: Schema<Project> = v.looseObject({
	id: int,
	name: text,
	created_at: text,
	sort_order: absent(v.number()),
});

export const scriptSchema: Schema<Script> = v.looseObject({
	id: int,
	project_id: int,
	name: text,
	created_at: text,
	sort_order: absent(v.number()),
});

export const scriptChannelSchema: Schema<ScriptChannel> = v.looseObject({
	id: int,
	script_id: int,
	name: text,
	version_id: v.optional(nullable(int), null),
	updated_at: v.optional(nullable(text), null),
});

// ---- benches (§4.4–§4.7) ----

const benchFields = {
	id: int,
	script_id: int,
	judge_script_id: v.optional(nullable(int), null),
	judge_channel: text,
	config: orDefault(jsonObject, {}),
	created_at: text,
	updated_at: text,
};

export const benchSchema: Schema<Bench> = v.looseObject(benchFields);

export const benchByIdSchema: Schema<BenchById> = v.looseObject({ ...benchFields, project_id: int, script_name: text });

export const benchSummarySchema: Schema<ProjectBenchSummary> = v.looseObject({
	bench_id: int,
	script_id: int,
	script_name: text,
	judge_script_id: v.optional(nullable(int), null),
	judge_script_name: v.optional(nullable(text), null),
	judge_channel: text,
	case_count: int,
	latest_run_id: v.optional(nullable(int), null),
	latest_run_status: v.optional(nullable(runStatus), null),
	latest_run_channel: v.optional(nullable(text), null),
	latest_run_workflow_version_id: v.optional(nullable(int), null),
	latest_run_at: v.optional(nullable(text), null),
	latest_run_mean_score: v.optional(nullable(v.number()), null),
	latest_run_cost_usd: v.optional(nullable(v.number()), null),
	updated_at: text,
});

// ---- runs and results (§4.8–§4.9) ----

export const benchRunSchema: Schema<BenchRun> = v.looseObject({
	id: int,
	bench_id: int,
	channel: text,
	workflow_version_id: int,
	judge_version_id: int,
	status: runStatus,
	triggered_by: v.optional(nullable(text), null),
	triggered_at: text,
	completed_at: v.optional(nullable(text), null),
	total_cost_usd: orDefault(v.number(), 0),
	total_cases: orDefault(int, 0),
	cache_hit_cases: orDefault(int, 0),
	notes: v.optional(nullable(text), null),
	mcp_session_id: nullish(text),
	case_filter: nullish(v.array(text)),
	mode: absent(v.picklist(['full', 'sampled'])),
	sample_size: nullish(int),
	mean_headline_score: nullish(v.number()),
	ok_cases: nullish(int),
	status_breakdown: absent(v.record(text, v.number())),
	pass_threshold: nullish(v.number()),
	passed: nullish(int),
	failed: nullish(int),
	inconclusive: nullish(int),
	judge_script_name: nullish(text),
	warnings: absent(v.array(text)),
});

export const benchResultSchema: Schema<BenchResult> = v.looseObject({
	id: int,
	bench_run_id: int,
	case_id: text,
	workflow_execution_id: v.optional(nullable(text), null),
	judge_execution_id: v.optional(nullable(text), null),
	score: orDefault(json, null),
	headline_score: v.optional(nullable(v.number()), null),
	status: resultStatus,
	cost_usd: orDefault(v.number(), 0),
	duration_ms: v.optional(nullable(v.number()), null),
	cache_hit: orDefault(v.boolean(), false),
	input_hash: nullish(text),
	error: nullish(text),
	created_at: text,
	verdict: absent(v.picklist(['pass', 'fail', 'error'])),
	workflow_cost_usd: nullish(v.number()),
	judge_cost_usd: nullish(v.number()),
	case_name: nullish(text),
	workflow_output: v.optional(json),
});

// ---- cases (§4.10–§4.11) ----

export const benchCaseSchema: Schema<BenchCase> = v.looseObject({
	id: text,
	project_id: int,
	script_name: text,
	bench_id: v.optional(nullable(int), null),
	kind: text,
	frozen: v.boolean(),
	case_name: v.optional(nullable(text), null),
	inputs: v.optional(nullable(jsonObject), null),
	expected_output: orDefault(json, null),
	ground_truth: orDefault(json, null),
	input_hash: nullish(text),
	created_at: text,
});

export const executionStatusSchema: Schema<ExecutionStatus> = v.looseObject({
	id: text,
	project_id: int,
	script_name: text,
	status: executionState,
	started_at: v.optional(nullable(text), null),
	finished_at: v.optional(nullable(text), null),
	version_id: v.optional(nullable(int), null),
	channel: v.optional(nullable(text), null),
	error: v.optional(nullable(text), null),
	error_kind: orDefault(json, null),
	result: orDefault(json, null),
	triggered_by: v.optional(nullable(text), null),
	input_tokens: orDefault(v.number(), 0),
	output_tokens: orDefault(v.number(), 0),
	cost_usd: v.optional(nullable(v.number()), null),
	kind: nullish(text),
	frozen: absent(v.boolean()),
	case_name: nullish(text),
	inputs: nullish(jsonObject),
	expected_output: v.optional(json),
	ground_truth: v.optional(json),
	bench_id: nullish(int),
	input_hash: nullish(text),
});

// ---- compare and drift (§4.12–§4.13) ----

export const compareCaseSchema: Schema<CompareCase> = v.looseObject({
	case_id: text,
	case_label: text,
	score_a: v.optional(nullable(v.number()), null),
	score_b: v.optional(nullable(v.number()), null),
	delta: v.optional(nullable(v.number()), null),
	flag: compareFlag,
	cost_a: absent(v.number()),
	cost_b: absent(v.number()),
	cost_delta: absent(v.number()),
	cost_flag: absent(costFlag),
});

export const compareAggregateSchema: Schema<CompareAggregate> = v.looseObject({
	mean_score_delta: v.number(),
	cost_delta_usd: v.number(),
	n_regressed: int,
	n_improved: int,
	n_unchanged: int,
	mean_cost_delta: absent(v.number()),
	cost_delta_pct: nullish(v.number()),
	cost_regression: absent(v.boolean()),
	n_cost_regressed: absent(int),
	n_cost_improved: absent(int),
	n_cost_unchanged: absent(int),
});

export const compareReportSchema: Schema<CompareReport> = v.looseObject({
	run_a_id: int,
	run_b_id: int,
	aggregate: compareAggregateSchema,
	per_case: v.array(compareCaseSchema),
});

export const driftReportSchema: Schema<DriftReport> = v.looseObject({
	drifted: v.array(v.looseObject({ case_id: text, label: text, what_broke: text })),
	script_version_id: v.optional(nullable(int), null),
	published_at: v.optional(nullable(text), null),
	published_by: v.optional(nullable(text), null),
	summary: v.optional(text, ''),
});

// ---- sessions (§4.14–§4.15) ----

export const tagSessionSchema: Schema<TagSessionResponse> = v.looseObject({
	tagged: v.boolean(),
	run_id: int,
	mcp_session_id: text,
});

export const mcpSessionCostSchema: Schema<McpSessionCost> = v.looseObject({
	session_id: text,
	total_cost_usd: v.number(),
	breakdown: orDefault(jsonObject, {}),
});

// ---- signature (§4.16) ----

export const typeRefSchema: Schema<TypeRef> = v.looseObject({
	name: text,
	inner: nullish(v.lazy(() => typeRefSchema)),
	choices: nullish(v.array(text)),
	variants: absent(v.array(v.lazy(() => typeRefSchema))),
});

const typeFieldSchema: Schema<TypeField> = v.looseObject({ name: text, ty: typeRefSchema, docs: nullish(text) });

const signatureFieldSchema: Schema<SignatureField> = v.looseObject({
	path: text,
	ty: typeRefSchema,
	required: orDefault(v.boolean(), false),
	annotations: orDefault(v.array(text), []),
});

export const signatureSchema: Schema<ScriptSignature> = v.looseObject({
	inputs: v.array(signatureFieldSchema),
	outputs: orDefault(v.array(signatureFieldSchema), []),
	type_defs: orDefault(v.record(text, v.array(typeFieldSchema)), {}),
	schema_hash: absent(text),
});

/** A list of `item`. */
export const listOf = <T>(item: Schema<T>): Schema<T[]> => v.array(item);
