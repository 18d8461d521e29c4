import { describe, expect, it } from 'vitest';
import type { ScriptSignature } from '../../source/wire/types.js';
import { contractBreaks, contractErrorMessage } from '../../source/server/contract.js';
import { canonicalJson, inputHash } from '../../source/server/hashing.js';
import { checkCasePayload, checkValue, type FieldError } from '../../source/server/typecheck.js';

const signature: ScriptSignature = {
	inputs: [
		{ path: 'items', ty: { name: 'list', inner: { name: 'Item' } }, required: true, annotations: [] },
		{ path: 'note', ty: { name: 'optional', inner: { name: 'str' } }, required: false, annotations: [] },
	],
	outputs: [{ path: 'label', ty: { name: 'choice', choices: ['a', 'b'] }, required: true, annotations: [] }],
	type_defs: { Item: [{ name: 'sku', ty: { name: 'str' } }, { name: 'qty', ty: { name: 'int' } }, { name: 'tags', ty: { name: 'optional', inner: { name: 'list', inner: { name: 'str' } } } }] },
};

describe('checkCasePayload', () => {
	it('accepts a well-typed payload (optional fields may be absent or null)', () => {
		expect(checkCasePayload(signature, { inputs: { items: [{ sku: 'x', qty: 1 }, { sku: 'y', qty: 2, tags: null }], note: null }, expected_output: { label: 'a' } })).toEqual([]);
		expect(checkCasePayload(signature, { inputs: { items: [] }, expected_output: null })).toEqual([]);
	});

	it('reports every mismatch with a dotted/bracketed path', () => {
		expect(
			checkCasePayload(signature, {
				inputs: { items: [{ sku: 'x', qty: 1 }, { sku: 2, qty: 1.5, tags: ['ok', 3], extra: true }], stray: 1 },
				expected_output: { label: 'c' },
			}),
		).toEqual([
			{ path: 'inputs.items[1].sku', message: 'expected str, got int' },
			{ path: 'inputs.items[1].qty', message: 'expected int, got float' },
			{ path: 'inputs.items[1].tags[1]', message: 'expected str, got int' },
			{ path: 'inputs.items[1].extra', message: 'unknown field' },
			{ path: 'inputs.stray', message: 'unknown field' },
			{ path: 'expected_output.label', message: 'expected choice["a", "b"], got str' },
		]);
		expect(checkCasePayload(signature, { inputs: [], expected_output: 'x' })).toEqual([
			{ path: 'inputs', message: 'expected record, got list' },
			{ path: 'expected_output', message: 'expected record, got str' },
		]);
		expect(checkCasePayload(signature, { inputs: {} })).toEqual([{ path: 'inputs.items', message: 'missing required field (list[Item])' }]);
	});

	it('checks scalars exactly (an int is a float, not the other way round)', () => {
		const errors: FieldError[] = [];
		checkValue(3, { name: 'float' }, {}, 'f', errors);
		checkValue(true, { name: 'bool' }, {}, 'b', errors);
		checkValue({ any: 'thing' }, { name: 'any' }, {}, 'a', errors);
		expect(errors).toEqual([]);
		checkValue(3.5, { name: 'int' }, {}, 'i', errors);
		checkValue('true', { name: 'bool' }, {}, 'b', errors);
		expect(errors.map((e) => e.path)).toEqual(['i', 'b']);
	});
});

describe('judge contract', () => {
	const workflow: ScriptSignature = { inputs: [], outputs: [{ path: 'score', ty: { name: 'int' }, required: true, annotations: [] }], type_defs: {} };
	const judge = (inputs: Array<[string, string, boolean?]>): ScriptSignature => ({
		inputs: inputs.map(([path, name, required = true]) => ({ path, ty: { name }, required, annotations: [] })),
		outputs: [],
		type_defs: {},
	});

	it('lists removed and incompatible fields; int feeds float; optional missing fields are fine', () => {
		expect(contractBreaks(workflow, judge([['actual.score', 'float'], ['expected.score', 'int'], ['rubric', 'str']]))).toEqual([]);
		expect(contractBreaks(workflow, judge([['actual.score', 'str'], ['actual.label', 'str'], ['actual.extra', 'str', false]]))).toEqual([
			'outputs.score (int) vs actual.score (str)',
			'outputs.label removed',
		]);
	});

	it('formats the 400 message the SDKs parse, under 500 characters', () => {
		expect(contractErrorMessage(['a', 'b'])).toBe('Judge contract mismatch: 2 field(s) incompatible: a; b');
		const long = contractErrorMessage(Array.from({ length: 40 }, (_, i) => `outputs.field_${i} removed`));
		expect(long.length).toBeLessThan(500);
		expect(long).toMatch(/^Judge contract mismatch: 40 field\(s\) incompatible: outputs\.field_0 removed; .*…and \d+ more$/);
	});
});

describe('input_hash', () => {
	it('is the SHA-256 of canonical JSON (key order does not matter)', () => {
		expect(canonicalJson({ b: [1, { d: 2, c: 3 }], a: 'x' })).toBe('{"a":"x","b":[1,{"c":3,"d":2}]}');
		expect(inputHash({ b: 1, a: 2 })).toBe(inputHash({ a: 2, b: 1 }));
		expect(inputHash({ a: 1 })).toBe('015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862');
	});
});
