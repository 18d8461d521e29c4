// The hot path of benchResultSchema: a live feed or a 100,000-row /results body decodes one BenchResult per row, and
// valibot builds a second object (and its issue machinery) for each. This checks a freshly parsed row in place and
// fills the schema's defaults into it; any row it does not accept whole goes through the valibot schema, which stays
// the single source of truth: it decides, and names the problem. test/wire/result-decoder.test.ts holds both to
// the same answers over valid and malformed rows.
import { decodeWith, type Decoded } from './decode.js';
import { benchResultSchema } from './schemas.js';
import type { BenchResult } from './types.js';

const RESULT_STATUSES: ReadonlySet<unknown> = new Set(['ok', 'workflow_failed', 'judge_failed', 'skipped', 'cached']);
const VERDICTS: ReadonlySet<unknown> = new Set(['pass', 'fail', 'error']);

type Row = Record<string, unknown>;

const isInt = (value: unknown) => typeof value === 'number' && Number.isInteger(value);
const isNumber = (value: unknown) => typeof value === 'number' && !Number.isNaN(value);
const textOrNothing = (value: unknown) => value === undefined || value === null || typeof value === 'string';
const numberOrNothing = (value: unknown) => value === undefined || value === null || isNumber(value);

/** Whether the row passes benchResultSchema as it is (before its defaults are filled in). */
function acceptable(row: Row): boolean {
	return (
		isInt(row.id) &&
		isInt(row.bench_run_id) &&
		typeof row.case_id === 'string' &&
		textOrNothing(row.workflow_execution_id) &&
		textOrNothing(row.judge_execution_id) &&
		numberOrNothing(row.headline_score) &&
		RESULT_STATUSES.has(row.status) &&
		(row.cost_usd === undefined || isNumber(row.cost_usd)) &&
		numberOrNothing(row.duration_ms) &&
		(row.cache_hit === undefined || typeof row.cache_hit === 'boolean') &&
		textOrNothing(row.input_hash) &&
		textOrNothing(row.error) &&
		typeof row.created_at === 'string' &&
		(row.verdict === undefined || row.verdict === null || VERDICTS.has(row.verdict)) &&
		numberOrNothing(row.workflow_cost_usd) &&
		numberOrNothing(row.judge_cost_usd) &&
		textOrNothing(row.case_name)
	);
}

/**
 * benchResultSchema's answer for `value`, a value the caller owns (just parsed): when accepted, `value` itself with
 * the schema's defaults filled in, not a copy. `at` names where the row sits in a larger body, as in decodeWith.
 */
export function decodeBenchResult(value: unknown, at = ''): Decoded<BenchResult> {
	if (typeof value !== 'object' || value === null || Array.isArray(value) || !acceptable(value as Row)) {
		return decodeWith(benchResultSchema, value, at);
	}
	const row = value as Row;
	row.workflow_execution_id ??= null;
	row.judge_execution_id ??= null;
	if (row.score === undefined) row.score = null;
	row.headline_score ??= null;
	row.cost_usd ??= 0;
	row.duration_ms ??= null;
	row.cache_hit ??= false;
	// "opt, not-null" read tolerantly: an explicit null reads as absent.
	if (row.verdict === null) row.verdict = undefined;
	return { ok: true, value: row as unknown as BenchResult };
}
