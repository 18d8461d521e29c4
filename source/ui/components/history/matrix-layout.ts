// Widths of the history matrix's parts for a terminal width: the case name, one column per run (plus a `│` at each
// version change), the statistics (dropped when narrow) and the state. Decides how many runs fit.
export interface MatrixLayout {
	name: number;
	/** Runs shown (the newest ones). */
	runs: number;
	stats: boolean;
	state: number;
}

/** Selection marker before the name, and one space around the cells. */
const MARKER = 2;
const GAPS = 2;
/** ` MEAN    SD  PASS FLIPS` */
export const STATS_WIDTH = 23;
const WIDE = 100;

/**
 * The runs that fit next to the name, stats and state, at most `wanted` and at most `available`; a version change
 * costs one more column. `breaksIn(n)` counts the version changes among the newest n runs.
 */
export function matrixLayout(width: number, wanted: number, available: number, breaksIn: (runs: number) => number): MatrixLayout {
	const wide = width >= WIDE;
	const name = wide ? 24 : width >= 80 ? 18 : 12;
	const state = wide ? 32 : 16;
	const stats = wide;
	const room = Math.max(1, width - MARKER - name - GAPS - state - (stats ? STATS_WIDTH : 0) - 1);
	let runs = Math.max(0, Math.min(wanted, available));
	while (runs > 1 && runs + breaksIn(runs) > room) runs--;
	return { name, runs, stats, state };
}
