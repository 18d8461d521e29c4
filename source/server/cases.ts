// Case writes (create, patch, promote) with type-checking against the script signature (§2.2a, §8 #3).
import { randomUUID } from 'node:crypto';
import type { Json, JsonObject, ScriptSignature } from '../wire/types.js';
import { inputHash } from './hashing.js';
import { badRequest, HttpError } from './http-error.js';
import type { BenchRow, CaseRow, ScriptRow } from './rows.js';
import type { Store } from './store.js';
import { checkCasePayload, type FieldError } from './typecheck.js';

function caseTypeMismatch(fieldErrors: FieldError[]): HttpError {
	// Bodies stay under 500 characters (Python classifies on the first 500).
	const shown: FieldError[] = [];
	for (const error of fieldErrors) {
		if (JSON.stringify({ error: 'case_type_mismatch', field_errors: [...shown, error] }).length > 480) break;
		shown.push(error);
	}
	return new HttpError(400, { error: 'case_type_mismatch', field_errors: shown });
}

function check(signature: ScriptSignature | undefined, payload: { inputs?: unknown; expected_output?: Json }): void {
	if (!signature) return;
	const errors = checkCasePayload(signature, payload);
	if (errors.length > 0) throw caseTypeMismatch(errors);
}

function optionalName(value: unknown): string | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'string') throw badRequest('name must be a string');
	return value;
}

const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

export interface NewCase {
	inputs: unknown;
	expected_output?: Json;
	ground_truth?: Json;
	name?: string;
}

export function createCase(store: Store, bench: BenchRow, script: ScriptRow, signature: ScriptSignature | undefined, body: NewCase, now: string): CaseRow {
	if (body.inputs === undefined || body.inputs === null) throw caseTypeMismatch([{ path: 'inputs', message: 'missing required field (record)' }]);
	check(signature, { inputs: body.inputs, expected_output: body.expected_output });
	return store.insertCase({
		id: randomUUID(),
		bench_id: bench.id,
		project_id: script.project_id,
		script_name: script.name,
		kind: 'case',
		case_name: optionalName(body.name) ?? null,
		inputs: JSON.stringify(body.inputs),
		expected_output: json(body.expected_output),
		ground_truth: json(body.ground_truth),
		input_hash: inputHash(body.inputs),
		created_at: now,
	});
}

/** Sparse update: only the keys present in the body change. */
export function patchCase(store: Store, existing: CaseRow, signature: ScriptSignature | undefined, body: Record<string, unknown>): CaseRow {
	const name = optionalName(body.name);
	check(signature, { inputs: body.inputs, expected_output: body.expected_output as Json | undefined });
	const fields: Parameters<Store['updateCase']>[1] = {};
	if (body.inputs !== undefined) {
		fields.inputs = JSON.stringify(body.inputs);
		fields.input_hash = inputHash(body.inputs);
	}
	if (body.expected_output !== undefined) fields.expected_output = json(body.expected_output);
	if (body.ground_truth !== undefined) fields.ground_truth = json(body.ground_truth);
	if (name !== undefined) fields.case_name = name;
	return store.updateCase(existing.id, fields);
}

/** §11 #28: inputs ← source inputs, expected_output ← source result, ground_truth ← null, then the edits overlay. */
export function promotedCase(source: { inputs: JsonObject | null; result: Json }, body: Record<string, unknown>): NewCase {
	const edits = (body.edits ?? {}) as { inputs?: JsonObject; expected_output?: Json; ground_truth?: Json };
	if (typeof edits !== 'object' || Array.isArray(edits)) throw badRequest('edits must be an object');
	return {
		inputs: edits.inputs !== undefined ? edits.inputs : source.inputs,
		expected_output: edits.expected_output !== undefined ? edits.expected_output : source.result,
		ground_truth: edits.ground_truth !== undefined ? edits.ground_truth : null,
		name: optionalName(body.name),
	};
}
