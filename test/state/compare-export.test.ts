import { describe, expect, it } from 'vitest';
import type { BenchRun, CompareCase, CompareReport } from '../../source/wire/types.js';
import {
	compareToJson,
	compareToMarkdown,
	defaultExportPath,
	escapeMarkdown,
	exportFormatForPath,
	renderCompareExport,
} from '../../source/state/compare-export.js';

function row(case_id: string, score_a: number | null, score_b: number | null, flag: CompareCase['flag'], extra: Partial<CompareCase> = {}): CompareCase {
	const delta = score_a != null && score_b != null ? score_b - score_a : null;
	return { case_id, case_label: case_id, score_a, score_b, delta, flag, cost_a: 0.02, cost_b: 0.02, cost_delta: 0, cost_flag: 'cost_unchanged', ...extra };
}

const report: CompareReport = {
	run_a_id: 810,
	run_b_id: 812,
	aggregate: { mean_score_delta: -5, cost_delta_usd: 0.03, n_regressed: 2, n_improved: 1, n_unchanged: 1, cost_delta_pct: 37.5, cost_regression: true, n_cost_regressed: 1 },
	per_case: [
		row('small-drop', 80, 75, 'regressed'),
		row('big|drop', 90, 40, 'regressed', { cost_b: 0.05, cost_delta: 0.03, cost_flag: 'cost_regressed' }),
		row('better', 40, 70, 'improved'),
		row('same', 60, 60, 'unchanged'),
		row('gone', 50, null, 'missing_b', { cost_b: 0, cost_delta: -0.02 }),
	],
};

const run = (id: number, channel: string, workflow: number): BenchRun => ({
	id,
	bench_id: 7,
	channel,
	workflow_version_id: workflow,
	judge_version_id: 3,
	status: 'completed',
	triggered_by: null,
	triggered_at: '2026-01-01T00:00:00Z',
	completed_at: null,
	total_cost_usd: 0.1,
	total_cases: 5,
	cache_hit_cases: 0,
	notes: null,
});

describe('compareToMarkdown', () => {
	const markdown = compareToMarkdown(report, { runA: run(810, 'production', 11), runB: run(812, 'draft', 12), scriptName: 'summarize' });

	it('puts the aggregate first, then regressions worst first, then improvements', () => {
		expect(markdown.startsWith('### summarize: bench run #810 → #812\n')).toBe(true);
		expect(markdown).toContain('| Channel | production | draft |');
		expect(markdown).toContain('| Workflow version | 11 | 12 |');
		expect(markdown).toContain('**Mean score Δ:** -5.00 · **Cost Δ:** +$0.03 (+37.5%) ⚠ **cost regression**');
		expect(markdown).toContain('▼ 2 regressed · ▲ 1 improved · = 1 unchanged · 0 missing in A · 1 missing in B · 1 cost regressed');
		const regressions = markdown.indexOf('#### ▼ Regressions (2)');
		const improvements = markdown.indexOf('#### ▲ Improvements (1)');
		expect(regressions).toBeGreaterThan(markdown.indexOf('Mean score Δ'));
		expect(improvements).toBeGreaterThan(regressions);
		expect(markdown.indexOf('big\\|drop')).toBeLessThan(markdown.indexOf('small-drop'));
		expect(markdown).toContain('| big\\|drop | 90.0 | 40.0 | -50.0 | $0.02 | $0.05 | +$0.03 |');
	});

	it('does not include dates, so it is reproducible', () => {
		expect(markdown).not.toContain('2026');
	});

	it('limits each section and says how many were left out', () => {
		const limited = compareToMarkdown(report, { limit: 1 });
		expect(limited).toContain('_…and 1 more._');
		expect(limited).toContain('| Channel | — | — |');
	});

	it('omits the warning when cost did not regress', () => {
		const calm = compareToMarkdown({ ...report, aggregate: { ...report.aggregate, cost_regression: false } });
		expect(calm).not.toContain('⚠');
	});
});

describe('compareToJson and helpers', () => {
	it('keeps the server report verbatim with counts', () => {
		const parsed = JSON.parse(compareToJson(report, { runA: run(810, 'production', 11) }));
		expect(parsed.aggregate).toEqual(report.aggregate);
		expect(parsed.per_case).toEqual(report.per_case);
		expect(parsed.run_a.channel).toBe('production');
		expect(parsed.run_b).toEqual({ id: 812 });
		expect(parsed.counts).toMatchObject({ regressed: 2, improved: 1, missing_b: 1, total: 5 });
	});

	it('chooses the format from the path', () => {
		expect(exportFormatForPath('./x.JSON')).toBe('json');
		expect(exportFormatForPath('./x.md')).toBe('md');
		expect(exportFormatForPath('./x.txt')).toBe('md');
		expect(defaultExportPath(report)).toBe('./compare-810-812.md');
		expect(defaultExportPath(report, 'json')).toBe('./compare-810-812.json');
		expect(renderCompareExport('json', report).startsWith('{')).toBe(true);
	});

	it('escapes Markdown and terminal controls in server strings', () => {
		expect(escapeMarkdown('a|b <script> *x* \u001b[31mred')).toBe('a\\|b \\<script\\> \\*x\\* red');
	});
});
