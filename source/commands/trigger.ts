// `bench-tui trigger <script>`: starts a bench run; with --watch, follows it like `watch` (same exit codes).
import type { TriggerRunRequest } from '../wire/types.js';
import { safeJson } from '../look/safe-json.js';
import { sanitize } from '../look/sanitize.js';
import { EXIT } from './command.js';
import { defineCommand } from './define.js';
import { UsageError } from './failure.js';
import { followRun, WATCH_NOTES } from './follow.js';
import { badge, printJson } from './output.js';
import { parseInteger, parseNumber } from './values.js';

const DEFAULT_CHANNEL = 'production';

export const { run } = defineCommand(
	{
		name: 'trigger',
		summary: "run a script's bench",
		usage: '<script> [--project P] [--channel C] [--notes T] [--sample N] [--case ID…] [--watch [--fail-under SCORE]]',
		args: [1, 1],
		flags: {
			channel: { type: 'string', default: DEFAULT_CHANNEL },
			notes: { type: 'string' },
			sample: { type: 'string' },
			case: { type: 'string', isMultiple: true },
			watch: { type: 'boolean' },
			failUnder: { type: 'string' },
			notify: { type: 'boolean', default: true },
		},
		options: [
			['--channel C', `workflow channel to run (default ${DEFAULT_CHANNEL})`],
			['--notes T', 'notes stored on the run'],
			['--sample N', 'run a random sample of N cases'],
			['--case ID', 'run only this case (repeatable)'],
			['--watch', 'follow the run to its end, like `bench-tui watch`'],
			['--fail-under SCORE', `with --watch: exit ${EXIT.belowThreshold} when the mean headline score is below SCORE`],
			['--no-notify', 'with --watch: no bell or desktop notification on a terminal when the run ends'],
		],
		notes: `Pre-flight warnings from the server are printed to stderr. With --watch --json, the first NDJSON line is
{"type":"run","run":{…}} (the trigger response), then the lines of \`bench-tui watch --json\`.
${WATCH_NOTES}`,
	},
	async ({ input: [script], io, flags, style, connect }) => {
		const sample = parseInteger(flags.sample, '--sample');
		const failUnder = parseNumber(flags.failUnder, '--fail-under');
		if (failUnder !== undefined && !flags.watch) throw new UsageError('--fail-under needs --watch');
		const request: TriggerRunRequest = {
			channel: flags.channel,
			notes: flags.notes,
			case_ids: flags.case?.length ? flags.case : undefined,
			...(sample === undefined ? {} : { mode: 'sampled', sample_size: sample }),
		};
		const connection = connect();
		const started = await connection.client.benches.triggerRun(connection.projectId(), script, request);
		for (const warning of started.warnings ?? []) io.stderr.write(`warning: ${sanitize(warning)}\n`);

		const json = flags.json === true;
		if (json) {
			if (flags.watch) io.stdout.write(`${safeJson({ type: 'run', run: started })}\n`);
			else printJson(io, started);
		} else {
			io.stdout.write(`Triggered run ${sanitize(started.id)} of ${sanitize(script)} on ${sanitize(started.channel)}: ${sanitize(started.total_cases)} cases, ${badge(style, started.status)}\n`);
		}
		if (!flags.watch) return EXIT.ok;
		return followRun({ client: connection.client, io, style, json, failUnder, notify: connection.settings.notify }, started);
	},
);
