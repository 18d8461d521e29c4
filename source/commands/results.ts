// `bench-tui results <run-id>`: the durable per-case results of a run.
import { RESULT_STATUSES } from '../wire/types.js';
import { defineCommand } from './define.js';
import { MissingError } from './failure.js';
import { printJson } from './output.js';
import { resultsTable } from './render.js';
import { parseId } from './values.js';

export const { run } = defineCommand(
	{
		name: 'results',
		summary: "list a run's per-case results",
		usage: '<run-id> [--status S]',
		args: [1, 1],
		flags: { status: { type: 'string', choices: [...RESULT_STATUSES] } },
		options: [['--status S', `only results with this status (${RESULT_STATUSES.join(', ')})`]],
	},
	async ({ input: [id], io, flags, style, connect }) => {
		const runId = parseId(id, 'run-id');
		const { benchRuns } = connect().client;
		// The results call answers [] for an unknown run; the run lookup tells "no results" from "no run".
		const [found, results] = await Promise.all([benchRuns.get(runId), benchRuns.listResults(runId)]);
		if (!found) throw new MissingError(`run ${runId} not found`);
		const shown = flags.status ? results.filter((result) => result.status === flags.status) : results;
		if (flags.json) printJson(io, shown);
		else io.stdout.write(resultsTable(style, shown));
		return 0;
	},
);
