import { describe, expect, it } from 'vitest';
import { describeJsonProblem, lineAndColumn, locateJsonError, parseJsonText } from '../../source/state/json-text.js';

function problemAt(text: string) {
	const parsed = parseJsonText(text);
	if (parsed.ok) throw new Error(`expected ${JSON.stringify(text)} to be invalid`);
	return parsed.problem;
}

describe('parseJsonText', () => {
	it('returns the value of valid JSON', () => {
		expect(parseJsonText('{"a": [1, 2.5e3, true, null, "x\\u00e9"]}')).toEqual({ ok: true, value: { a: [1, 2500, true, null, 'xé'] } });
	});

	it('points at a missing value on the line and column where it happens', () => {
		const problem = problemAt('{\n  "a": 1,\n  "b": x\n}');
		expect(problem).toMatchObject({ line: 3, column: 8 });
		expect(problem.message).toContain("'x'");
		expect(describeJsonProblem(problem)).toMatch(/^line 3, col 8: /);
	});

	it.each([
		['{"a" 1}', 1, 6, "expected ':'"],
		['[1, 2', 1, 6, "expected ',' or ']'"],
		['{"a": 1,}', 1, 9, 'quoted'],
		['{"a": 1} x', 1, 10, 'after the JSON value'],
		['"abc', 1, 1, 'unterminated string'],
		['tru', 1, 4, 'expected true'],
		['', 1, 1, 'end of input'],
		['[01]', 1, 3, "expected ',' or ']'"],
		['{"a": "b\\q"}', 1, 9, 'bad escape'],
		['[1.]', 1, 4, 'digit'],
	])('%j fails at line %i col %i (%s)', (text, line, column, fragment) => {
		const problem = problemAt(text);
		expect({ line: problem.line, column: problem.column }).toEqual({ line, column });
		expect(problem.message).toContain(fragment);
	});

	it('agrees with JSON.parse on what is valid', () => {
		for (const text of ['0', '-0.5e-3', '[]', '{}', ' {"a":{"b":[{}]}} ', '"\\"\\\\\\/\\b\\f\\n\\r\\t"']) {
			expect(locateJsonError(text)).toBeUndefined();
			expect(() => JSON.parse(text)).not.toThrow();
		}
	});

	it('counts lines from 1 and columns from 1', () => {
		expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
		expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
	});
});
