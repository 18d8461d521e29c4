// The case editor's model: one field per declared input (typed by the signature) plus name, expected_output and
// ground_truth; per-field validation, dirty tracking, and the request bodies built from what changed.
// Immutable: every update returns a new form, so React state can hold it directly.
import type {
	CreateCaseRequest,
	FieldError,
	Json,
	JsonObject,
	PatchCaseRequest,
	PromoteCaseEdits,
	PromoteExecutionRequest,
	ScriptSignature,
	SignatureField,
} from '../wire/types.js';
import { lineOfPath } from './json-path-line.js';
import type { JsonProblem } from './json-text.js';
import {
	describeType,
	fieldKindOf,
	formatFieldValue,
	parseFieldValue,
	unwrapOptional,
	valueFitsKind,
	type FieldKind,
	type FieldParse,
} from './type-ref.js';

/** `edit` saves with PATCH /cases/{id}, `create` with POST …/bench/cases, `promote` with promote-to-case edits. */
export type CaseFormMode = 'edit' | 'create' | 'promote';

export type FieldGroup = 'name' | 'input' | 'expected_output' | 'ground_truth';

export interface FormField {
	/** `name`, `inputs.<key>`, `expected_output` or `ground_truth`. */
	id: string;
	group: FieldGroup;
	/** The input's key in the `inputs` bag (group `input` only). */
	inputKey?: string;
	label: string;
	kind: FieldKind;
	choices?: readonly string[];
	/** The declared type, spelled for people (`list[Item]`), or a note for undeclared inputs. */
	typeLabel: string;
	required: boolean;
	/** False for inputs the case carries but the signature no longer declares (kept, never dropped). */
	declared: boolean;
	initialValue: Json | undefined;
	initialText: string;
	text: string;
	/** Messages from the server's case_type_mismatch for this field; cleared when the field is edited. */
	serverErrors: string[];
	/** Lines (1-based) of the field's JSON text those messages point at, where they can be located. */
	serverErrorLines: number[];
}

export interface CaseForm {
	mode: CaseFormMode;
	fields: FormField[];
	/** Server field errors whose path names no field, and other whole-form messages. */
	generalErrors: string[];
}

/** The values a form starts from (a case row, an execution to promote, or nothing for a new case). */
export interface CaseSource {
	name?: string | null;
	inputs?: JsonObject | null;
	expected_output?: Json;
	ground_truth?: Json;
}

export const NAME_FIELD = 'name';
export const EXPECTED_FIELD = 'expected_output';
export const GROUND_TRUTH_FIELD = 'ground_truth';
export const inputFieldId = (key: string) => `inputs.${key}`;

function signatureKey(field: SignatureField, prefix: string): string {
	return field.path.startsWith(`${prefix}.`) ? field.path.slice(prefix.length + 1) : field.path;
}

function makeField(
	base: Omit<FormField, 'initialText' | 'text' | 'serverErrors' | 'serverErrorLines' | 'kind'> & { kind: FieldKind },
): FormField {
	// A stored value the typed field cannot show faithfully (drifted case) is edited as JSON instead.
	const kind = valueFitsKind(base.kind, base.initialValue, base.choices) ? base.kind : 'json';
	const initialText = formatFieldValue(kind, base.initialValue);
	return { ...base, kind, initialText, text: initialText, serverErrors: [], serverErrorLines: [] };
}

/** A field for an input the signature does not declare (a drifted or hand-written case): kept, edited as JSON. */
export function undeclaredInputField(key: string, value: Json | undefined): FormField {
	return makeField({
		id: inputFieldId(key),
		group: 'input',
		inputKey: key,
		label: key,
		kind: 'json',
		typeLabel: 'not in the signature',
		required: false,
		declared: false,
		initialValue: value,
	});
}

function describeOutputs(signature: ScriptSignature): string {
	if (signature.outputs.length === 0) return 'JSON';
	const parts = signature.outputs.map((o) => `${signatureKey(o, 'outputs')}: ${describeType(o.ty, signature.type_defs)}`);
	return `{${parts.join(', ')}}`;
}

export function createCaseForm(mode: CaseFormMode, signature: ScriptSignature, source: CaseSource = {}): CaseForm {
	const inputs = source.inputs ?? {};
	const fields: FormField[] = [
		makeField({
			id: NAME_FIELD,
			group: 'name',
			label: 'name',
			kind: 'text',
			typeLabel: 'case label',
			required: false,
			declared: true,
			initialValue: source.name ?? undefined,
		}),
	];
	const declaredKeys = new Set<string>();
	for (const input of signature.inputs) {
		const key = signatureKey(input, 'inputs');
		declaredKeys.add(key);
		const { ty, optional } = unwrapOptional(input.ty);
		fields.push(
			makeField({
				id: inputFieldId(key),
				group: 'input',
				inputKey: key,
				label: key,
				kind: fieldKindOf(input.ty),
				choices: ty.choices ?? undefined,
				typeLabel: describeType(input.ty, signature.type_defs),
				required: input.required && !optional,
				declared: true,
				initialValue: inputs[key],
			}),
		);
	}
	for (const [key, value] of Object.entries(inputs)) {
		if (!declaredKeys.has(key)) fields.push(undeclaredInputField(key, value));
	}
	fields.push(
		makeField({
			id: EXPECTED_FIELD,
			group: 'expected_output',
			label: 'expected_output',
			kind: 'json',
			typeLabel: describeOutputs(signature),
			required: false,
			declared: true,
			initialValue: source.expected_output,
		}),
		makeField({
			id: GROUND_TRUTH_FIELD,
			group: 'ground_truth',
			label: 'ground_truth',
			kind: 'json',
			typeLabel: 'free JSON',
			required: false,
			declared: true,
			initialValue: source.ground_truth,
		}),
	);
	return { mode, fields, generalErrors: [] };
}

/** The value `source` holds for `field` (a stored case for `rebase`, an edited whole-case document for its loader). */
export function sourceValue(field: FormField, source: CaseSource): Json | undefined {
	switch (field.group) {
		case 'name':
			return source.name ?? undefined;
		case 'input':
			return source.inputs?.[field.inputKey ?? ''];
		case 'expected_output':
			return source.expected_output;
		case 'ground_truth':
			return source.ground_truth;
	}
}

export function getField(form: CaseForm, id: string): FormField | undefined {
	return form.fields.find((field) => field.id === id);
}

export function setFieldText(form: CaseForm, id: string, text: string): CaseForm {
	return {
		...form,
		fields: form.fields.map((field) => (field.id === id ? { ...field, text, serverErrors: [], serverErrorLines: [] } : field)),
	};
}

/** The field's value; an untouched field keeps its stored value exactly (even one its kind would not parse). */
export function fieldValue(field: FormField): FieldParse {
	if (field.text === field.initialText && field.initialValue !== undefined) return { ok: true, value: field.initialValue };
	return parseFieldValue(field, field.text);
}

/** The local validation problem of a field (invalid JSON carries line and column), if any. */
export function fieldProblem(field: FormField): { message: string; json?: JsonProblem } | undefined {
	const parsed = fieldValue(field);
	return parsed.ok ? undefined : parsed;
}

export const isFieldDirty = (field: FormField) => field.text !== field.initialText;
export const isFormDirty = (form: CaseForm) => form.fields.some(isFieldDirty);

export interface FieldIssue {
	id: string;
	label: string;
	message: string;
}

export function formProblems(form: CaseForm): FieldIssue[] {
	return form.fields.flatMap((field) => {
		const problem = fieldProblem(field);
		return problem ? [{ id: field.id, label: field.label, message: problem.message }] : [];
	});
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` compare equal. */
function canonical(value: Json | undefined): string {
	if (value === undefined) return 'undefined';
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v,
	);
}

const sameValue = (a: Json | undefined, b: Json | undefined) => canonical(a) === canonical(b);

export interface FormValues {
	name: string | undefined;
	inputs: JsonObject;
	initialInputs: JsonObject;
	expected_output: Json | undefined;
	ground_truth: Json | undefined;
}

function valueOf(field: FormField): Json | undefined {
	const parsed = fieldValue(field);
	if (!parsed.ok) throw new Error(`${field.label}: ${parsed.message}`);
	return parsed.value;
}

/** Every field's value (throws on an invalid field: check formProblems first). */
export function collect(form: CaseForm): FormValues {
	const inputs: JsonObject = {};
	const initialInputs: JsonObject = {};
	let name: string | undefined;
	let expected: Json | undefined;
	let groundTruth: Json | undefined;
	for (const field of form.fields) {
		const value = valueOf(field);
		if (field.group === 'input' && field.inputKey !== undefined) {
			if (value !== undefined) inputs[field.inputKey] = value;
			if (field.initialValue !== undefined) initialInputs[field.inputKey] = field.initialValue;
		} else if (field.group === 'name') name = typeof value === 'string' ? value.trim() : undefined;
		else if (field.group === 'expected_output') expected = value;
		else groundTruth = value;
	}
	return { name, inputs, initialInputs, expected_output: expected, ground_truth: groundTruth };
}

function initialOf(form: CaseForm, id: string): Json | undefined {
	return getField(form, id)?.initialValue;
}

export type BuildResult<T> = { ok: true; body: T; changedKeys: string[] } | { ok: false; problems: FieldIssue[] };

/** The top-level keys whose value changed, with their new values (a cleared JSON field becomes `null`). */
function changes(form: CaseForm): { values: FormValues; changed: Partial<Record<'name' | 'inputs' | 'expected_output' | 'ground_truth', Json>> } {
	const values = collect(form);
	const changed: Partial<Record<'name' | 'inputs' | 'expected_output' | 'ground_truth', Json>> = {};
	const nameField = getField(form, NAME_FIELD);
	const initialName = typeof nameField?.initialValue === 'string' ? nameField.initialValue : '';
	if (nameField && isFieldDirty(nameField) && (values.name ?? '') !== initialName) changed.name = values.name ?? '';
	if (!sameValue(values.inputs, values.initialInputs)) changed.inputs = values.inputs;
	// An emptied JSON field is sent as an explicit null (the API clears it); an untouched one stays absent.
	if (!sameValue(values.expected_output ?? null, initialOf(form, EXPECTED_FIELD) ?? null)) changed.expected_output = values.expected_output ?? null;
	if (!sameValue(values.ground_truth ?? null, initialOf(form, GROUND_TRUTH_FIELD) ?? null)) changed.ground_truth = values.ground_truth ?? null;
	return { values, changed };
}

function guarded<T>(form: CaseForm, build: () => { body: T; changedKeys: string[] }): BuildResult<T> {
	const problems = formProblems(form);
	if (problems.length > 0) return { ok: false, problems };
	return { ok: true, ...build() };
}

/** PATCH /cases/{id}: only the keys that changed (`inputs` is sent whole when any input changed). */
export function buildPatch(form: CaseForm): BuildResult<PatchCaseRequest> {
	return guarded(form, () => {
		const { changed } = changes(form);
		return { body: changed as PatchCaseRequest, changedKeys: Object.keys(changed) };
	});
}

/** POST …/bench/cases: every present value; empty optional fields are omitted. */
export function buildCreateRequest(form: CaseForm): BuildResult<CreateCaseRequest> {
	return guarded(form, () => {
		const values = collect(form);
		const body: CreateCaseRequest = { inputs: values.inputs };
		if (values.expected_output !== undefined) body.expected_output = values.expected_output;
		if (values.ground_truth !== undefined) body.ground_truth = values.ground_truth;
		if (values.name) body.name = values.name;
		return { body, changedKeys: Object.keys(body) };
	});
}

/** promote-to-case: the changed fields become the `edits` overlay on the source execution's values. */
export function buildPromoteRequest(form: CaseForm): BuildResult<PromoteExecutionRequest> {
	return guarded(form, () => {
		const { values, changed } = changes(form);
		const edits: PromoteCaseEdits = {};
		if ('inputs' in changed) edits.inputs = values.inputs;
		if ('expected_output' in changed) edits.expected_output = changed.expected_output;
		if ('ground_truth' in changed) edits.ground_truth = changed.ground_truth;
		const body: PromoteExecutionRequest = { edits };
		if (values.name) body.name = values.name;
		return { body, changedKeys: [...(values.name ? ['name'] : []), ...Object.keys(edits).map((k) => `edits.${k}`)] };
	});
}

/** What saving the form sends, by its mode. */
export type SaveRequest =
	| { mode: 'edit'; body: PatchCaseRequest }
	| { mode: 'create'; body: CreateCaseRequest }
	| { mode: 'promote'; body: PromoteExecutionRequest };

export function buildSaveRequest(form: CaseForm): BuildResult<SaveRequest> {
	const built = form.mode === 'edit' ? buildPatch(form) : form.mode === 'create' ? buildCreateRequest(form) : buildPromoteRequest(form);
	return built.ok ? { ...built, body: { mode: form.mode, body: built.body } as SaveRequest } : built;
}

export interface FieldChange {
	id: string;
	/** Where the change is: `name`, `inputs.<key>`, `expected_output`, `ground_truth`. */
	label: string;
	/** Pretty JSON of the old and new value; `undefined` when absent. */
	before: string | undefined;
	after: string | undefined;
}

const pretty = (value: Json | undefined) => (value === undefined ? undefined : JSON.stringify(value, null, 2));

/** Field by field, what saving would change (for the review before sending). Invalid fields are skipped. */
export function diffForm(form: CaseForm): FieldChange[] {
	return form.fields.flatMap((field) => {
		const parsed = fieldValue(field);
		if (!parsed.ok || !isFieldDirty(field)) return [];
		let after = parsed.value;
		let before = field.initialValue;
		if (field.group === 'name') {
			after = typeof after === 'string' ? after.trim() || undefined : after;
			before = before || undefined;
		}
		const nullable = field.group === 'expected_output' || field.group === 'ground_truth';
		// An emptied JSON field is saved as null, and the review says so: `→ null`.
		if (nullable) [before, after] = [before ?? null, after ?? null];
		if (sameValue(before, after)) return [];
		return [{ id: field.id, label: field.id, before: pretty(before), after: pretty(after) }];
	});
}

const cleanPath = (path: string) => path.replace(/^\$\.?/, '');

/** The field a server error path names: `inputs.items[2].qty` → `inputs.items`, `expected_output.label` → expected_output. */
export function fieldIdForPath(form: CaseForm, path: string): string | undefined {
	const clean = cleanPath(path);
	const head = (text: string) => text.split(/[.[]/, 1)[0];
	const first = head(clean);
	if (first === 'name' || first === 'case_name') return NAME_FIELD;
	if (first === EXPECTED_FIELD) return EXPECTED_FIELD;
	if (first === GROUND_TRUTH_FIELD) return GROUND_TRUTH_FIELD;
	const inputKey = first === 'inputs' ? head(clean.slice('inputs.'.length)) : first;
	if (first === 'inputs' && !clean.startsWith('inputs.')) return undefined;
	const id = inputFieldId(inputKey);
	return getField(form, id) ? id : undefined;
}

/** Puts each case_type_mismatch message next to the field its path names; unmatched paths go to the top. */
export function applyServerErrors(form: CaseForm, fieldErrors: readonly FieldError[]): CaseForm {
	const byField = new Map<string, FieldError[]>();
	const general: string[] = [];
	for (const error of fieldErrors) {
		const id = fieldIdForPath(form, error.path);
		if (id) byField.set(id, [...(byField.get(id) ?? []), error]);
		else general.push(`${error.path}: ${error.message}`);
	}
	return {
		...form,
		generalErrors: general,
		fields: form.fields.map((field) => {
			const errors = byField.get(field.id) ?? [];
			const lines = field.kind === 'json' ? errors.map((e) => lineOfPath(field.text, pathInsideField(field, e.path))) : [];
			return {
				...field,
				serverErrors: errors.map((e) => `${e.path}: ${e.message}`),
				serverErrorLines: lines.filter((line): line is number => line !== undefined),
			};
		}),
	};
}

/** The rest of an error path below its field: `inputs.items[2].qty` in `inputs.items` → `[2].qty`. */
function pathInsideField(field: FormField, path: string): string {
	const clean = cleanPath(path);
	const prefixes = field.group === 'input' ? [`inputs.${field.inputKey}`, `${field.inputKey}`] : [field.id];
	const prefix = prefixes.find((p) => clean === p || clean.startsWith(`${p}.`) || clean.startsWith(`${p}[`));
	return prefix === undefined ? '\u0000' : clean.slice(prefix.length);
}

export function setGeneralErrors(form: CaseForm, messages: string[]): CaseForm {
	return { ...form, generalErrors: messages };
}

/** After a successful save: the saved state becomes the new baseline (nothing dirty). */
export function rebase(form: CaseForm, source: CaseSource): CaseForm {
	return {
		...form,
		generalErrors: [],
		fields: form.fields.map((field) => {
			const value = sourceValue(field, source);
			const text = formatFieldValue(field.kind, value);
			return { ...field, initialValue: value, initialText: text, text, serverErrors: [], serverErrorLines: [] };
		}),
	};
}
