// The history model on constructed histories: flaky vs broke vs fixed vs stable, sampled runs with gaps, cases
// added later, cache hits and failures, statistics, sorting and filtering, and the cell glyphs and letters.
import { describe, expect, it } from 'vitest';
import type { BenchResult, BenchRun } from '../../source/wire/types.js';
import { compactRun, HistoryModel, stateText, type HistoryColumn, type HistoryQuery } from '../../source/state/history.js';
import { cellGlyph } from '../../source/look/history-cells.js';

function run(id: number, workflow: number, judge = 1, extra: Partial<BenchRun> = {}): BenchRun {
	return {
		id,
		bench_id: 1,
		channel: 'production',
		workflow_version_id: workflow,
		judge_version_id: judge,
		status: 'completed',
		triggered_by: null,
		triggered_at: `2026-11-${String(id).padStart(2, '0')}T10:00:00Z`,
		completed_at: null,
		total_cost_usd: 0,
		total_cases: 0,
		cache_hit_cases: 0,
		notes: null,
		pass_threshold: 50,
		...extra,
	};
}

let nextId = 1;
/** One result from a letter: P pass (score 90), F fail (20), E error (no score), X workflow failed, C cached pass, S skipped. */
function result(runId: number, caseId: string, letter: string, score?: number): BenchResult {
	const base: BenchResult = {
		id: nextId++,
		bench_run_id: runId,
		case_id: caseId,
		workflow_execution_id: null,
		judge_execution_id: null,
		score: null,
		headline_score: null,
		status: 'ok',
		cost_usd: 0.01,
		duration_ms: 100,
		cache_hit: false,
		created_at: '2026-11-01T10:00:00Z',
		case_name: `name ${caseId}`,
	};
	switch (letter) {
		case 'P':
			return { ...base, headline_score: score ?? 90, verdict: 'pass' };
		case 'F':
			return { ...base, headline_score: score ?? 20, verdict: 'fail' };
		case 'E':
			return { ...base, verdict: 'error' };
		case 'X':
			return { ...base, status: 'workflow_failed', error: 'boom' };
		case 'J':
			return { ...base, status: 'judge_failed', error: 'judge boom' };
		case 'C':
			return { ...base, status: 'cached', cache_hit: true, headline_score: 90, verdict: 'pass', cost_usd: 0 };
		case 'S':
			return { ...base, status: 'skipped' };
		default:
			throw new Error(`letter ${letter}`);
	}
}

/** Columns from runs and, per case, one letter per run ('.' = not in that run). */
function history(runs: BenchRun[], cases: Record<string, string>, bench: string[] = Object.keys(cases)): HistoryModel {
	const columns: HistoryColumn[] = runs.map((r, c) => {
		const results = Object.entries(cases)
			.filter(([, letters]) => letters[c] !== '.')
			.map(([id, letters]) => result(r.id, id, letters[c]));
		return { run: r, data: compactRun(r, results) };
	});
	return new HistoryModel(
		bench.map((id) => ({ id, name: null })),
		columns,
	);
}

const row = (model: HistoryModel, id: string) => model.cases.findIndex((c) => c.id === id);
const summaryOf = (model: HistoryModel, id: string) => model.summary(row(model, id));

describe('classification', () => {
	// Runs 1–4 on workflow 7, runs 5–8 on workflow 8 (judge 1 throughout).
	const runs = [1, 2, 3, 4, 5, 6, 7, 8].map((id) => run(id, id <= 4 ? 7 : 8));

	it('flaky: the verdict flips at least twice among runs of the same versions', () => {
		const model = history(runs, { noisy: 'PFPPPPPP', steady: 'PPPPPPPP' });
		expect(summaryOf(model, 'noisy')).toMatchObject({ state: 'flaky', flips: 2, noiseFlips: 2 });
		expect(stateText(summaryOf(model, 'noisy'))).toBe('flaky (2 flips)');
		expect(summaryOf(model, 'steady').state).toBe('stable-pass');
	});

	it('broke: changed at a version boundary and stayed changed; the run and the version are named', () => {
		const model = history(runs, { regressed: 'PPPPFFFF' });
		const summary = summaryOf(model, 'regressed');
		expect(summary).toMatchObject({ state: 'broke', flips: 1, noiseFlips: 0, lastChange: 4 });
		expect(summary.changeRun?.id).toBe(5);
		expect(summary.changeVersions).toEqual({ workflow: { from: 7, to: 8 } });
		expect(stateText(summary)).toBe('broke in run 5 (wf 8)');
	});

	it('fixed: a later version made it pass and it stayed passing', () => {
		const model = history(runs, { repaired: 'FFFFPPPP' });
		expect(stateText(summaryOf(model, 'repaired'))).toBe('fixed in run 5 (wf 8)');
	});

	it('a judge version change is named as the judge', () => {
		const judged = [run(1, 7, 1), run(2, 7, 1), run(3, 7, 2), run(4, 7, 2)];
		const model = history(judged, { strict: 'PPFF' });
		expect(stateText(summaryOf(model, 'strict'))).toBe('broke in run 3 (judge 2)');
	});

	it('flips across version boundaries are changes, not noise: P F P at three versions is fixed, not flaky', () => {
		const model = history([run(1, 7), run(2, 8), run(3, 9)], { bumpy: 'PFP' });
		expect(summaryOf(model, 'bumpy')).toMatchObject({ state: 'fixed', flips: 2, noiseFlips: 0 });
		expect(summaryOf(model, 'bumpy').changeRun?.id).toBe(3);
	});

	it('noise counts within one version pair even when other versions run in between', () => {
		// Workflow 7 and 8 alternate (two channels); on workflow 7 the case goes P, F, P.
		const alternating = [run(1, 7), run(2, 8), run(3, 7), run(4, 8), run(5, 7)];
		const model = history(alternating, { channelNoise: 'PPFPP' });
		expect(summaryOf(model, 'channelNoise')).toMatchObject({ state: 'flaky', noiseFlips: 2 });
	});

	it('one flip within the same versions is a change in that run, named as "same versions"', () => {
		const model = history(runs, { drifted: 'PPFFFFFF' });
		expect(stateText(summaryOf(model, 'drifted'))).toBe('broke in run 3 (same versions)');
	});

	it('stable fail, and errors and failures count as not passing', () => {
		const model = history(runs, { bad: 'FFFFFFFF', mixed: 'FEXFJFFE' });
		expect(summaryOf(model, 'bad').state).toBe('stable-fail');
		expect(summaryOf(model, 'mixed')).toMatchObject({ state: 'stable-fail', flips: 0 });
	});

	it('sampled runs leave gaps, not changes: the previous present result is compared', () => {
		const model = history(runs, { sampled: 'P.P..P.P', sampledBroke: 'P..P.F.F' });
		expect(summaryOf(model, 'sampled')).toMatchObject({ state: 'stable-pass', flips: 0 });
		const broke = summaryOf(model, 'sampledBroke');
		expect(broke).toMatchObject({ state: 'broke', lastChange: 5 });
		expect(broke.changeRun?.id).toBe(6);
		// Versions compared with the case's previous result (run 4, wf 7), not the column before (run 5).
		expect(broke.changeVersions).toEqual({ workflow: { from: 7, to: 8 } });
	});

	it('skipped results are gaps too', () => {
		const model = history(runs, { skippy: 'PSPSPSPS' });
		expect(summaryOf(model, 'skippy')).toMatchObject({ state: 'stable-pass', flips: 0, passRate: 1 });
	});

	it('cases added later: blank before they exist, classified on what they have; cases never run are unrun', () => {
		const model = history(runs, { late: '.....FFF', later: '.......P', ghost: '........' }, ['late', 'later', 'ghost']);
		expect(summaryOf(model, 'late').state).toBe('stable-fail');
		expect(summaryOf(model, 'later').state).toBe('stable-pass');
		expect(summaryOf(model, 'ghost').state).toBe('unrun');
		expect(model.cell(row(model, 'late'), 0).kind).toBe('absent');
	});

	it('cases only the results know (deleted since) get rows, named from case_name', () => {
		const model = history(runs, { kept: 'PPPPPPPP', gone: 'PPPP....' }, ['kept']);
		expect(model.cases.map((c) => c.id)).toEqual(['kept', 'gone']);
		expect(model.cases[1].name).toBe('name gone');
	});

	it('statistics: mean, population stddev, pass rate, flips', () => {
		const columns: HistoryColumn[] = [run(1, 7), run(2, 7), run(3, 7), run(4, 7)].map((r, i) => ({
			run: r,
			data: compactRun(r, [result(r.id, 'c', i % 2 ? 'F' : 'P', [80, 40, 60, 20][i])]),
		}));
		const model = new HistoryModel([{ id: 'c', name: 'C' }], columns);
		const s = model.summary(0);
		expect(s.mean).toBe(50);
		expect(s.stddev).toBeCloseTo(Math.sqrt(500));
		expect(s.passRate).toBe(0.5);
		expect(s.flips).toBe(3);
		expect(s.state).toBe('flaky');
	});

	it('without a server verdict, the run threshold decides', () => {
		const r = run(1, 7, 1, { pass_threshold: 70 });
		const bare = (score: number): BenchResult => ({ ...result(1, `s${score}`, 'P', score), verdict: undefined });
		const model = new HistoryModel([], [{ run: r, data: compactRun(r, [bare(69), bare(70)]) }]);
		expect(model.cell(0, 0).kind).toBe('fail');
		expect(model.cell(1, 0).kind).toBe('pass');
	});

	it('a column still loading is blank and does not count', () => {
		const columns: HistoryColumn[] = runs.map((r, c) => (c === 7 ? { run: r } : { run: r, data: compactRun(r, [result(r.id, 'c', 'P')]) }));
		const model = new HistoryModel([{ id: 'c', name: null }], columns);
		expect(model.loadedColumns).toBe(7);
		expect(model.cell(0, 7).kind).toBe('absent');
		expect(model.summary(0).state).toBe('stable-pass');
	});

	it('marks the columns where versions change', () => {
		const model = history(runs, { a: 'PPPPPPPP' });
		expect([...model.versionBreaks]).toEqual([4]);
		expect(model.timeline(0)[4]).toMatchObject({ versionsChanged: true, run: { id: 5 } });
	});
});

describe('sorting and filtering', () => {
	const runs = [1, 2, 3, 4, 5, 6].map((id) => run(id, id <= 3 ? 7 : 8));
	const model = history(runs, {
		zeta: 'PPPPPP',
		alpha: 'PPPFFF', // broke in run 4
		noisy: 'PFPFPP', // flaky, 4 flips
		fixme: 'FFFPPP', // fixed in run 4
		wobbly: 'PFPPPP', // flaky, 2 flips
		down: 'FFFFFF',
		lateBreak: 'PPPPPF', // broke in run 6 (same versions)
	});
	const ids = (query: Partial<HistoryQuery>) => Array.from(model.rows({ sort: 'state', filter: 'all', text: '', ...query }), (i) => model.cases[i].id);

	it('by state: flaky, broke, fixed, stable fail, stable pass; more flips first, then name', () => {
		expect(ids({})).toEqual(['noisy', 'wobbly', 'alpha', 'lateBreak', 'fixme', 'down', 'zeta']);
	});

	it('by flips, by latest change, by name', () => {
		expect(ids({ sort: 'flips' }).slice(0, 2)).toEqual(['noisy', 'wobbly']);
		expect(ids({ sort: 'change' })[0]).toBe('lateBreak');
		expect(ids({ sort: 'name' })).toEqual(['alpha', 'down', 'fixme', 'lateBreak', 'noisy', 'wobbly', 'zeta']);
	});

	it('by stddev: the most spread scores first', () => {
		// Half 90, half 20 (alpha, fixme) spreads more than four 90s and two 20s (noisy); ties by name.
		expect(ids({ sort: 'stddev' }).slice(0, 3)).toEqual(['alpha', 'fixme', 'noisy']);
		expect(ids({ sort: 'stddev' }).slice(-2).sort()).toEqual(['down', 'zeta']);
	});

	it('filter by state and by text (name or id, case-insensitive)', () => {
		expect(ids({ filter: 'flaky' })).toEqual(['noisy', 'wobbly']);
		expect(ids({ filter: 'broke' })).toEqual(['alpha', 'lateBreak']);
		expect(ids({ filter: 'fixed' })).toEqual(['fixme']);
		expect(ids({ filter: 'stable-pass' })).toEqual(['zeta']);
		expect(ids({ text: 'NAME W' })).toEqual(['wobbly']);
		expect(ids({ filter: 'broke', text: 'late' })).toEqual(['lateBreak']);
		expect(model.stateCounts()).toMatchObject({ flaky: 2, broke: 2, fixed: 1, 'stable-fail': 1, 'stable-pass': 1 });
	});
});

describe('cell glyphs', () => {
	const r = run(1, 7);
	const model = new HistoryModel([], [
		{
			run: r,
			data: compactRun(r, [result(1, 'low', 'F', 5), result(1, 'high', 'P', 100), result(1, 'x', 'X'), result(1, 'c', 'C'), result(1, 'e', 'E')]),
		},
	]);
	const glyph = (id: string, unicode: boolean) => cellGlyph(model.cell(row(model, id), 0), model.scale, unicode);

	it('score blocks by score, ✗ for failures, ≡ for cache hits', () => {
		expect([glyph('low', true), glyph('high', true), glyph('x', true), glyph('c', true)]).toEqual(['▁', '█', '✗', '≡']);
		expect(cellGlyph({ kind: 'absent', cached: false, score: NaN }, 100, true)).toBe(' ');
	});

	it('letters without UTF-8', () => {
		expect(['low', 'high', 'x', 'c', 'e'].map((id) => glyph(id, false))).toEqual(['F', 'P', 'X', 'C', 'E']);
	});

	it('scores within [0, 1] use a 0–1 scale', () => {
		const small = new HistoryModel([], [{ run: r, data: compactRun(r, [result(1, 'a', 'P', 0.99)]) }]);
		expect(small.scale).toBe(1);
		expect(cellGlyph(small.cell(0, 0), small.scale, true)).toBe('█');
	});
});

describe('state text', () => {
	const runs = [run(1, 7), run(2, 7), run(1234, 12, 4)];
	const model = history(runs, { c: 'PPF' });
	it('is shortened to fit, keeping the run and the version', () => {
		expect(stateText(model.summary(0))).toBe('broke in run 1234 (wf 12 + judge 4)');
		expect(stateText(model.summary(0), 20)).toBe('broke r1234 wf 12 + judge 4');
	});
});
