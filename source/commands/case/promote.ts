// `bench-tui case promote <execution-id>`: freezes a completed execution into a new case of its script's bench.
import type { PromoteCaseEdits } from '../../wire/types.js';
import { defineCommand } from '../define.js';
import { readJsonObject } from '../json-input.js';
import { printJson } from '../output.js';
import { caseDetails } from './render.js';

export const { run } = defineCommand(
	{
		name: 'case promote',
		summary: 'turn a completed execution into a case',
		usage: '<execution-id> [--name N] [--edits JSON|file|-]',
		args: [1, 1],
		flags: { name: { type: 'string' }, edits: { type: 'string' } },
		options: [
			['--name N', 'the case label'],
			['--edits JSON', 'overlay {"inputs", "expected_output", "ground_truth"} on the execution (inline, file or -)'],
		],
	},
	async ({ input: [executionId], io, flags, style, connect }) => {
		const edits = flags.edits === undefined ? undefined : ((await readJsonObject(flags.edits, io, '--edits JSON')) as PromoteCaseEdits);
		const created = await connect().client.benchRuns.promoteExecution(executionId, { name: flags.name, edits });
		if (flags.json) printJson(io, created);
		else io.stdout.write(caseDetails(style, created));
		return 0;
	},
);
