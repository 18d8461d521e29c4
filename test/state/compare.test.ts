import { describe, expect, it } from 'vitest';
import type { CompareCase, CompareReport } from '../../source/wire/types.js';
import {
	ascendingOrder,
	CompareModel,
	DEFAULT_QUERY,
	findRegression,
	histogram,
	histogramBar,
	histogramScaleMax,
	nextSortKey,
	scoreHistograms,
	scoreScale,
} from '../../source/state/compare.js';

function row(case_id: string, score_a: number | null, score_b: number | null, extra: Partial<CompareCase> = {}): CompareCase {
	const delta = score_a != null && score_b != null ? score_b - score_a : null;
	const flag = score_a == null ? 'missing_a' : score_b == null ? 'missing_b' : delta! > 0 ? 'improved' : delta! < 0 ? 'regressed' : 'unchanged';
	return { case_id, case_label: `label ${case_id}`, score_a, score_b, delta, flag, cost_a: 0.01, cost_b: 0.01, cost_delta: 0, cost_flag: 'cost_unchanged', ...extra };
}

const report: CompareReport = {
	run_a_id: 1,
	run_b_id: 2,
	aggregate: { mean_score_delta: 0, cost_delta_usd: 0, n_regressed: 2, n_improved: 2, n_unchanged: 1 },
	per_case: [
		row('c1', 80, 70), // -10
		row('c2', 50, 90, { cost_b: 0.05, cost_delta: 0.04, cost_flag: 'cost_regressed' }), // +40
		row('c3', 60, 60), // 0
		row('c4', 90, 40, { case_label: 'Invoice with VAT' }), // -50
		row('c5', null, 55),
		row('c6', 70, null),
		row('c7', 20, 30, { cost_b: 0.001, cost_delta: -0.009, cost_flag: 'cost_improved' }), // +10
	],
};

const ids = (model: CompareModel, rows: Uint32Array) => Array.from(rows, (i) => model.cases[i].case_id);

describe('CompareModel', () => {
	const model = new CompareModel(report);

	it('counts flags and cost flags', () => {
		expect(model.counts).toEqual({ improved: 2, regressed: 2, unchanged: 1, missingA: 1, missingB: 1, costRegressed: 1, costImproved: 1, flipped: 0, total: 7 });
		expect(model.filterCount('missing')).toBe(2);
		expect(model.filterCount('cost_regressed')).toBe(1);
	});

	it('orders by worst regression first by default, missing deltas last', () => {
		expect(ids(model, model.rows(DEFAULT_QUERY))).toEqual(['c4', 'c1', 'c3', 'c7', 'c2', 'c5', 'c6']);
	});

	it('reverses a sort but keeps missing values last', () => {
		expect(ids(model, model.rows({ ...DEFAULT_QUERY, reversed: true }))).toEqual(['c2', 'c7', 'c3', 'c1', 'c4', 'c5', 'c6']);
	});

	it('sorts by cost delta (largest increase first), scores and label', () => {
		expect(ids(model, model.rows({ ...DEFAULT_QUERY, sort: 'cost_delta' }))[0]).toBe('c2');
		expect(ids(model, model.rows({ ...DEFAULT_QUERY, sort: 'cost_delta' })).at(-1)).toBe('c7');
		expect(ids(model, model.rows({ ...DEFAULT_QUERY, sort: 'score_a' }))).toEqual(['c7', 'c2', 'c3', 'c6', 'c1', 'c4', 'c5']);
		expect(ids(model, model.rows({ ...DEFAULT_QUERY, sort: 'score_b', reversed: true }))).toEqual(['c2', 'c1', 'c3', 'c5', 'c4', 'c7', 'c6']);
		expect(ids(model, model.rows({ ...DEFAULT_QUERY, sort: 'label' }))[0]).toBe('c4');
	});

	it('puts a regression without a delta (B unscored) first and an improvement without one last among scored', () => {
		const failed = new CompareModel({
			...report,
			per_case: [...report.per_case, { ...row('f1', 50, null), flag: 'regressed' }, { ...row('f2', null, 40), flag: 'improved' }],
		});
		const order = ids(failed, failed.rows(DEFAULT_QUERY));
		expect(order[0]).toBe('f1');
		expect(order.slice(-3)).toEqual(['f2', 'c5', 'c6']);
	});

	it('caches sort orders and warms the rest one key at a time', () => {
		const fresh = new CompareModel(report);
		expect(fresh.sortOrder('score_a')).toBe(fresh.sortOrder('score_a'));
		expect(fresh.sortOrder('score_a', true)).not.toBe(fresh.sortOrder('score_a'));
		let warmed = 0;
		while (fresh.warmNextSortOrder()) warmed++;
		expect(warmed).toBe(4);
	});

	it('reverses ties in server order and keeps missing values last', () => {
		const ties = new CompareModel({ ...report, per_case: [row('t1', 50, 60), row('t2', 50, null), row('t3', 50, 60), row('t4', 10, 30)] });
		expect(ids(ties, ties.rows(DEFAULT_QUERY))).toEqual(['t1', 't3', 't4', 't2']);
		expect(ids(ties, ties.rows({ ...DEFAULT_QUERY, reversed: true }))).toEqual(['t4', 't3', 't1', 't2']);
	});

	it('applies quick filters and the text filter together', () => {
		expect(ids(model, model.rows({ ...DEFAULT_QUERY, filter: 'regressed' }))).toEqual(['c4', 'c1']);
		expect(ids(model, model.rows({ ...DEFAULT_QUERY, filter: 'improved' }))).toEqual(['c7', 'c2']);
		expect(ids(model, model.rows({ ...DEFAULT_QUERY, filter: 'unchanged' }))).toEqual(['c3']);
		expect(ids(model, model.rows({ ...DEFAULT_QUERY, filter: 'missing' }))).toEqual(['c5', 'c6']);
		expect(ids(model, model.rows({ ...DEFAULT_QUERY, filter: 'cost_regressed' }))).toEqual(['c2']);
		expect(ids(model, model.rows({ ...DEFAULT_QUERY, text: 'vat' }))).toEqual(['c4']);
		expect(ids(model, model.rows({ ...DEFAULT_QUERY, text: 'C5' }))).toEqual(['c5']);
		expect(ids(model, model.rows({ ...DEFAULT_QUERY, filter: 'improved', text: 'vat' }))).toEqual([]);
	});

	it('treats unknown future flags as none of the quick filters', () => {
		const odd = new CompareModel({ ...report, per_case: [{ ...row('z', 1, 2), flag: 'flaky' as CompareCase['flag'] }] });
		expect(odd.counts.improved + odd.counts.regressed + odd.counts.unchanged).toBe(0);
		expect(odd.rows({ ...DEFAULT_QUERY, filter: 'improved' }).length).toBe(0);
	});

	it('cycles sort keys', () => {
		expect(nextSortKey('delta')).toBe('cost_delta');
		expect(nextSortKey('label')).toBe('delta');
	});
});

describe('findRegression', () => {
	const model = new CompareModel(report);
	const rows = model.rows({ ...DEFAULT_QUERY, sort: 'label' }); // c1..c7 except c4 first: c4 ("invoice…"), c1, c2, …
	const regressionPositions = Array.from(rows, (i, p) => (model.isRegression(i) ? p : -1)).filter((p) => p >= 0);

	it('jumps forward and backward, wrapping around', () => {
		expect(regressionPositions.length).toBe(2);
		const [first, second] = regressionPositions;
		expect(findRegression(model, rows, first, 1)).toBe(second);
		expect(findRegression(model, rows, second, 1)).toBe(first);
		expect(findRegression(model, rows, second, -1)).toBe(first);
		expect(findRegression(model, rows, first, -1)).toBe(second);
		expect(findRegression(model, rows, -1, 1)).toBe(first);
	});

	it('answers -1 when no row regressed', () => {
		const improved = model.rows({ ...DEFAULT_QUERY, filter: 'improved' });
		expect(findRegression(model, improved, 0, 1)).toBe(-1);
		expect(findRegression(model, new Uint32Array(0), 0, 1)).toBe(-1);
	});
});

describe('ascendingOrder (the radix sort behind numeric sort keys)', () => {
	/** The order a comparator sort gives: ascending, ties and -0/0 in index order, NaN last. */
	function reference(values: number[]): number[] {
		const rank = (v: number) => (Number.isNaN(v) ? 1 : 0);
		return values.map((_, i) => i).sort((x, y) => rank(values[x]) - rank(values[y]) || (values[x] < values[y] ? -1 : values[x] > values[y] ? 1 : x - y));
	}

	it('orders negatives, fractions, infinities and ties stably, missing values last', () => {
		const values = [3, -1.5, Number.NaN, 0, -0, Number.POSITIVE_INFINITY, 3, -1e-300, Number.NEGATIVE_INFINITY, 1e300, Number.NaN, -2, 0.1];
		expect(Array.from(ascendingOrder(Float64Array.from(values)))).toEqual(reference(values));
		expect(Array.from(ascendingOrder(Float64Array.from(values)))).toEqual([8, 11, 1, 7, 3, 4, 12, 0, 6, 9, 5, 2, 10]);
	});

	it('matches a comparator sort on many values with many ties', () => {
		let seed = 7;
		const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
		const values = Array.from({ length: 5000 }, () => (next() < 0.02 ? Number.NaN : Math.round((next() - 0.5) * 200) / (next() < 0.5 ? 1 : 7)));
		expect(Array.from(ascendingOrder(Float64Array.from(values)))).toEqual(reference(values));
	});

	it('handles an empty and an all-missing input', () => {
		expect(Array.from(ascendingOrder(new Float64Array(0)))).toEqual([]);
		expect(Array.from(ascendingOrder(Float64Array.from([Number.NaN, Number.NaN])))).toEqual([0, 1]);
	});
});

describe('histograms', () => {
	it('bins scores over the scale, clamping the top edge, counting missing', () => {
		const h = histogram([0, 5, 10, 99.9, 100, 150, null], 10, 0, 100);
		expect(h.bins).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 3]);
		expect(h.missing).toBe(1);
	});

	it('detects a 0–1 score scale', () => {
		expect(scoreScale(report)).toEqual({ min: 0, max: 100 });
		expect(scoreScale({ ...report, per_case: [row('a', 0.2, 0.9)] })).toEqual({ min: 0, max: 1 });
	});

	it('draws A and B on the same scale', () => {
		const { a, b } = scoreHistograms(report);
		expect(a.missing).toBe(1);
		expect(b.missing).toBe(1);
		const max = histogramScaleMax(a, b);
		expect(max).toBe(1);
		const levels = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
		expect(histogramBar(a, max, levels)).toBe('  █  █████'); // 20, 50, 60, 70, 80, 90
		expect(histogramBar(b, max, levels, 2)).toBe('      ██████████  ██'); // 30, 40, 55, 60, 70, 90
		expect(histogramBar({ bins: [1, 4, 8, 0], missing: 0, min: 0, max: 1 }, 8, levels)).toBe('▁▄█ ');
	});
});
