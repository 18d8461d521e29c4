// `bench-tui cancel <run-id>`: asks the server to stop a run; in-flight cases still finish.
import { sanitize } from '../look/sanitize.js';
import { defineCommand } from './define.js';
import { badge, printJson } from './output.js';
import { parseId } from './values.js';

export const { run } = defineCommand(
	{ name: 'cancel', summary: 'cancel a run (cases already in flight still finish)', usage: '<run-id>', args: [1, 1], flags: {} },
	async ({ input: [id], io, flags, style, connect }) => {
		const runId = parseId(id, 'run-id');
		const row = await connect().client.benchRuns.cancel(runId);
		if (flags.json) printJson(io, row);
		else io.stdout.write(`Cancel requested for run ${sanitize(row.id)}; status now ${badge(style, row.status)}\n`);
		return 0;
	},
);
