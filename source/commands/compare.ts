// `bench-tui compare <run-a> <run-b>`: per-case score and cost deltas (B − A), exit 6 on regression when asked.
import type { BenchRunsApi } from '../client/api.js';
import type { BenchRun, CompareReport } from '../wire/types.js';
import { compareToMarkdown } from '../state/compare-export.js';
import { applyThreshold } from '../state/compare-threshold.js';
import { formatPercent, formatScore, formatSigned, formatSignedUsd } from '../state/format.js';
import { fit } from '../look/text.js';
import { sanitize } from '../look/sanitize.js';
import { EXIT } from './command.js';
import { defineCommand } from './define.js';
import { badge, printJson, table, type Style } from './output.js';
import { parseId, parseNumber } from './values.js';
import { UsageError } from './failure.js';
import { caseLabelOf } from '../state/case-label.js';

/** A regression for CI: any case whose score dropped, or the server flagging B as meaningfully more expensive. */
function hasRegression(report: CompareReport): boolean {
	return report.aggregate.n_regressed > 0 || report.per_case.some((row) => row.flag === 'regressed') || report.aggregate.cost_regression === true;
}

function summary(style: Style, report: CompareReport): string {
	const { aggregate } = report;
	const pct = aggregate.cost_delta_pct == null ? '' : ` (${formatPercent(aggregate.cost_delta_pct)})`;
	const lines = [
		`run ${sanitize(report.run_a_id)} → run ${sanitize(report.run_b_id)}: ${sanitize(aggregate.n_regressed)} regressed, ${sanitize(aggregate.n_improved)} improved, ${sanitize(aggregate.n_unchanged)} unchanged`,
		`mean score delta ${formatSigned(aggregate.mean_score_delta, 2)}, cost delta ${formatSignedUsd(aggregate.cost_delta_usd)}${pct}`,
	];
	if (aggregate.cost_regression) lines.push(style.paint('red', 'cost regression: run B costs meaningfully more'));
	return `${lines.join('\n')}\n`;
}

function caseTable(style: Style, report: CompareReport): string {
	return table(
		style,
		[
			{ header: 'CASE' },
			{ header: 'A', align: 'right' },
			{ header: 'B', align: 'right' },
			{ header: 'DELTA', align: 'right' },
			{ header: 'FLAG' },
			{ header: 'COST DELTA', align: 'right' },
			{ header: 'COST' },
		],
		report.per_case.map((row) => [
			fit(sanitize(caseLabelOf(row.case_label, row.case_id)), 48).trimEnd(),
			formatScore(row.score_a),
			formatScore(row.score_b),
			formatSigned(row.delta),
			badge(style, row.flag),
			formatSignedUsd(row.cost_delta ?? 0),
			badge(style, row.cost_flag ?? 'cost_unchanged'),
		]),
	);
}

function exitCode(report: CompareReport, failOnRegression: boolean | undefined): number {
	return failOnRegression && hasRegression(report) ? EXIT.regression : EXIT.ok;
}

/** The script both runs belong to, for the Markdown title (`null` when unknown). */
async function scriptName(run: BenchRun | null, benchRuns: BenchRunsApi): Promise<string | null> {
	if (!run) return null;
	return (await benchRuns.benchById(run.bench_id))?.script_name ?? null;
}

export const { run } = defineCommand(
	{
		name: 'compare',
		summary: 'compare two runs of the same bench (A = baseline, B = candidate)',
		usage: '<run-a> <run-b> [--format table|md|json] [--threshold N] [--fail-on-regression]',
		args: [2, 2],
		flags: {
			format: { type: 'string', choices: ['table', 'md', 'json'], default: 'table' },
			failOnRegression: { type: 'boolean' },
			threshold: { type: 'string' },
		},
		options: [
			['--format F', 'table (default), md (Markdown for a pull-request comment) or json (same as --json)'],
			['--threshold N', 'noise threshold: a case whose score moved by at most N (|Δ| ≤ N) counts as unchanged (default 0: the server’s flags)'],
			['--fail-on-regression', `exit ${EXIT.regression} when any case regressed or the server flags a cost regression`],
		],
	},
	async ({ input: [a, b], io, flags, style, connect }) => {
		const [runA, runB] = [parseId(a, 'run-a'), parseId(b, 'run-b')];
		const { benchRuns } = connect().client;
		const format = flags.json ? 'json' : flags.format;
		const threshold = parseNumber(flags.threshold, '--threshold') ?? 0;
		if (threshold < 0) throw new UsageError(`--threshold must be at least 0, got ${threshold}`);
		// Every output (and --fail-on-regression) reads the flags as re-decided under the threshold.
		const compare = async () => applyThreshold(await benchRuns.compare(runA, runB), threshold);
		if (format === 'md') {
			const [report, rowA, rowB] = await Promise.all([compare(), benchRuns.get(runA), benchRuns.get(runB)]);
			io.stdout.write(compareToMarkdown(report, { runA: rowA, runB: rowB, scriptName: await scriptName(rowA, benchRuns) }));
			return exitCode(report, flags.failOnRegression);
		}
		const report = await compare();
		if (format === 'json') printJson(io, threshold > 0 ? { threshold, ...report } : report);
		else io.stdout.write(`${caseTable(style, report)}\n${summary(style, report)}`);
		return exitCode(report, flags.failOnRegression);
	},
);
