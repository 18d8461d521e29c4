// `bench-tui case patch <case-id> <json>`: a sparse update; only the keys given change.
import type { PatchCaseRequest } from '../../wire/types.js';
import { defineCommand } from '../define.js';
import { readJsonObject } from '../json-input.js';
import { printJson } from '../output.js';
import { caseDetails } from './render.js';

export const { run } = defineCommand(
	{
		name: 'case patch',
		summary: 'change some fields of a case (sparse: only the keys given change)',
		usage: '<case-id> <json|file|->',
		args: [2, 2],
		flags: {},
		notes: 'Keys: inputs, expected_output, ground_truth, name. Give the JSON inline, as a file path, or as - to read stdin.',
	},
	async ({ input: [caseId, source], io, flags, style, connect }) => {
		const patch = (await readJsonObject(source, io, 'patch JSON')) as PatchCaseRequest;
		const updated = await connect().client.benchRuns.patchCase(caseId, patch);
		if (flags.json) printJson(io, updated);
		else io.stdout.write(caseDetails(style, updated));
		return 0;
	},
);
