// `bench-tui watch <run-id>`: streams a run's results until it ends; the exit code tells how it ended.
import { EXIT } from './command.js';
import { defineCommand } from './define.js';
import { MissingError } from './failure.js';
import { followRun, WATCH_NOTES } from './follow.js';
import { parseId, parseNumber } from './values.js';

export const { run } = defineCommand(
	{
		name: 'watch',
		summary: "stream a run's results as they arrive, then a summary",
		usage: '<run-id> [--fail-under SCORE] [--json]',
		args: [1, 1],
		flags: { failUnder: { type: 'string' }, notify: { type: 'boolean', default: true } },
		options: [
			['--fail-under SCORE', `exit ${EXIT.belowThreshold} when the mean headline score of ok+cached results is below SCORE`],
			['--no-notify', 'no bell or desktop notification on a terminal when the run ends (config: "notify": false)'],
		],
		notes: WATCH_NOTES,
	},
	async ({ input: [id], io, flags, style, connect }) => {
		const runId = parseId(id, 'run-id');
		const failUnder = parseNumber(flags.failUnder, '--fail-under');
		const { client, settings } = connect();
		const found = await client.benchRuns.get(runId);
		if (!found) throw new MissingError(`run ${runId} not found`);
		return followRun({ client, io, style, json: flags.json === true, failUnder, notify: settings.notify }, found);
	},
);
