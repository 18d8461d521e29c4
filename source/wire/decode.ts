// Checks a parsed body against its schema and names the first wrong place: `[0].id expected number, got string`.
// The description never quotes the value itself (it may be huge, or carry escape sequences).
import * as v from 'valibot';
import type { Schema } from './schemas.js';

export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: string };

/** `null`, `array`, `object`, `string`…, or `nothing` for a missing key. */
export function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

function pathOf(issue: v.BaseIssue<unknown>, at: string): string {
	let built = at;
	for (const item of issue.path ?? []) {
		const key = item.key;
		if (typeof key === 'number') built += `[${key}]`;
		else if (typeof key === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) built += built ? `.${key}` : key;
		else built += `[${JSON.stringify(String(key))}]`;
	}
	return built;
}

/** valibot names types `Object`, `Array`, `("a" | "b")`…; ours read as the contract does. */
function expectedOf(issue: v.BaseIssue<unknown>): string {
	const expected = issue.expected ?? issue.type;
	if (issue.type === 'integer') return 'an integer';
	if (issue.type === 'picklist') return `one of ${expected.replace(/^\((.*)\)$/, '$1')}`;
	return /^[A-Z][a-z]+$/.test(expected) ? expected.toLowerCase() : expected;
}

/** A short printable string is shown (an unknown status is worth seeing); anything else only by its kind. */
function gotOf(issue: v.BaseIssue<unknown>): string {
	const input = issue.input;
	if (issue.type === 'integer') return String(input);
	if (typeof input === 'string' && input.length <= 24 && /^[\x20-\x7e]*$/.test(input)) return JSON.stringify(input);
	return kindOf(input);
}

function describe(issue: v.BaseIssue<unknown>, at: string): string {
	const where = pathOf(issue, at);
	// A required key that is not there: valibot reports the key name as what it expected.
	if (issue.input === undefined && issue.type.endsWith('object') && where) return `${where} is missing`;
	return `${where ? `${where} ` : ''}expected ${expectedOf(issue)}, got ${gotOf(issue)}`;
}

/** `at` names where `value` sits in a larger body (`[3]` for a row of a streamed array), for the problem's path. */
export function decodeWith<T>(schema: Schema<T>, value: unknown, at = ''): Decoded<T> {
	const result = v.safeParse(schema, value, { abortEarly: true });
	if (result.success) return { ok: true, value: result.output };
	return { ok: false, problem: describe(result.issues[0], at) };
}
