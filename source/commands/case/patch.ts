// `bench-tui case patch <case-id> <json>`: a sparse update; only the keys given change. `inputs` is one field on the
// wire (sent whole), so by default the given input keys are merged into the case's current inputs; --replace sends
// the JSON exactly as given.
import type { JsonObject, PatchCaseRequest } from '../../wire/types.js';
import { defineCommand } from '../define.js';
import { MissingError } from '../failure.js';
import { readJsonObject } from '../json-input.js';
import { printJson } from '../output.js';
import { caseDetails } from './render.js';

function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const { run } = defineCommand(
	{
		name: 'case patch',
		summary: 'change some fields of a case (sparse: only the keys given change)',
		usage: '<case-id> <json|file|-> [--replace]',
		args: [2, 2],
		flags: { replace: { type: 'boolean' } },
		options: [['--replace', 'send `inputs` as given (default: merge the given input keys into the current inputs)']],
		notes: [
			'Keys: inputs, expected_output, ground_truth, name. Give the JSON inline, as a file path, or as - to read stdin.',
			'A key set to null clears that field; a key left out is unchanged.',
		].join('\n'),
	},
	async ({ input: [caseId, source], io, flags, style, connect }) => {
		const patch = (await readJsonObject(source, io, 'patch JSON')) as PatchCaseRequest;
		const { client } = connect();
		if (!flags.replace && isObject(patch.inputs)) {
			const current = await client.benchRuns.getCase(caseId);
			if (!current) throw new MissingError(`case ${caseId} not found`);
			patch.inputs = { ...(isObject(current.inputs) ? current.inputs : {}), ...patch.inputs };
		}
		const updated = await client.benchRuns.patchCase(caseId, patch);
		if (flags.json) printJson(io, updated);
		else io.stdout.write(caseDetails(style, updated));
		return 0;
	},
);
