// Human renderings of runs and results shared by `runs`, `run`, `results`, `watch` and `trigger`.
import type { BenchResult, BenchRun } from '../wire/types.js';
import { formatDuration, formatScore, formatUsd } from '../state/format.js';
import { fit, pad } from '../look/text.js';
import { sanitize } from '../look/sanitize.js';
import { badge, fields, formatWhen, table, type Style } from './output.js';

const ERROR_WIDTH = 60;

export function caseLabel(result: Pick<BenchResult, 'case_id' | 'case_name'>): string {
	return sanitize(result.case_name || result.case_id);
}

export function runsTable(style: Style, runs: BenchRun[], now = Date.now()): string {
	return table(
		style,
		[
			{ header: 'RUN', align: 'right' },
			{ header: 'STATUS' },
			{ header: 'CHANNEL' },
			{ header: 'OK/CASES', align: 'right' },
			{ header: 'SCORE', align: 'right' },
			{ header: 'COST', align: 'right' },
			{ header: 'TRIGGERED' },
			{ header: 'NOTES' },
		],
		runs.map((run) => [
			sanitize(run.id),
			badge(style, run.status),
			sanitize(run.channel),
			`${sanitize(run.ok_cases ?? '—')}/${sanitize(run.total_cases)}`,
			formatScore(run.mean_headline_score),
			formatUsd(run.total_cost_usd),
			formatWhen(style, run.triggered_at, now),
			fit(sanitize(run.notes ?? ''), 40).trimEnd(),
		]),
	);
}

function breakdown(run: BenchRun): string {
	const entries = Object.entries(run.status_breakdown ?? {}).filter(([, count]) => count);
	return entries.length ? entries.map(([status, count]) => `${sanitize(status)} ${sanitize(count)}`).join(', ') : '—';
}

function durationOf(run: BenchRun): string {
	if (!run.completed_at) return '';
	return ` (${formatDuration(Date.parse(run.completed_at) - Date.parse(run.triggered_at))})`;
}

export function runFields(style: Style, run: BenchRun): string {
	const entries: [string, string][] = [
		['run', sanitize(run.id)],
		['status', badge(style, run.status)],
		['bench', `${sanitize(run.bench_id)}${run.judge_script_name ? ` (judge ${sanitize(run.judge_script_name)})` : ''}`],
		['channel', `${sanitize(run.channel)} (workflow v${sanitize(run.workflow_version_id)}, judge v${sanitize(run.judge_version_id)})`],
		['mode', run.mode === 'sampled' ? `sampled (${sanitize(run.sample_size ?? '?')} cases)` : sanitize(run.mode ?? 'full')],
		['cases', `${sanitize(run.total_cases)} (${sanitize(run.cache_hit_cases)} cached)`],
		['results', breakdown(run)],
	];
	if (run.passed != null || run.failed != null)
		entries.push(['verdicts', `${sanitize(run.passed ?? 0)} pass, ${sanitize(run.failed ?? 0)} fail, ${sanitize(run.inconclusive ?? 0)} inconclusive (threshold ${sanitize(run.pass_threshold ?? '—')})`]);
	entries.push(
		['cost', formatUsd(run.total_cost_usd)],
		['triggered', `${sanitize(run.triggered_at)}${run.triggered_by ? ` by ${sanitize(run.triggered_by)}` : ''}`],
		['completed', run.completed_at ? `${sanitize(run.completed_at)}${durationOf(run)}` : '—'],
	);
	if (run.case_filter?.length) entries.push(['case filter', run.case_filter.map(sanitize).join(', ')]);
	if (run.mcp_session_id) entries.push(['mcp session', sanitize(run.mcp_session_id)]);
	if (run.notes) entries.push(['notes', sanitize(run.notes)]);
	return fields(style, entries);
}

export function resultsTable(style: Style, results: BenchResult[]): string {
	return table(
		style,
		[
			{ header: 'RESULT', align: 'right' },
			{ header: 'CASE' },
			{ header: 'STATUS' },
			{ header: 'VERDICT' },
			{ header: 'SCORE', align: 'right' },
			{ header: 'COST', align: 'right' },
			{ header: 'TIME', align: 'right' },
			{ header: 'ERROR' },
		],
		results.map((result) => [
			sanitize(result.id),
			fit(caseLabel(result), 40).trimEnd(),
			badge(style, result.status),
			result.verdict ? badge(style, result.verdict) : '—',
			formatScore(result.headline_score),
			formatUsd(result.cost_usd),
			formatDuration(result.duration_ms),
			result.error ? fit(sanitize(result.error), ERROR_WIDTH).trimEnd() : '',
		]),
	);
}

/** One self-contained line per result, for streams where later rows are not known yet. */
export function resultLine(style: Style, result: BenchResult): string {
	const cells = [
		pad(badge(style, result.status), 17),
		fit(caseLabel(result), 32),
		pad(formatScore(result.headline_score), 6, 'right'),
		pad(formatUsd(result.cost_usd), 8, 'right'),
		pad(formatDuration(result.duration_ms), 7, 'right'),
	];
	if (result.error) cells.push(fit(sanitize(result.error), ERROR_WIDTH).trimEnd());
	return `${cells.join('  ').trimEnd()}\n`;
}
