// Verdicts on both sides of a comparison, decided as the server decides them (score ≥ the run's pass threshold is a
// pass, no score is an error), so flips (pass → fail, fail → pass), pass rates and means need no extra request.
import type { CompareCase, Verdict } from '../wire/types.js';

export type Flip = 'pass→fail' | 'fail→pass' | null;

export function verdictOf(score: number | null, threshold: number): Verdict {
	if (score === null) return 'error';
	return score >= threshold ? 'pass' : 'fail';
}

/** A change between passing and not passing; null when both sides agree or the case is missing on one side. */
export function flipOf(row: CompareCase, thresholdA: number | null | undefined, thresholdB: number | null | undefined): Flip {
	if (thresholdA == null || thresholdB == null || row.flag === 'missing_a' || row.flag === 'missing_b') return null;
	const a = verdictOf(row.score_a, thresholdA) === 'pass';
	const b = verdictOf(row.score_b, thresholdB) === 'pass';
	return a === b ? null : a ? 'pass→fail' : 'fail→pass';
}

export interface SideSummary {
	/** Mean of the side's scores (cases with a score); null when none. */
	mean: number | null;
	/** Share of the side's cases that pass, 0–1; null without a threshold or cases. */
	passRate: number | null;
}

export function sideSummary(rows: readonly CompareCase[], side: 'a' | 'b', threshold: number | null | undefined): SideSummary {
	let sum = 0;
	let scored = 0;
	let present = 0;
	let passed = 0;
	for (const row of rows) {
		if (row.flag === (side === 'a' ? 'missing_a' : 'missing_b')) continue;
		present++;
		const score = side === 'a' ? row.score_a : row.score_b;
		if (score !== null) {
			sum += score;
			scored++;
		}
		if (threshold != null && verdictOf(score, threshold) === 'pass') passed++;
	}
	return { mean: scored ? sum / scored : null, passRate: threshold != null && present ? passed / present : null };
}
