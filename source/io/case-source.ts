// What the case editor starts from, per target: an existing case, an empty form for a new case, or an execution
// being promoted (its inputs, and its result as the expected output). The signature types the fields. Also sends
// the form by its mode.
import type { Client } from '../client/api.js';
import { describeError } from '../client/errors.js';
import type { BenchCase, ExecutionStatus, Json, JsonObject, ScriptSignature } from '../wire/types.js';
import { buildSaveRequest, type CaseForm, type CaseFormMode, type CaseSource, type FieldIssue, type SaveRequest } from '../state/case-form.js';
import { forgetBenchCases } from './bench-cases.js';

/** What the editor opens (the editor's routes carry exactly these). */
export type EditorTarget =
	| { kind: 'case'; caseId: string }
	| { kind: 'new-case'; projectId: number; script: string }
	| { kind: 'promote'; executionId: string; name?: string };

export interface EditorSource {
	mode: CaseFormMode;
	projectId: number;
	script: string;
	/** The case being edited, or the execution being promoted. */
	id?: string;
	signature: ScriptSignature;
	/** Why the fields are untyped, when the signature could not be read. */
	signatureNote?: string;
	values: CaseSource;
}

const EMPTY_SIGNATURE: ScriptSignature = { inputs: [], outputs: [], type_defs: {} };

async function signatureFor(client: Client, projectId: number, script: string): Promise<{ signature: ScriptSignature; note?: string }> {
	try {
		const signature = await client.benches.getSignature(projectId, script);
		return { signature: { inputs: signature.inputs ?? [], outputs: signature.outputs ?? [], type_defs: signature.type_defs ?? {} } };
	} catch (error) {
		return { signature: EMPTY_SIGNATURE, note: `signature unavailable (${describeError(error)}); inputs are edited as JSON` };
	}
}

const inputsOf = (row: { inputs?: JsonObject | null }): JsonObject | null => (row.inputs && typeof row.inputs === 'object' ? row.inputs : null);

/** A case as its form shows it: from GET /executions/{id} of a case (legacy rows carry `result`), or as saved. */
function caseValues(row: Pick<ExecutionStatus, 'case_name' | 'inputs' | 'expected_output' | 'ground_truth'> & { result?: Json }): CaseSource {
	return {
		name: row.case_name ?? null,
		inputs: inputsOf(row),
		expected_output: 'expected_output' in row ? row.expected_output : row.result,
		ground_truth: row.ground_truth ?? undefined,
	};
}

export async function loadEditorSource(client: Client, target: EditorTarget): Promise<EditorSource> {
	switch (target.kind) {
		case 'new-case': {
			const { signature, note } = await signatureFor(client, target.projectId, target.script);
			return { mode: 'create', projectId: target.projectId, script: target.script, signature, signatureNote: note, values: {} };
		}
		case 'case': {
			// GET /executions/{id}: a case row (legacy rows have kind null and still open).
			const row = await fetchRow(client, target.caseId, 'case');
			return { mode: 'edit', ...(await rowSource(client, row)), values: caseValues(row) };
		}
		case 'promote': {
			const row = await fetchRow(client, target.executionId, 'execution');
			return { mode: 'promote', ...(await rowSource(client, row)), values: { name: target.name ?? null, inputs: inputsOf(row), expected_output: row.result ?? undefined } };
		}
	}
}

async function fetchRow(client: Client, id: string, what: string): Promise<ExecutionStatus> {
	const row = await client.benchRuns.getCase(id);
	if (!row) throw new Error(`${what} ${id} not found`);
	return row;
}

/** Where an existing row (a case, or an execution being promoted) belongs, and its script's signature. */
async function rowSource(client: Client, row: ExecutionStatus): Promise<Omit<EditorSource, 'mode' | 'values'>> {
	const { signature, note } = await signatureFor(client, row.project_id, row.script_name);
	return { projectId: row.project_id, script: row.script_name, id: row.id, signature, signatureNote: note };
}

export type SaveOutcome =
	| { kind: 'invalid'; problems: FieldIssue[] }
	/** PATCH answered: the case as stored now (the form's new baseline). */
	| { kind: 'saved'; stored: CaseSource; changedKeys: string[] }
	/** create or promote answered: the new case. */
	| { kind: 'created'; created: BenchCase };

/**
 * Sends the form by its mode: a sparse PATCH, a create, or a promote with the changed fields as edits. A saved form
 * drops the session's cached case list of the bench, so the feed, inspector and compare views read the change.
 */
export async function saveForm(client: Client, source: EditorSource, form: CaseForm): Promise<SaveOutcome> {
	const built = buildSaveRequest(form);
	if (!built.ok) return { kind: 'invalid', problems: built.problems };
	const outcome = await send(client, source, built.body, built.changedKeys);
	forgetBenchCases(client, source.projectId, source.script);
	return outcome;
}

async function send(client: Client, source: EditorSource, request: SaveRequest, changedKeys: string[]): Promise<SaveOutcome> {
	switch (request.mode) {
		case 'edit':
			return { kind: 'saved', stored: caseValues(await client.benchRuns.patchCase(source.id!, request.body)), changedKeys };
		case 'create':
			return { kind: 'created', created: await client.benches.createCase(source.projectId, source.script, request.body) };
		case 'promote':
			return { kind: 'created', created: await client.benchRuns.promoteExecution(source.id!, request.body) };
	}
}
