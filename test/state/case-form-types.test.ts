import { describe, expect, it } from 'vitest';
import { describeType, fieldKindOf, formatFieldValue, parseFieldValue, valueFitsKind } from '../../source/state/type-ref.js';

describe('fieldKindOf', () => {
	it.each([
		[{ name: 'str' }, 'text'],
		[{ name: 'int' }, 'integer'],
		[{ name: 'float' }, 'number'],
		[{ name: 'bool' }, 'boolean'],
		[{ name: 'choice', choices: ['low', 'high'] }, 'choice'],
		[{ name: 'optional', inner: { name: 'int' } }, 'integer'],
		[{ name: 'list', inner: { name: 'Item' } }, 'json'],
		[{ name: 'Item' }, 'json'],
		[{ name: 'variant_union', variants: [{ name: 'A' }, { name: 'B' }] }, 'json'],
		[{ name: 'something_new' }, 'json'],
	])('%j → %s', (ty, kind) => {
		expect(fieldKindOf(ty)).toBe(kind);
	});
});

describe('describeType', () => {
	it('spells nested and record types', () => {
		const defs = { Item: [{ name: 'sku', ty: { name: 'str' } }, { name: 'qty', ty: { name: 'int' } }] };
		expect(describeType({ name: 'list', inner: { name: 'Item' } }, defs)).toBe('list[Item{sku, qty}]');
		expect(describeType({ name: 'choice', choices: ['a', 'b'] })).toBe('"a"|"b"');
		expect(describeType({ name: 'optional', inner: { name: 'str' } })).toBe('optional[str]');
	});
});

describe('parseFieldValue', () => {
	it('validates numbers and booleans as such', () => {
		expect(parseFieldValue({ kind: 'integer', required: true }, ' 42 ')).toEqual({ ok: true, value: 42 });
		expect(parseFieldValue({ kind: 'integer', required: true }, '4.2')).toMatchObject({ ok: false, message: 'expected an integer' });
		expect(parseFieldValue({ kind: 'integer', required: true }, '99999999999999999999')).toMatchObject({ ok: false });
		expect(parseFieldValue({ kind: 'number', required: true }, '-1.5e2')).toEqual({ ok: true, value: -150 });
		expect(parseFieldValue({ kind: 'number', required: true }, '1,5')).toMatchObject({ ok: false, message: 'expected a number' });
		expect(parseFieldValue({ kind: 'boolean', required: true }, 'false')).toEqual({ ok: true, value: false });
		expect(parseFieldValue({ kind: 'boolean', required: true }, 'yes')).toMatchObject({ ok: false });
		expect(parseFieldValue({ kind: 'choice', required: true, choices: ['a', 'b'] }, 'c')).toMatchObject({ ok: false });
	});

	it('treats empty text as absent, refused when required', () => {
		expect(parseFieldValue({ kind: 'integer', required: false }, '  ')).toEqual({ ok: true, value: undefined });
		expect(parseFieldValue({ kind: 'json', required: true }, '')).toEqual({ ok: false, message: 'required' });
		expect(parseFieldValue({ kind: 'text', required: true }, '')).toEqual({ ok: false, message: 'required' });
		expect(parseFieldValue({ kind: 'text', required: false }, '  padded ')).toEqual({ ok: true, value: '  padded ' });
	});

	it('reports invalid JSON with line and column', () => {
		const parsed = parseFieldValue({ kind: 'json', required: false }, '[\n  {"qty": }\n]');
		expect(parsed).toMatchObject({ ok: false, json: { line: 2, column: 11 } });
		if (!parsed.ok) expect(parsed.message).toMatch(/^invalid JSON, line 2, col 11: /);
	});
});

describe('formatFieldValue / valueFitsKind', () => {
	it('formats values for their field kind', () => {
		expect(formatFieldValue('text', 'hi')).toBe('hi');
		expect(formatFieldValue('integer', 3)).toBe('3');
		expect(formatFieldValue('boolean', null)).toBe('');
		expect(formatFieldValue('json', { a: 1 })).toBe('{\n  "a": 1\n}');
		expect(formatFieldValue('json', undefined)).toBe('');
	});

	it('knows when a stored value does not fit the declared kind', () => {
		expect(valueFitsKind('integer', 2.5)).toBe(false);
		expect(valueFitsKind('text', 3)).toBe(false);
		expect(valueFitsKind('choice', 'z', ['a'])).toBe(false);
		expect(valueFitsKind('boolean', null)).toBe(true);
	});
});
