// `bench-tui case get <case-id>`: one case row.
import { defineCommand } from '../define.js';
import { MissingError } from '../failure.js';
import { printJson } from '../output.js';
import { caseDetails } from './render.js';

export const { run } = defineCommand(
	{ name: 'case get', summary: 'show a case (its execution row)', usage: '<case-id>', args: [1, 1], flags: {} },
	async ({ input: [caseId], io, flags, style, connect }) => {
		const row = await connect().client.benchRuns.getCase(caseId);
		if (!row) throw new MissingError(`case ${caseId} not found`);
		if (flags.json) printJson(io, row);
		else io.stdout.write(caseDetails(style, row));
		return 0;
	},
);
