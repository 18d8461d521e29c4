// Exports a comparison as Markdown (for a pull-request comment: the aggregate, then the regressions, then the
// improvements) or as JSON. Deterministic: no dates or clock readings, so the output can be checked in.
import type { BenchRun, CompareReport } from '../wire/types.js';
import { CompareModel } from './compare.js';
import { formatPercent, formatScore, formatSigned, formatSignedUsd, formatUsd } from './format.js';
import { safeJson } from '../look/safe-json.js';
import { sanitize, sanitizeMultiline } from '../look/sanitize.js';
import { caseLabelOf } from './case-label.js';

export type ExportFormat = 'md' | 'json';

export interface ExportOptions {
	/** Run rows (from benchRuns.get) for channel and versions; optional. */
	runA?: BenchRun | null;
	runB?: BenchRun | null;
	/** The bench's script name, shown in the title when given. */
	scriptName?: string | null;
	/** At most this many rows per Markdown section (PR comments are size-limited). Default 50. */
	limit?: number;
}

/** `.json` → JSON, anything else → Markdown. */
export function exportFormatForPath(path: string): ExportFormat {
	return path.toLowerCase().endsWith('.json') ? 'json' : 'md';
}

export function defaultExportPath(report: Pick<CompareReport, 'run_a_id' | 'run_b_id'>, format: ExportFormat = 'md'): string {
	return `./compare-${report.run_a_id}-${report.run_b_id}.${format}`;
}

export function renderCompareExport(format: ExportFormat, report: CompareReport, options: ExportOptions = {}): string {
	return format === 'json' ? compareToJson(report, options) : compareToMarkdown(report, options);
}

/** Markdown-safe single-line cell text: terminal controls removed, Markdown/HTML specials escaped. */
export function escapeMarkdown(text: unknown): string {
	return sanitize(text)
		.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`)
		.trim();
}

function runCell(run: BenchRun | null | undefined, pick: (run: BenchRun) => string | number | null): string {
	const value = run ? pick(run) : null;
	return value == null || value === '' ? '—' : escapeMarkdown(String(value));
}

function caseTable(title: string, model: CompareModel, rows: Uint32Array, limit: number): string[] {
	const lines = [`#### ${title} (${rows.length})`, ''];
	if (rows.length === 0) return [...lines, '_None._', ''];
	lines.push('| Case | Score A | Score B | Δ | Cost A | Cost B | Cost Δ |', '|---|---:|---:|---:|---:|---:|---:|');
	for (const index of rows.subarray(0, limit)) {
		const row = model.cases[index];
		const label = escapeMarkdown(caseLabelOf(row.case_label, row.case_id));
		lines.push(
			`| ${label} | ${formatScore(row.score_a)} | ${formatScore(row.score_b)} | ${formatSigned(row.delta)} | ${formatUsd(row.cost_a ?? 0)} | ${formatUsd(row.cost_b ?? 0)} | ${formatSignedUsd(row.cost_delta ?? 0)} |`,
		);
	}
	if (rows.length > limit) lines.push('', `_…and ${rows.length - limit} more._`);
	lines.push('');
	return lines;
}

export function compareToMarkdown(report: CompareReport, options: ExportOptions = {}): string {
	const model = new CompareModel(report);
	const { runA, runB } = options;
	const limit = options.limit ?? 50;
	const aggregate = report.aggregate;
	const counts = model.counts;
	const script = options.scriptName ? `${escapeMarkdown(options.scriptName)}: ` : '';
	const costPct = aggregate.cost_delta_pct == null ? '' : ` (${formatPercent(aggregate.cost_delta_pct)})`;
	const costWarning = aggregate.cost_regression ? ' ⚠ **cost regression**' : '';
	const lines = [
		`### ${script}bench run #${report.run_a_id} → #${report.run_b_id}`,
		'',
		'| | A (baseline) | B |',
		'|---|---|---|',
		`| Run | #${report.run_a_id} | #${report.run_b_id} |`,
		`| Channel | ${runCell(runA, (r) => r.channel)} | ${runCell(runB, (r) => r.channel)} |`,
		`| Workflow version | ${runCell(runA, (r) => r.workflow_version_id)} | ${runCell(runB, (r) => r.workflow_version_id)} |`,
		`| Judge version | ${runCell(runA, (r) => r.judge_version_id)} | ${runCell(runB, (r) => r.judge_version_id)} |`,
		`| Cost | ${formatUsd(model.costA)} | ${formatUsd(model.costB)} |`,
		'',
		`**Mean score Δ:** ${formatSigned(aggregate.mean_score_delta, 2)} · **Cost Δ:** ${formatSignedUsd(aggregate.cost_delta_usd)}${costPct}${costWarning}`,
		'',
		`**Cases (${counts.total}):** ▼ ${aggregate.n_regressed} regressed · ▲ ${aggregate.n_improved} improved · = ${aggregate.n_unchanged} unchanged · ${counts.missingA} missing in A · ${counts.missingB} missing in B · ${aggregate.n_cost_regressed ?? counts.costRegressed} cost regressed`,
		'',
		...caseTable('▼ Regressions', model, model.rows({ sort: 'delta', reversed: false, filter: 'regressed', text: '' }), limit),
		...caseTable('▲ Improvements', model, model.rows({ sort: 'delta', reversed: true, filter: 'improved', text: '' }), limit),
	];
	// The last step, whatever the types above: nothing in the document can act on a terminal or a renderer.
	return `${sanitizeMultiline(lines.join('\n')).trimEnd()}\n`;
}

function runSummary(id: number, run: BenchRun | null | undefined) {
	if (!run) return { id };
	return {
		id,
		bench_id: run.bench_id,
		channel: run.channel,
		workflow_version_id: run.workflow_version_id,
		judge_version_id: run.judge_version_id,
		status: run.status,
		triggered_at: run.triggered_at,
		total_cost_usd: run.total_cost_usd,
		total_cases: run.total_cases,
	};
}

/** The server's report (aggregate and per-case rows verbatim) with the runs' metadata and local counts. */
export function compareToJson(report: CompareReport, options: ExportOptions = {}): string {
	const counts = new CompareModel(report).counts;
	const document = {
		run_a: runSummary(report.run_a_id, options.runA),
		run_b: runSummary(report.run_b_id, options.runB),
		aggregate: report.aggregate,
		counts: { improved: counts.improved, regressed: counts.regressed, unchanged: counts.unchanged, missing_a: counts.missingA, missing_b: counts.missingB, cost_regressed: counts.costRegressed, cost_improved: counts.costImproved, total: counts.total },
		per_case: report.per_case,
	};
	return `${safeJson(document, 2)}\n`;
}
