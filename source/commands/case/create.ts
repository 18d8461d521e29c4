// `bench-tui case create <script> <json>`: a new case for the script's bench.
import type { CreateCaseRequest } from '../../wire/types.js';
import { defineCommand } from '../define.js';
import { UsageError } from '../failure.js';
import { readJsonObject } from '../json-input.js';
import { printJson } from '../output.js';
import { caseDetails } from './render.js';

export const { run } = defineCommand(
	{
		name: 'case create',
		summary: "add a case to a script's bench",
		usage: '<script> <json|file|-> [--project P]',
		args: [2, 2],
		flags: {},
		notes: `The JSON is {"inputs": {...}, "expected_output": ..., "ground_truth": ..., "name": "..."}; only inputs is required.
Give it inline, as a file path, or as - to read stdin.`,
	},
	async ({ input: [script, source], io, flags, style, connect }) => {
		const body = await readJsonObject(source, io, 'case JSON');
		if (typeof body.inputs !== 'object' || body.inputs === null || Array.isArray(body.inputs)) throw new UsageError('case JSON needs an "inputs" object');
		const connection = connect();
		const created = await connection.client.benches.createCase(connection.projectId(), script, body as unknown as CreateCaseRequest);
		if (flags.json) printJson(io, created);
		else io.stdout.write(caseDetails(style, created));
		return 0;
	},
);
