// A signature's TypeRef → the kind of form field that edits it, and the parsing/validation of that field's text.
// Scalars get typed single-line fields; records (type_defs), lists, maps, unions and unknown types are edited as JSON.
import type { Json, TypeField, TypeRef } from '../wire/types.js';
import { describeJsonProblem, parseJsonText, type JsonProblem } from './json-text.js';

export type FieldKind = 'text' | 'integer' | 'number' | 'boolean' | 'choice' | 'json';

export type TypeDefs = Record<string, TypeField[]>;

const TEXT = new Set(['str', 'string', 'text']);
const INTEGER = new Set(['int', 'integer', 'i32', 'i64', 'u32', 'u64']);
const NUMBER = new Set(['float', 'number', 'f32', 'f64', 'decimal']);
const BOOLEAN = new Set(['bool', 'boolean']);
const OPTIONAL = new Set(['optional', 'option', 'nullable']);

/** The type with optional wrappers removed, and whether one was present. */
export function unwrapOptional(ty: TypeRef): { ty: TypeRef; optional: boolean } {
	let current = ty;
	let optional = false;
	while (OPTIONAL.has(current.name.toLowerCase()) && current.inner) {
		current = current.inner;
		optional = true;
	}
	return { ty: current, optional };
}

export function fieldKindOf(ty: TypeRef): FieldKind {
	const inner = unwrapOptional(ty).ty;
	const name = inner.name.toLowerCase();
	const { choices } = inner;
	if (TEXT.has(name)) return 'text';
	if (INTEGER.has(name)) return 'integer';
	if (NUMBER.has(name)) return 'number';
	if (BOOLEAN.has(name)) return 'boolean';
	if (name === 'choice' && choices && choices.length > 0) return 'choice';
	return 'json';
}

/** A short human spelling: `str`, `list[Item]`, `optional[int]`, `"a"|"b"`, `Item{sku, qty}`. */
export function describeType(ty: TypeRef, typeDefs: TypeDefs = {}): string {
	if (ty.name === 'choice' && ty.choices?.length) return ty.choices.map((c) => JSON.stringify(c)).join('|');
	if (ty.name === 'variant_union' && ty.variants?.length) return ty.variants.map((v) => describeType(v, typeDefs)).join(' | ');
	if (ty.inner) return `${ty.name}[${describeType(ty.inner, typeDefs)}]`;
	const record = typeDefs[ty.name];
	if (record) return `${ty.name}{${record.map((field) => field.name).join(', ')}}`;
	return ty.name;
}

/** Whether `value` is something a field of `kind` can show as text without losing information. */
export function valueFitsKind(kind: FieldKind, value: Json | undefined, choices: readonly string[] = []): boolean {
	if (value === undefined || value === null) return true;
	switch (kind) {
		case 'text':
			return typeof value === 'string';
		case 'choice':
			return typeof value === 'string' && choices.includes(value);
		case 'integer':
			return typeof value === 'number' && Number.isInteger(value);
		case 'number':
			return typeof value === 'number';
		case 'boolean':
			return typeof value === 'boolean';
		case 'json':
			return true;
	}
}

/** The text a field shows for a value; `undefined` and `null` show as empty for scalar kinds. */
export function formatFieldValue(kind: FieldKind, value: Json | undefined): string {
	if (value === undefined) return '';
	if (kind === 'json') return JSON.stringify(value, null, 2);
	if (value === null) return '';
	return typeof value === 'string' ? value : JSON.stringify(value);
}

export interface FieldSpec {
	kind: FieldKind;
	required: boolean;
	choices?: readonly string[];
}

export type FieldParse =
	| { ok: true; value: Json | undefined }
	| { ok: false; message: string; json?: JsonProblem };

/** Parses a field's text into its value. Empty text means "absent" (`undefined`), which a required field refuses. */
export function parseFieldValue(spec: FieldSpec, text: string): FieldParse {
	const trimmed = text.trim();
	if (trimmed === '') return spec.required ? { ok: false, message: 'required' } : { ok: true, value: undefined };
	switch (spec.kind) {
		case 'text':
			return { ok: true, value: text };
		case 'choice':
			return spec.choices?.includes(trimmed)
				? { ok: true, value: trimmed }
				: { ok: false, message: `expected one of ${(spec.choices ?? []).join(', ')}` };
		case 'integer': {
			if (!/^-?\d+$/.test(trimmed)) return { ok: false, message: 'expected an integer' };
			const value = Number(trimmed);
			return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false, message: 'integer out of range' };
		}
		case 'number': {
			if (!/^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(trimmed)) return { ok: false, message: 'expected a number' };
			const value = Number(trimmed);
			return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: 'number out of range' };
		}
		case 'boolean':
			if (trimmed === 'true') return { ok: true, value: true };
			if (trimmed === 'false') return { ok: true, value: false };
			return { ok: false, message: 'expected true or false' };
		case 'json': {
			const parsed = parseJsonText(text);
			if (parsed.ok) return { ok: true, value: parsed.value };
			return { ok: false, message: `invalid JSON, ${describeJsonProblem(parsed.problem)}`, json: parsed.problem };
		}
	}
}
