// The case history model: a bench's cases × its last completed runs, each cell one result reduced to a glyph, and
// per case the numbers and the state that answer "is this case flaky, or did it break (when, by which version)?".
// Pure and typed-array backed, so 5 000 cases × 30 runs re-sort and re-filter in milliseconds.
import type { BenchResult, BenchRun } from '../wire/types.js';
import { columns } from '../look/text.js';

/** What one cell shows. `absent`: the case was not in that run (sampled run, case added later, column still loading). */
export type CellKind = 'absent' | 'pass' | 'fail' | 'error' | 'failed' | 'skipped';
const KINDS: readonly CellKind[] = ['absent', 'pass', 'fail', 'error', 'failed', 'skipped'];
const ABSENT = 0;
const PASS = 1;
const FAIL = 2;
const ERROR = 3;
const FAILED = 4;
const SKIPPED = 5;
/** Bit set on a kind code when the result was a cache hit. */
const CACHED = 8;

/** `unrun`: the case has no result in any shown run (added after them, or left out by every sample). */
export type CaseState = 'flaky' | 'broke' | 'fixed' | 'stable-fail' | 'stable-pass' | 'unrun';
export const CASE_STATES: readonly CaseState[] = ['flaky', 'broke', 'fixed', 'stable-fail', 'stable-pass', 'unrun'];
export const STATE_LABELS: Record<CaseState, string> = {
	flaky: 'flaky',
	broke: 'broke',
	fixed: 'fixed',
	'stable-fail': 'stable fail',
	'stable-pass': 'stable pass',
	unrun: 'not run',
};

/** One run reduced to what the matrix needs, keyed by case id. Built once per run; the raw results can be dropped. */
export interface CompactRun {
	run: BenchRun;
	caseIds: string[];
	/** Case labels from `/results` (`case_name`), null when absent. */
	names: (string | null)[];
	/** Kind code per result (see KINDS, `| CACHED` on cache hits). */
	kinds: Uint8Array;
	/** Headline score, NaN when none. */
	scores: Float64Array;
	costs: Float64Array;
	/** Milliseconds, NaN when unknown. */
	durations: Float64Array;
	resultIds: Float64Array;
}

/** The verdict of a result: the server's when it sent one (`/results`, R-only), else score ≥ the run's threshold. */
function kindOf(result: BenchResult, threshold: number): number {
	switch (result.status) {
		case 'workflow_failed':
		case 'judge_failed':
			return FAILED;
		case 'skipped':
			return SKIPPED;
	}
	if (result.verdict === 'pass') return PASS;
	if (result.verdict === 'fail') return FAIL;
	if (result.verdict === 'error') return ERROR;
	const score = result.headline_score;
	if (typeof score !== 'number' || !Number.isFinite(score)) return ERROR;
	return score >= threshold ? PASS : FAIL;
}

/** The pass threshold a run's verdicts use (bench config; 50 by default, as the server's). */
export function passThreshold(run: BenchRun): number {
	return typeof run.pass_threshold === 'number' ? run.pass_threshold : 50;
}

export function compactRun(run: BenchRun, results: readonly BenchResult[]): CompactRun {
	const n = results.length;
	const compact: CompactRun = {
		run,
		caseIds: new Array<string>(n),
		names: new Array<string | null>(n),
		kinds: new Uint8Array(n),
		scores: new Float64Array(n),
		costs: new Float64Array(n),
		durations: new Float64Array(n),
		resultIds: new Float64Array(n),
	};
	const threshold = passThreshold(run);
	for (let i = 0; i < n; i++) {
		const r = results[i];
		compact.caseIds[i] = r.case_id;
		compact.names[i] = typeof r.case_name === 'string' ? r.case_name : null;
		compact.kinds[i] = kindOf(r, threshold) | (r.cache_hit || r.status === 'cached' ? CACHED : 0);
		compact.scores[i] = typeof r.headline_score === 'number' ? r.headline_score : NaN;
		compact.costs[i] = typeof r.cost_usd === 'number' ? r.cost_usd : NaN;
		compact.durations[i] = typeof r.duration_ms === 'number' ? r.duration_ms : NaN;
		compact.resultIds[i] = r.id;
	}
	return compact;
}

/** A column of the matrix: a run, and its results once loaded. */
export interface HistoryColumn {
	run: BenchRun;
	/** Undefined while the column's results are loading (its cells are blank). */
	data?: CompactRun;
	/** Why the column's results could not be read. */
	error?: string;
}

/** What changed at a version boundary: the workflow version, the judge version, or both. */
export interface VersionChange {
	workflow?: { from: number; to: number };
	judge?: { from: number; to: number };
}

export interface CaseSummary {
	state: CaseState;
	/** Verdict changes between consecutive results of the case (pass vs anything else). */
	flips: number;
	/** Flips between consecutive results that share workflow and judge versions (the noise). */
	noiseFlips: number;
	mean: number;
	stddev: number;
	/** Passes over results with a verdict (absent and skipped cells excluded); NaN when none. */
	passRate: number;
	/** Column index of the latest verdict change, -1 when none. */
	lastChange: number;
	/** broke / fixed: the run whose result changed, and which versions changed there (none: same versions). */
	changeRun?: BenchRun;
	changeVersions?: VersionChange;
}

/** One cell as drawn: its kind, whether it came from the cache, its score. */
export interface Cell {
	kind: CellKind;
	cached: boolean;
	score: number;
}

/** One run line of a case's timeline. */
export interface TimelineLine {
	column: number;
	run: BenchRun;
	cell: Cell;
	cost: number;
	durationMs: number;
	/** Undefined when the case was not in the run. */
	resultId?: number;
	/** The workflow or judge version differs from the previous column's. */
	versionsChanged: boolean;
}

export type SortKey = 'state' | 'flips' | 'stddev' | 'change' | 'name';
export const SORT_KEYS: readonly SortKey[] = ['state', 'flips', 'stddev', 'change', 'name'];
export const SORT_LABELS: Record<SortKey, string> = { state: 'state', flips: 'flips', stddev: 'stddev', change: 'latest change', name: 'name' };
export type StateFilter = 'all' | CaseState;
export const STATE_FILTERS: readonly StateFilter[] = ['all', ...CASE_STATES];

export interface HistoryQuery {
	sort: SortKey;
	filter: StateFilter;
	/** Case-insensitive substring of the case name or id. */
	text: string;
}
export const DEFAULT_HISTORY_QUERY: HistoryQuery = { sort: 'state', filter: 'all', text: '' };

export interface HistoryCase {
	id: string;
	name: string | null;
}

const sameVersions = (a: BenchRun, b: BenchRun) => a.workflow_version_id === b.workflow_version_id && a.judge_version_id === b.judge_version_id;

/** `wf 8`, `judge 4`, `wf 8 + judge 4`; the ids are the server's version ids. */
export function versionChangeText(change: VersionChange | undefined): string {
	if (!change || (!change.workflow && !change.judge)) return 'same versions';
	const parts: string[] = [];
	if (change.workflow) parts.push(`wf ${change.workflow.to}`);
	if (change.judge) parts.push(`judge ${change.judge.to}`);
	return parts.join(' + ');
}

/** The state as one phrase: `flaky (3 flips)`, `broke in run 812 (wf 8)`, `stable pass`; shorter forms past `width`. */
export function stateText(summary: CaseSummary, width = Infinity): string {
	const full = longStateText(summary);
	if (columns(full) <= width) return full;
	switch (summary.state) {
		case 'flaky':
			return `flaky (${summary.noiseFlips})`;
		case 'broke':
		case 'fixed':
			return `${summary.state} r${summary.changeRun?.id} ${versionChangeText(summary.changeVersions).replace('same versions', '=')}`;
		default:
			return summary.state.replace('stable-', '');
	}
}

function longStateText(summary: CaseSummary): string {
	switch (summary.state) {
		case 'flaky':
			return `flaky (${summary.noiseFlips} flips)`;
		case 'broke':
		case 'fixed':
			return `${summary.state} in run ${summary.changeRun?.id} (${versionChangeText(summary.changeVersions)})`;
		default:
			return STATE_LABELS[summary.state];
	}
}

const STATE_RANK: Record<CaseState, number> = { flaky: 0, broke: 1, fixed: 2, 'stable-fail': 3, 'stable-pass': 4, unrun: 5 };

/**
 * The matrix over `columns` (oldest first, so the newest is drawn on the right). Rows are the bench's cases, then
 * any case id that only the results name (deleted since), in first-seen order.
 */
export class HistoryModel {
	readonly columns: readonly HistoryColumn[];
	readonly cases: readonly HistoryCase[];
	/** Per case, per column: kind code; scores, costs, durations, result ids alongside (NaN when none). */
	private readonly kinds: Uint8Array;
	private readonly scores: Float64Array;
	private readonly costs: Float64Array;
	private readonly durations: Float64Array;
	private readonly resultIds: Float64Array;
	private readonly summaries: CaseSummary[];
	private readonly haystacks: string[];
	private readonly orders = new Map<SortKey, Uint32Array>();
	/** Per column, the index of its (workflow, judge) version pair; scratch space per pair for `summarize`. */
	private readonly versionGroupOf: Uint16Array;
	private readonly scratchLast: Int8Array;
	private readonly scratchNoise: Int32Array;
	/** The top of the score scale: 1 when every score is within [0, 1], else 100. */
	readonly scale: number;
	/** Column indexes whose workflow or judge version differs from the previous column's. */
	readonly versionBreaks: ReadonlySet<number>;
	readonly loadedColumns: number;

	constructor(cases: readonly HistoryCase[], columns: readonly HistoryColumn[]) {
		this.columns = columns;
		const index = new Map<string, number>();
		const all: HistoryCase[] = [];
		for (const c of cases) {
			if (index.has(c.id)) continue;
			index.set(c.id, all.length);
			all.push({ id: c.id, name: c.name });
		}
		for (const column of columns) {
			const data = column.data;
			if (!data) continue;
			for (let i = 0; i < data.caseIds.length; i++) {
				const id = data.caseIds[i];
				const at = index.get(id);
				if (at === undefined) {
					index.set(id, all.length);
					all.push({ id, name: data.names[i] });
				} else if (all[at].name === null && data.names[i] !== null) all[at] = { id, name: data.names[i] };
			}
		}
		this.cases = all;
		const width = columns.length;
		const size = all.length * width;
		this.kinds = new Uint8Array(size);
		this.scores = new Float64Array(size).fill(NaN);
		this.costs = new Float64Array(size).fill(NaN);
		this.durations = new Float64Array(size).fill(NaN);
		this.resultIds = new Float64Array(size).fill(NaN);
		let max = 0;
		let loaded = 0;
		columns.forEach((column, c) => {
			const data = column.data;
			if (!data) return;
			loaded++;
			for (let i = 0; i < data.caseIds.length; i++) {
				const at = index.get(data.caseIds[i])! * width + c;
				this.kinds[at] = data.kinds[i];
				this.scores[at] = data.scores[i];
				this.costs[at] = data.costs[i];
				this.durations[at] = data.durations[i];
				this.resultIds[at] = data.resultIds[i];
				if (data.scores[i] > max) max = data.scores[i];
			}
		});
		this.loadedColumns = loaded;
		this.scale = max <= 1 ? 1 : 100;
		const breaks = new Set<number>();
		for (let c = 1; c < width; c++) if (!sameVersions(columns[c - 1].run, columns[c].run)) breaks.add(c);
		this.versionBreaks = breaks;
		const pairs = new Map<string, number>();
		this.versionGroupOf = Uint16Array.from(columns, ({ run }) => {
			const key = `${run.workflow_version_id}/${run.judge_version_id}`;
			if (!pairs.has(key)) pairs.set(key, pairs.size);
			return pairs.get(key)!;
		});
		this.scratchLast = new Int8Array(pairs.size);
		this.scratchNoise = new Int32Array(pairs.size);
		this.summaries = all.map((_, row) => this.summarize(row));
		this.haystacks = all.map((c) => `${c.name ?? ''}\u0000${c.id}`.toLowerCase());
	}

	get rowCount(): number {
		return this.cases.length;
	}

	cell(row: number, column: number): Cell {
		const at = row * this.columns.length + column;
		const code = this.kinds[at];
		return { kind: KINDS[code & 7], cached: (code & CACHED) !== 0, score: this.scores[at] };
	}

	summary(row: number): CaseSummary {
		return this.summaries[row];
	}

	/** How many shown cases are in each state (for the filter line). */
	stateCounts(): Record<CaseState, number> {
		const counts = { flaky: 0, broke: 0, fixed: 0, 'stable-fail': 0, 'stable-pass': 0, unrun: 0 };
		for (const s of this.summaries) counts[s.state]++;
		return counts;
	}

	/** One line per column, oldest first. */
	timeline(row: number): TimelineLine[] {
		return this.columns.map((column, c) => {
			const at = row * this.columns.length + c;
			const id = this.resultIds[at];
			return {
				column: c,
				run: column.run,
				cell: this.cell(row, c),
				cost: this.costs[at],
				durationMs: this.durations[at],
				resultId: Number.isNaN(id) ? undefined : id,
				versionsChanged: this.versionBreaks.has(c),
			};
		});
	}

	/** Row indexes matching the query, in its order (every order tie-breaks by name, then id). */
	rows(query: HistoryQuery): Uint32Array {
		const order = this.order(query.sort);
		const needle = query.text.toLowerCase();
		if (query.filter === 'all' && !needle) return order;
		const out = new Uint32Array(order.length);
		let n = 0;
		for (let i = 0; i < order.length; i++) {
			const row = order[i];
			if (query.filter !== 'all' && this.summaries[row].state !== query.filter) continue;
			if (needle && !this.haystacks[row].includes(needle)) continue;
			out[n++] = row;
		}
		return out.subarray(0, n);
	}

	private order(key: SortKey): Uint32Array {
		const cached = this.orders.get(key);
		if (cached) return cached;
		const s = this.summaries;
		const names = this.cases.map((c) => (c.name ?? c.id).toLowerCase());
		const byName = (a: number, b: number) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : a - b);
		const desc = (x: number, y: number) => (Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : Number.isNaN(y) ? -1 : y - x);
		const compare: Record<SortKey, (a: number, b: number) => number> = {
			state: (a, b) => STATE_RANK[s[a].state] - STATE_RANK[s[b].state] || s[b].flips - s[a].flips || byName(a, b),
			flips: (a, b) => s[b].flips - s[a].flips || byName(a, b),
			stddev: (a, b) => desc(s[a].stddev, s[b].stddev) || byName(a, b),
			change: (a, b) => s[b].lastChange - s[a].lastChange || byName(a, b),
			name: byName,
		};
		const order = Uint32Array.from({ length: s.length }, (_, i) => i).sort(compare[key]);
		this.orders.set(key, order);
		return order;
	}

	/**
	 * flaky: ≥ 2 verdict flips between consecutive results of the same workflow and judge versions (noise).
	 * Otherwise the latest verdict change decides: to a non-pass → broke, to a pass → fixed, naming the run and the
	 * versions that changed there (if none did, the change is named "same versions"). No change → stable pass/fail; no result at all → unrun.
	 * Verdicts compared are pass versus anything else (fail, error, workflow/judge failed); skipped and absent
	 * cells are left out, so sampled runs and cases added later leave gaps, not changes.
	 */
	private summarize(row: number): CaseSummary {
		const width = this.columns.length;
		const groups = this.versionGroupOf;
		const lastInGroup = this.scratchLast.fill(-1);
		const noise = this.scratchNoise.fill(0);
		let flips = 0;
		let lastChange = -1;
		let previous = -1;
		let previousPass = false;
		let sum = 0;
		let squares = 0;
		let scored = 0;
		let passes = 0;
		let judged = 0;
		const base = row * width;
		for (let c = 0; c < width; c++) {
			const kind = this.kinds[base + c] & 7;
			if (kind === ABSENT || kind === SKIPPED) continue;
			const score = this.scores[base + c];
			if (score === score) {
				sum += score;
				squares += score * score;
				scored++;
			}
			const pass = kind === PASS;
			judged++;
			if (pass) passes++;
			if (previous >= 0 && pass !== previousPass) {
				flips++;
				lastChange = c;
			}
			// Flips between results of the same workflow and judge versions: the noise.
			const group = groups[c];
			const before = lastInGroup[group];
			if (before !== -1 && before !== (pass ? 1 : 0)) noise[group]++;
			lastInGroup[group] = pass ? 1 : 0;
			previous = c;
			previousPass = pass;
		}
		const mean = scored ? sum / scored : NaN;
		const stddev = scored ? Math.sqrt(Math.max(0, squares / scored - mean * mean)) : NaN;
		let noiseFlips = 0;
		for (let g = 0; g < noise.length; g++) if (noise[g] > noiseFlips) noiseFlips = noise[g];
		const summary: CaseSummary = { state: 'stable-pass', flips, noiseFlips, mean, stddev, passRate: judged ? passes / judged : NaN, lastChange };
		if (noiseFlips >= 2) summary.state = 'flaky';
		else if (lastChange >= 0) {
			summary.state = previousPass ? 'fixed' : 'broke';
			summary.changeRun = this.columns[lastChange].run;
			summary.changeVersions = this.changeAt(row, lastChange);
		} else summary.state = judged === 0 ? 'unrun' : previousPass ? 'stable-pass' : 'stable-fail';
		return summary;
	}

	/** Versions that differ between the case's result in `column` and its previous result. */
	private changeAt(row: number, column: number): VersionChange {
		const width = this.columns.length;
		let before = column - 1;
		while (before >= 0 && ((this.kinds[row * width + before] & 7) === ABSENT || (this.kinds[row * width + before] & 7) === SKIPPED)) before--;
		const from = this.columns[Math.max(0, before)].run;
		const to = this.columns[column].run;
		const change: VersionChange = {};
		if (from.workflow_version_id !== to.workflow_version_id) change.workflow = { from: from.workflow_version_id, to: to.workflow_version_id };
		if (from.judge_version_id !== to.judge_version_id) change.judge = { from: from.judge_version_id, to: to.judge_version_id };
		return change;
	}
}

/** Consecutive columns sharing workflow and judge versions: `{first, last}` column indexes and their versions. */
export interface VersionGroup {
	first: number;
	last: number;
	workflow: number;
	judge: number;
}

export function versionGroups(columns: readonly HistoryColumn[]): VersionGroup[] {
	const groups: VersionGroup[] = [];
	columns.forEach(({ run }, c) => {
		const last = groups[groups.length - 1];
		if (last && last.workflow === run.workflow_version_id && last.judge === run.judge_version_id) last.last = c;
		else groups.push({ first: c, last: c, workflow: run.workflow_version_id, judge: run.judge_version_id });
	});
	return groups;
}
