// `bench-tui runs <script>`: a script's bench runs, newest first.
import { defineCommand } from './define.js';
import { printJson } from './output.js';
import { runsTable } from './render.js';
import { parseInteger } from './values.js';

export const { spec, run } = defineCommand(
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
		const runs = await connection.client.benches.listRuns(connection.projectId(), script, page);
		if (flags.json) printJson(io, runs);
		else io.stdout.write(runsTable(style, runs));
		return 0;
	},
);
