// `bench-tui history <script>`: the bench's cases across its last N completed runs, one glyph per result (letters
// when piped), with mean, spread, pass rate, flips and state (flaky, broke, fixed, stable); exit 8 on flaky cases
// when asked. Finished runs' results come from the same disk cache as the app's.
import { defaultCacheDir, ResultCache } from '../io/history-cache.js';
import { listCompletedRuns, listHistoryCases, loadHistoryColumns } from '../io/history-loader.js';
import { cellColor, cellGlyph, cellLegend } from '../look/history-cells.js';
import { localeIsUtf8 } from '../look/glyphs.js';
import { sanitize } from '../look/sanitize.js';
import { truncate } from '../look/text.js';
import { formatScore, formatShare } from '../state/format.js';
import {
	CASE_STATES,
	DEFAULT_HISTORY_QUERY,
	HistoryModel,
	stateText,
	versionChangeText,
	versionGroups,
	type CaseState,
	type HistoryColumn,
} from '../state/history.js';
import { EXIT } from './command.js';
import { defineCommand } from './define.js';
import { MissingError, UsageError } from './failure.js';
import { printJson, table, type Style } from './output.js';
import { parseInteger } from './values.js';

const DEFAULT_RUNS = 30;
const MAX_RUNS = 500;
const NAME_WIDTH = 40;

/** The matrix of one case as text: a glyph or letter per run, `|` where the versions change. */
function matrixText(model: HistoryModel, row: number, unicode: boolean, paint: (color: string | undefined, text: string) => string): string {
	let text = '';
	for (let c = 0; c < model.columns.length; c++) {
		if (model.versionBreaks.has(c)) text += '|';
		const cell = model.cell(row, c);
		text += paint(cellColor(cell), cellGlyph(cell, model.scale, unicode));
	}
	return text;
}

function caseLabel(model: HistoryModel, row: number): string {
	const c = model.cases[row];
	const label = sanitize(c.name ?? c.id);
	return truncate(label, NAME_WIDTH);
}

/** `runs 101…106 (6): wf 7, judge 3` per stretch of same versions. */
function groupLines(model: HistoryModel): string[] {
	return versionGroups(model.columns).map((g) => {
		const first = model.columns[g.first].run.id;
		const last = model.columns[g.last].run.id;
		const span = first === last ? `run ${first}` : `runs ${first}…${last} (${g.last - g.first + 1})`;
		return `${span}: wf ${g.workflow}, judge ${g.judge}`;
	});
}

function render(style: Style, model: HistoryModel, rows: Uint32Array, unicode: boolean): string {
	const paint = (color: string | undefined, text: string) => (color ? style.paint(color as Parameters<Style['paint']>[0], text) : text);
	const body = table(
		style,
		[{ header: 'CASE' }, { header: 'RUNS (old → new)' }, { header: 'MEAN', align: 'right' }, { header: 'SD', align: 'right' }, { header: 'PASS', align: 'right' }, { header: 'FLIPS', align: 'right' }, { header: 'STATE' }],
		Array.from(rows, (row) => {
			const s = model.summary(row);
			return [caseLabel(model, row), matrixText(model, row, unicode, paint), formatScore(s.mean), formatScore(s.stddev), formatShare(s.passRate), String(s.flips), stateText(s)];
		}),
	);
	return `${groupLines(model).join('\n')}\n\n${body}\n${cellLegend(unicode)}\n`;
}

function markdown(model: HistoryModel, rows: Uint32Array, script: string): string {
	const escape = (text: string) => text.replace(/\|/g, '\\|');
	const lines = [
		`## Case history: ${escape(sanitize(script))}`,
		'',
		...groupLines(model).map((line) => `- ${line}`),
		'',
		'| Case | Runs (old → new) | Mean | SD | Pass | Flips | State |',
		'|---|---|---:|---:|---:|---:|---|',
		...Array.from(rows, (row) => {
			const s = model.summary(row);
			const cells = matrixText(model, row, true, (_, text) => text).replace(/ /g, '·').replace(/\|/g, '│');
			return `| ${escape(caseLabel(model, row))} | \`${cells}\` | ${formatScore(s.mean)} | ${formatScore(s.stddev)} | ${formatShare(s.passRate)} | ${s.flips} | ${escape(stateText(s))} |`;
		}),
		'',
		cellLegend(true).replace('blank', '·'),
		'',
	];
	return lines.join('\n');
}

function json(model: HistoryModel, rows: Uint32Array) {
	const finite = (n: number) => (Number.isNaN(n) ? null : n);
	return {
		runs: model.columns.map(({ run }) => ({ id: run.id, channel: run.channel, workflow_version_id: run.workflow_version_id, judge_version_id: run.judge_version_id, triggered_at: run.triggered_at })),
		cases: Array.from(rows, (row) => {
			const s = model.summary(row);
			return {
				case_id: model.cases[row].id,
				name: model.cases[row].name,
				state: s.state,
				change_run_id: s.changeRun?.id ?? null,
				change: s.changeRun ? versionChangeText(s.changeVersions) : null,
				flips: s.flips,
				noise_flips: s.noiseFlips,
				mean: finite(s.mean),
				stddev: finite(s.stddev),
				pass_rate: finite(s.passRate),
				results: model.timeline(row).map((line) => (line.resultId === undefined ? null : { run_id: line.run.id, result_id: line.resultId, kind: line.cell.kind, cached: line.cell.cached, score: finite(line.cell.score) })),
			};
		}),
	};
}

export const { run } = defineCommand(
	{
		name: 'history',
		summary: "a bench's cases across its last completed runs: flaky, broke (when, which version), fixed, stable",
		usage: '<script> [--runs N] [--state S] [--format table|md|json] [--fail-on-flaky]',
		args: [1, 1],
		flags: {
			runs: { type: 'string' },
			state: { type: 'string', choices: [...CASE_STATES] },
			format: { type: 'string', choices: ['table', 'md', 'json'], default: 'table' },
			failOnFlaky: { type: 'boolean' },
			cache: { type: 'boolean', default: true },
		},
		options: [
			['--runs N', `the last N completed runs (default ${DEFAULT_RUNS}, at most ${MAX_RUNS})`],
			['--state S', `only cases in state S: ${CASE_STATES.join(', ')}`],
			['--format F', 'table (default), md (Markdown) or json (same as --json)'],
			['--fail-on-flaky', `exit ${EXIT.flaky} when any shown case is flaky`],
			['--no-cache', 'fetch every run; neither read nor write the results cache'],
		],
		notes: `Cells: a score block ▁…█ coloured by verdict, ✗ workflow/judge failed, ≡ cache hit, blank when the case was not in the run;
letters P F E X C S when stdout is not a UTF-8 terminal; | marks a change of workflow or judge version.
flaky: the verdict flipped at least twice among runs of the same workflow and judge versions.
broke / fixed in run X: the latest verdict change, naming the versions that changed there.
Finished runs' results are cached in $XDG_CACHE_HOME/bench-tui/history (safe to delete).`,
	},
	async ({ input: [script], io, flags, style, connect }) => {
		const count = parseInteger(flags.runs, '--runs') ?? DEFAULT_RUNS;
		if (count > MAX_RUNS) throw new UsageError(`--runs must be at most ${MAX_RUNS}`);
		const connection = connect();
		const projectId = connection.projectId();
		const { client } = connection;
		const [bench, runs, cases] = await Promise.all([
			client.benches.get(projectId, script),
			listCompletedRuns(client, projectId, script, count),
			listHistoryCases(client, projectId, script),
		]);
		if (!bench) throw new MissingError(`no bench for script ${script} in project ${projectId}`);
		const cache = flags.cache ? new ResultCache(defaultCacheDir(io.env)) : null;
		const columns = new Map<number, HistoryColumn>(runs.map((r) => [r.id, { run: r }]));
		await loadHistoryColumns(client, cache, runs, {
			onColumn(runId, column) {
				if ('error' in column) throw new Error(`results of run ${runId}: ${column.error}`);
				columns.set(runId, { run: columns.get(runId)!.run, data: column.data });
			},
		});
		const model = new HistoryModel(cases, [...columns.values()]);
		const rows = model.rows({ ...DEFAULT_HISTORY_QUERY, filter: (flags.state as CaseState | undefined) ?? 'all' });
		const format = flags.json ? 'json' : flags.format;
		if (format === 'json') printJson(io, json(model, rows));
		else if (format === 'md') io.stdout.write(markdown(model, rows, script));
		else if (!runs.length) io.stdout.write(`no completed runs of ${sanitize(script)} yet\n`);
		else io.stdout.write(render(style, model, rows, style.tty && localeIsUtf8(io.env)));
		const flaky = Array.from(rows).some((row) => model.summary(row).state === 'flaky');
		return flags.failOnFlaky && flaky ? EXIT.flaky : EXIT.ok;
	},
);
