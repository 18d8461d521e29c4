// A project's bench rows (GET /projects/{id}/benches) plus each bench's recent-run series for the sparklines,
// updated live from hub events. Pure; the benches pane keeps one in state.
import type { BenchEvent, BenchRun, ProjectBenchSummary } from '../wire/types.js';

export interface BenchTrend {
	/** Oldest first. */
	scores: (number | null)[];
	costs: (number | null)[];
}

export interface BenchRows {
	benches: ProjectBenchSummary[];
	trends: Record<string, BenchTrend>;
	/** script name → time of its last live change (for the brief highlight). */
	changed: Record<string, number>;
}

export const TREND_RUNS = 20;

export function emptyBenchRows(): BenchRows {
	return { benches: [], trends: {}, changed: {} };
}

/** Recent runs (newest first, as listRuns returns them) → the series for the sparklines. */
export function trendOf(runs: readonly BenchRun[]): BenchTrend {
	const finished = runs.filter((run) => run.status === 'completed').slice(0, TREND_RUNS).reverse();
	return { scores: finished.map((run) => run.mean_headline_score ?? null), costs: finished.map((run) => run.total_cost_usd) };
}

/**
 * Applies hub events: a started or finished run becomes its bench's latest. (A finished run's list-only numbers,
 * like the mean score, and the trends need a re-read; the caller does that.)
 */
export function applyBenchEvents(rows: BenchRows, events: readonly BenchEvent[], now = Date.now()): BenchRows {
	let benches = rows.benches;
	let changed = rows.changed;
	for (const event of events) {
		if (event.type === 'ResultRecorded') continue;
		const { script_name: script, run } = event.payload;
		const index = benches.findIndex((b) => b.script_name === script);
		if (index < 0) continue;
		const bench = benches[index];
		if (bench.latest_run_id !== null && run.id < bench.latest_run_id) continue;
		const next: ProjectBenchSummary = {
			...bench,
			latest_run_id: run.id,
			latest_run_status: run.status,
			latest_run_channel: run.channel,
			latest_run_at: run.triggered_at,
			latest_run_cost_usd: run.total_cost_usd,
			latest_run_mean_score: event.type === 'RunStarted' ? null : (run.mean_headline_score ?? bench.latest_run_mean_score),
		};
		benches = benches.map((b, i) => (i === index ? next : b));
		changed = { ...changed, [script]: now };
	}
	return { ...rows, benches, changed };
}
