// `bench-tui cancel <run-id>`: asks the server to stop a run; in-flight cases still finish.
// A run that has already ended is reported as such (its own exit code), and no cancel is sent.
import { sanitize } from '../look/sanitize.js';
import { EXIT } from './command.js';
import { defineCommand } from './define.js';
import { MissingError } from './failure.js';
import { badge, printJson } from './output.js';
import { parseId } from './values.js';

const FINISHED = new Set(['completed', 'failed', 'canceled']);

export const { run } = defineCommand(
	{
		name: 'cancel',
		summary: 'cancel a run (cases already in flight still finish)',
		usage: '<run-id>',
		args: [1, 1],
		flags: {},
		notes: `Exit ${EXIT.alreadyFinished} when the run had already ended (nothing is sent).`,
	},
	async ({ input: [id], io, flags, style, connect }) => {
		const runId = parseId(id, 'run-id');
		const { client } = connect();
		const current = await client.benchRuns.get(runId);
		if (!current) throw new MissingError(`run ${runId} not found`);
		if (FINISHED.has(current.status)) {
			if (flags.json) printJson(io, current);
			else io.stdout.write(`Run ${sanitize(current.id)} had already finished (${badge(style, current.status)}); nothing to cancel\n`);
			return EXIT.alreadyFinished;
		}
		const row = await client.benchRuns.cancel(runId);
		if (flags.json) printJson(io, row);
		else io.stdout.write(`Cancel requested for run ${sanitize(row.id)}; status now ${badge(style, row.status)}\n`);
		return EXIT.ok;
	},
);
