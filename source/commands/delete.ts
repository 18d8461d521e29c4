// `bench-tui delete <run-id>`: deletes a run and its results (asks first on a terminal; needs --yes otherwise).
import { EXIT } from './command.js';
import { defineCommand } from './define.js';
import { printJson } from './output.js';
import { confirmDestructive } from './prompt.js';
import { parseId } from './values.js';

export const { run } = defineCommand(
	{
		name: 'delete',
		summary: 'delete a run and all its results (cancels it first)',
		usage: '<run-id> [--yes]',
		args: [1, 1],
		flags: { yes: { type: 'boolean', shortFlag: 'y' } },
		options: [['-y, --yes', 'do not ask (required when stdin is not a terminal)']],
	},
	async ({ input: [id], io, flags, connect }) => {
		const runId = parseId(id, 'run-id');
		const client = connect().client;
		if (!(await confirmDestructive(io, flags.yes, `Delete run ${runId} and all its results?`))) {
			io.stderr.write('Not deleted.\n');
			return EXIT.error;
		}
		await client.benchRuns.delete(runId);
		if (flags.json) printJson(io, { deleted: true, run_id: runId });
		else io.stdout.write(`Deleted run ${runId}\n`);
		return 0;
	},
);
