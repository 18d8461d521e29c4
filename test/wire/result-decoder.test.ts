// The result rows' fast decoder and benchResultSchema give the same answers: the same rows accepted (and the same
// value out, defaults and all), the same rows rejected with the same problem, over valid rows and over every field
// of a row set to every kind of wrong value.
import { describe, expect, it } from 'vitest';
import { decodeWith } from '../../source/wire/decode.js';
import { decodeBenchResult } from '../../source/wire/result-decoder.js';
import { benchResultSchema } from '../../source/wire/schemas.js';

const full = {
	id: 8,
	bench_run_id: 1,
	case_id: 'case-1-000008',
	workflow_execution_id: 'wf-1-case-1-000008',
	judge_execution_id: 'jd-1-case-1-000008',
	headline_score: 92.5,
	status: 'ok',
	cost_usd: 0.002968,
	duration_ms: 2516,
	cache_hit: false,
	input_hash: '7f80fbdf27e8f8b8cb96f8e6532dc373c824dbaf8520ba1405d8602a6c5ebf77',
	error: null,
	created_at: '2026-12-02T01:18:43.164Z',
	verdict: 'pass',
	workflow_cost_usd: 0.002339,
	judge_cost_usd: 0.000629,
	case_name: 'case 8',
	score: { score: 92, reason: 'minor wording differences only' },
	workflow_output: { label: 'negative', confidence: 0.9 },
};

const WRONG: unknown[] = [undefined, null, 0, 7, 1.5, -0, 1e300, '', 'x', 'ok', 'pass', 'a string longer than twenty-four characters', '\u001b[2J', true, false, [], [1], {}, { a: 1 }];

/** Both decoders on their own copy of `value` (the fast one fills defaults into the value it is given). */
function agree(value: unknown, at = '') {
	const fast = decodeBenchResult(structuredClone(value), at);
	const schema = decodeWith(benchResultSchema, structuredClone(value), at);
	expect(fast.ok).toBe(schema.ok);
	if (fast.ok && schema.ok) expect(fast.value).toStrictEqual(schema.value);
	else if (!fast.ok && !schema.ok) expect(fast.problem).toBe(schema.problem);
	return fast;
}

describe('decodeBenchResult', () => {
	it('accepts what the schema accepts, with the same value: full, live and sparse rows, extra keys', () => {
		const { case_name: _n, verdict: _v, workflow_output: _o, workflow_cost_usd: _w, judge_cost_usd: _j, ...live } = full;
		const sparse = { id: 1, bench_run_id: 2, case_id: 'c', status: 'skipped', created_at: 't' };
		for (const row of [full, live, sparse, { ...full, newer: { field: [1, 2] }, verdict: null, case_name: null, score: null }]) {
			expect(agree(row).ok).toBe(true);
		}
	});

	it('returns the parsed row itself, not a copy', () => {
		const row = structuredClone(full);
		const decoded = decodeBenchResult(row);
		expect(decoded.ok && decoded.value).toBe(row);
	});

	it('gives the same answer for every field set to every kind of value, or missing', () => {
		let rejected = 0;
		for (const key of Object.keys(full)) {
			for (const wrong of WRONG) {
				const row: Record<string, unknown> = { ...full, [key]: wrong };
				if (wrong === undefined) delete row[key];
				if (!agree(row, '[3]').ok) rejected++;
			}
		}
		// Most replacements are wrong for most fields; the test would prove nothing if none were.
		expect(rejected).toBeGreaterThan(150);
	});

	it('names the problem as the schema does, for a row that is not an object', () => {
		for (const value of [null, 3, 'row', [], [full], true, undefined]) expect(agree(value, '[0]').ok).toBe(false);
		expect(decodeBenchResult({ ...full, id: '8' }, '[2]')).toEqual({ ok: false, problem: '[2].id expected number, got "8"' });
	});
});
