// Run comparison (§4.12, §8 #10, §11 #11–#17): deltas are B − A, per-case rows are the union ordered by A then B-only.
import type { CompareAggregate, CompareCase, CompareReport } from '../wire/types.js';
import type { ResultRow } from './rows.js';
import { round } from './round.js';

const SCORE_EPSILON = 1e-9;
const COST_EPSILON = 1e-6;
const COST_REGRESSION_PCT = 10;

export function compareRuns(runA: number, runB: number, resultsA: ResultRow[], resultsB: ResultRow[], labels: Map<string, string>): CompareReport {
	const byCaseA = new Map(resultsA.map((r) => [r.case_id, r]));
	const byCaseB = new Map(resultsB.map((r) => [r.case_id, r]));
	const order = [...byCaseA.keys(), ...[...byCaseB.keys()].filter((id) => !byCaseA.has(id))];
	let scoreDeltaSum = 0;
	let scoredBoth = 0;
	let costA = 0;
	let costB = 0;
	const counts = { improved: 0, regressed: 0, unchanged: 0, cost_regressed: 0, cost_improved: 0, cost_unchanged: 0 };

	const perCase: CompareCase[] = order.map((caseId) => {
		const a = byCaseA.get(caseId);
		const b = byCaseB.get(caseId);
		const scoreA = a?.headline_score ?? null;
		const scoreB = b?.headline_score ?? null;
		let flag: CompareCase['flag'];
		let delta: number | null = null;
		if (!a) flag = 'missing_a';
		else if (!b) flag = 'missing_b';
		else if (scoreA === null || scoreB === null) flag = scoreA === null && scoreB !== null ? 'improved' : scoreA !== null && scoreB === null ? 'regressed' : 'unchanged';
		else {
			delta = round(scoreB - scoreA, 9);
			flag = Math.abs(delta) <= SCORE_EPSILON ? 'unchanged' : delta > 0 ? 'improved' : 'regressed';
			scoreDeltaSum += delta;
			scoredBoth++;
		}
		if (a && b) counts[flag as 'improved' | 'regressed' | 'unchanged']++;
		const costOfA = a?.cost_usd ?? 0;
		const costOfB = b?.cost_usd ?? 0;
		costA += costOfA;
		costB += costOfB;
		const costDelta = round(costOfB - costOfA);
		const costFlag: CompareCase['cost_flag'] = Math.abs(costDelta) <= COST_EPSILON ? 'cost_unchanged' : costDelta > 0 ? 'cost_regressed' : 'cost_improved';
		counts[costFlag]++;
		return {
			case_id: caseId,
			case_label: labels.get(caseId) ?? caseId,
			score_a: scoreA,
			score_b: scoreB,
			delta,
			flag,
			cost_a: costOfA,
			cost_b: costOfB,
			cost_delta: costDelta,
			cost_flag: costFlag,
		};
	});

	const costDeltaUsd = round(costB - costA);
	const costDeltaPct = costA > 0 ? round((costDeltaUsd / costA) * 100, 4) : null;
	const aggregate: CompareAggregate = {
		mean_score_delta: scoredBoth > 0 ? round(scoreDeltaSum / scoredBoth, 9) : 0,
		cost_delta_usd: costDeltaUsd,
		n_regressed: counts.regressed,
		n_improved: counts.improved,
		n_unchanged: counts.unchanged,
		mean_cost_delta: perCase.length > 0 ? round(costDeltaUsd / perCase.length, 9) : 0,
		cost_delta_pct: costDeltaPct,
		cost_regression: costDeltaUsd > COST_EPSILON && (costDeltaPct === null || costDeltaPct >= COST_REGRESSION_PCT),
		n_cost_regressed: counts.cost_regressed,
		n_cost_improved: counts.cost_improved,
		n_cost_unchanged: counts.cost_unchanged,
	};
	return { run_a_id: runA, run_b_id: runB, aggregate, per_case: perCase };
}
