// `bench-tui case delete <case-id>`: removes a case (asks first on a terminal; needs --yes otherwise).
import { sanitize } from '../../look/sanitize.js';
import { EXIT } from '../command.js';
import { defineCommand } from '../define.js';
import { printJson } from '../output.js';
import { confirmDestructive } from '../prompt.js';

export const { run } = defineCommand(
	{
		name: 'case delete',
		summary: 'delete a case',
		usage: '<case-id> [--yes]',
		args: [1, 1],
		flags: { yes: { type: 'boolean', shortFlag: 'y' } },
		options: [['-y, --yes', 'do not ask (required when stdin is not a terminal)']],
	},
	async ({ input: [caseId], io, flags, connect }) => {
		const client = connect().client;
		if (!(await confirmDestructive(io, flags.yes, `Delete case ${sanitize(caseId)}?`))) {
			io.stderr.write('Not deleted.\n');
			return EXIT.error;
		}
		await client.benchRuns.deleteCase(caseId);
		if (flags.json) printJson(io, { deleted: true, case_id: caseId });
		else io.stdout.write(`Deleted case ${sanitize(caseId)}\n`);
		return 0;
	},
);
