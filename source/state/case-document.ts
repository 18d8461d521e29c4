// The whole case as one JSON document (`{name, inputs, expected_output?, ground_truth?}`), for editing in $EDITOR,
// and loading an edited document back into the form's fields.
import type { JsonObject } from '../wire/types.js';
import {
	collect,
	EXPECTED_FIELD,
	formProblems,
	GROUND_TRUTH_FIELD,
	setFieldText,
	sourceValue,
	undeclaredInputField,
	type CaseForm,
	type CaseSource,
	type FieldIssue,
} from './case-form.js';
import { describeJsonProblem, parseJsonText, type JsonProblem } from './json-text.js';
import { formatFieldValue } from './type-ref.js';

/** The whole case as pretty JSON: `{name, inputs, expected_output?, ground_truth?}`. Fails while a field is invalid. */
export function caseDocument(form: CaseForm): { ok: true; text: string } | { ok: false; problems: FieldIssue[] } {
	const problems = formProblems(form);
	if (problems.length > 0) return { ok: false, problems };
	const values = collect(form);
	const doc: JsonObject = { name: values.name ?? '', inputs: values.inputs };
	if (values.expected_output !== undefined) doc.expected_output = values.expected_output;
	if (values.ground_truth !== undefined) doc.ground_truth = values.ground_truth;
	return { ok: true, text: `${JSON.stringify(doc, null, 2)}\n` };
}

export type DocumentApply = { ok: true; form: CaseForm } | { ok: false; message: string; json?: JsonProblem };

const DOCUMENT_KEYS = new Set(['name', 'inputs', EXPECTED_FIELD, GROUND_TRUTH_FIELD]);

/** Loads an edited case document back into the fields. Inputs the form lacks become undeclared JSON fields. */
export function applyCaseDocument(form: CaseForm, text: string): DocumentApply {
	const parsed = parseJsonText(text);
	if (!parsed.ok) return { ok: false, message: `invalid JSON, ${describeJsonProblem(parsed.problem)}`, json: parsed.problem };
	const doc = parsed.value;
	if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { ok: false, message: 'the case must be a JSON object' };
	const unknown = Object.keys(doc).filter((key) => !DOCUMENT_KEYS.has(key));
	if (unknown.length > 0) return { ok: false, message: `unknown key ${unknown.map((k) => JSON.stringify(k)).join(', ')} (expected name, inputs, expected_output, ground_truth)` };
	const inputs = doc.inputs ?? {};
	if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) return { ok: false, message: '"inputs" must be an object' };
	if (doc.name !== undefined && doc.name !== null && typeof doc.name !== 'string') return { ok: false, message: '"name" must be a string' };

	const known = new Set(form.fields.map((field) => field.inputKey).filter((key) => key !== undefined));
	const extra = Object.keys(inputs)
		.filter((key) => !known.has(key))
		.map((key) => undeclaredInputField(key, undefined));
	const lastInput = form.fields.findLastIndex((field) => field.group === 'input');
	const fields = [...form.fields.slice(0, lastInput + 1), ...extra, ...form.fields.slice(lastInput + 1)];
	const source: CaseSource = { name: doc.name, inputs, expected_output: doc.expected_output, ground_truth: doc.ground_truth };
	let next: CaseForm = { ...form, fields };
	for (const field of fields) {
		const text = formatFieldValue(field.kind, sourceValue(field, source));
		if (text !== field.text) next = setFieldText(next, field.id, text);
	}
	return { ok: true, form: next };
}
