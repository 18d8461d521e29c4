// A noise threshold for a comparison: a case whose score moved by at most `threshold` (|Δ| ≤ threshold) counts as
// unchanged, in the view and in `bench-tui compare` alike. 0 keeps the server's flags as they are.
import type { CompareCase, CompareReport } from '../wire/types.js';

/** The report with the score flags re-decided under `threshold` and the aggregate counts recounted. */
export function applyThreshold(report: CompareReport, threshold: number): CompareReport {
	if (!(threshold > 0)) return report;
	const per_case = report.per_case.map((row): CompareCase => {
		if ((row.flag === 'improved' || row.flag === 'regressed') && row.delta != null && Math.abs(row.delta) <= threshold) return { ...row, flag: 'unchanged' };
		return row;
	});
	const count = (flag: CompareCase['flag']) => per_case.reduce((n, row) => n + (row.flag === flag ? 1 : 0), 0);
	return { ...report, per_case, aggregate: { ...report.aggregate, n_regressed: count('regressed'), n_improved: count('improved'), n_unchanged: count('unchanged') } };
}

/** A threshold typed by a person: a number ≥ 0, or an error message. */
export function parseThreshold(text: string): number | string {
	const value = Number(text.trim());
	if (text.trim() === '' || !Number.isFinite(value) || value < 0) return "a number >= 0 (score points; 0 keeps the server's flags)";
	return value;
}
