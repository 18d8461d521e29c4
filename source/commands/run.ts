// `bench-tui run <run-id>`: one run's row.
import { defineCommand } from './define.js';
import { MissingError } from './failure.js';
import { printJson } from './output.js';
import { runFields } from './render.js';
import { parseId } from './values.js';

export const { run } = defineCommand(
	{ name: 'run', summary: "show one run's status, counts and cost", usage: '<run-id>', args: [1, 1], flags: {} },
	async ({ input: [id], io, flags, style, connect }) => {
		const runId = parseId(id, 'run-id');
		const found = await connect().client.benchRuns.get(runId);
		if (!found) throw new MissingError(`run ${runId} not found`);
		if (flags.json) printJson(io, found);
		else io.stdout.write(runFields(style, found));
		return 0;
	},
);
