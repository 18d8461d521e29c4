// `bench-tui runs <script>`: a script's bench runs, newest first.
import { defineCommand } from './define.js';
import { MissingError } from './failure.js';
import { printJson } from './output.js';
import { runsTable } from './render.js';
import { parseInteger } from './values.js';

export const { run } = defineCommand(
	{
		name: 'runs',
		summary: "list the runs of a script's bench, newest first",
		usage: '<script> [--project P] [--limit N] [--offset N]',
		args: [1, 1],
		flags: { limit: { type: 'string' }, offset: { type: 'string' } },
		options: [
			['--limit N', 'at most N runs (server default 50, at most 500)'],
			['--offset N', 'skip the N newest runs'],
		],
	},
	async ({ input: [script], io, flags, style, connect }) => {
		const page = { limit: parseInteger(flags.limit, '--limit'), offset: parseInteger(flags.offset, '--offset', 0) };
		const connection = connect();
		const projectId = connection.projectId();
		const { benches } = connection.client;
		// The runs call answers [] when the script has no bench; the bench lookup tells "no runs" from "no bench".
		const [bench, runs] = await Promise.all([benches.get(projectId, script), benches.listRuns(projectId, script, page)]);
		if (!bench) throw new MissingError(`no bench for script ${script} in project ${projectId}`);
		if (flags.json) printJson(io, runs);
		else io.stdout.write(runsTable(style, runs));
		return 0;
	},
);
