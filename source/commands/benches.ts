// `bench-tui benches`: one row per script with a bench in the project, with its latest run.
import { formatScore, formatUsd } from '../state/format.js';
import { sanitize } from '../look/sanitize.js';
import { defineCommand } from './define.js';
import { badge, formatWhen, printJson, table } from './output.js';

export const { run } = defineCommand(
	{ name: 'benches', summary: "list the project's benches with their latest run", usage: '[--project P]', args: [0, 0], flags: {} },
	async ({ io, flags, style, connect }) => {
		const connection = connect();
		const summaries = await connection.client.benches.listSummaries(connection.projectId());
		if (flags.json) printJson(io, summaries);
		else
			io.stdout.write(
				table(
					style,
					[
						{ header: 'BENCH', align: 'right' },
						{ header: 'SCRIPT' },
						{ header: 'JUDGE' },
						{ header: 'CASES', align: 'right' },
						{ header: 'LATEST RUN', align: 'right' },
						{ header: 'STATUS' },
						{ header: 'SCORE', align: 'right' },
						{ header: 'COST', align: 'right' },
						{ header: 'WHEN' },
					],
					summaries.map((bench) => [
						sanitize(bench.bench_id),
						sanitize(bench.script_name),
						sanitize(bench.judge_script_name ?? '—'),
						sanitize(bench.case_count),
						bench.latest_run_id === null ? '—' : sanitize(bench.latest_run_id),
						badge(style, bench.latest_run_status),
						formatScore(bench.latest_run_mean_score),
						formatUsd(bench.latest_run_cost_usd),
						formatWhen(style, bench.latest_run_at),
					]),
				),
			);
		return 0;
	},
);
