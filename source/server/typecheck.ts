// Type-checks case payloads against a script signature (§2.2a): every write path (create, patch, promote) and drift use it.
import type { Json, ScriptSignature, SignatureField, TypeField, TypeRef } from '../wire/types.js';

export interface FieldError {
	path: string;
	message: string;
}

type TypeDefs = Record<string, TypeField[]>;

export function typeLabel(ty: TypeRef): string {
	if (ty.name === 'list' || ty.name === 'optional') return `${ty.name}[${ty.inner ? typeLabel(ty.inner) : 'any'}]`;
	if (ty.name === 'choice') return `choice[${(ty.choices ?? []).map((c) => JSON.stringify(c)).join(', ')}]`;
	return ty.name;
}

function valueKind(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'list';
	if (typeof value === 'string') return 'str';
	if (typeof value === 'boolean') return 'bool';
	if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
	return 'record';
}

function mismatch(path: string, ty: TypeRef, value: unknown): FieldError {
	return { path, message: `expected ${typeLabel(ty)}, got ${valueKind(value)}` };
}

export function checkValue(value: unknown, ty: TypeRef, defs: TypeDefs, path: string, errors: FieldError[]): void {
	switch (ty.name) {
		case 'any':
			return;
		case 'str':
			if (typeof value !== 'string') errors.push(mismatch(path, ty, value));
			return;
		case 'int':
			if (typeof value !== 'number' || !Number.isInteger(value)) errors.push(mismatch(path, ty, value));
			return;
		case 'float':
			if (typeof value !== 'number') errors.push(mismatch(path, ty, value));
			return;
		case 'bool':
			if (typeof value !== 'boolean') errors.push(mismatch(path, ty, value));
			return;
		case 'choice':
			if (typeof value !== 'string' || !(ty.choices ?? []).includes(value)) errors.push(mismatch(path, ty, value));
			return;
		case 'optional':
			if (value !== null && ty.inner) checkValue(value, ty.inner, defs, path, errors);
			return;
		case 'list':
			if (!Array.isArray(value)) {
				errors.push(mismatch(path, ty, value));
				return;
			}
			if (ty.inner) value.forEach((item, index) => checkValue(item, ty.inner!, defs, `${path}[${index}]`, errors));
			return;
		default: {
			const fields = defs[ty.name];
			if (!fields) return; // an undeclared named type is opaque
			if (valueKind(value) !== 'record') {
				errors.push(mismatch(path, ty, value));
				return;
			}
			checkRecord(value as Record<string, unknown>, fields.map((f) => ({ name: f.name, ty: f.ty, required: f.ty.name !== 'optional' })), defs, path, errors);
		}
	}
}

function checkRecord(
	value: Record<string, unknown>,
	fields: Array<{ name: string; ty: TypeRef; required: boolean }>,
	defs: TypeDefs,
	path: string,
	errors: FieldError[],
): void {
	const known = new Set(fields.map((f) => f.name));
	for (const field of fields) {
		const fieldPath = path ? `${path}.${field.name}` : field.name;
		if (value[field.name] === undefined) {
			if (field.required) errors.push({ path: fieldPath, message: `missing required field (${typeLabel(field.ty)})` });
			continue;
		}
		checkValue(value[field.name], field.ty, defs, fieldPath, errors);
	}
	for (const key of Object.keys(value)) {
		if (!known.has(key)) errors.push({ path: path ? `${path}.${key}` : key, message: 'unknown field' });
	}
}

function fieldsOf(signatureFields: SignatureField[]): Array<{ name: string; ty: TypeRef; required: boolean }> {
	return signatureFields.map((f) => ({ name: f.path, ty: f.ty, required: f.required }));
}

/** Checks `inputs` (when given) and `expected_output` (when given and not null) against the signature. */
export function checkCasePayload(signature: ScriptSignature, payload: { inputs?: unknown; expected_output?: Json }): FieldError[] {
	const errors: FieldError[] = [];
	if (payload.inputs !== undefined) {
		if (valueKind(payload.inputs) !== 'record') errors.push({ path: 'inputs', message: `expected record, got ${valueKind(payload.inputs)}` });
		else checkRecord(payload.inputs as Record<string, unknown>, fieldsOf(signature.inputs), signature.type_defs, 'inputs', errors);
	}
	if (payload.expected_output !== undefined && payload.expected_output !== null) {
		if (valueKind(payload.expected_output) !== 'record') {
			errors.push({ path: 'expected_output', message: `expected record, got ${valueKind(payload.expected_output)}` });
		} else {
			checkRecord(payload.expected_output as Record<string, unknown>, fieldsOf(signature.outputs), signature.type_defs, 'expected_output', errors);
		}
	}
	return errors;
}
