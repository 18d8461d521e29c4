// Parses JSON typed by a person and, when it does not parse, says where (line and column, 1-based) and why.
// V8's JSON.parse messages differ between Node versions and often carry no position, so the first error is
// located by a small strict scanner that follows the JSON grammar (RFC 8259) and stops at the first problem.
import type { Json } from '../wire/types.js';

export interface JsonProblem {
	message: string;
	/** 0-based character offset of the problem. */
	offset: number;
	line: number;
	column: number;
}

export type JsonParse = { ok: true; value: Json } | { ok: false; problem: JsonProblem };

export function parseJsonText(text: string): JsonParse {
	try {
		return { ok: true, value: JSON.parse(text) as Json };
	} catch (error) {
		const found = locateJsonError(text) ?? { message: (error as Error).message, offset: text.length };
		return { ok: false, problem: { ...found, ...lineAndColumn(text, found.offset) } };
	}
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		if (text[i] === '\n') {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}

/** `line 3, col 7: expected ':' after a key` */
export function describeJsonProblem(problem: JsonProblem): string {
	return `line ${problem.line}, col ${problem.column}: ${problem.message}`;
}

class Stop {
	constructor(
		readonly message: string,
		readonly offset: number,
	) {}
}

/** The first grammar error in `text`, or undefined when it is valid JSON. */
export function locateJsonError(text: string): { message: string; offset: number } | undefined {
	let at = 0;
	const describe = (i: number) => (i >= text.length ? 'end of input' : `'${text[i]}'`);
	const fail = (message: string, offset = at): never => {
		throw new Stop(message, offset);
	};
	const skipSpace = () => {
		while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
	};
	const expectWord = (word: string) => {
		for (let i = 0; i < word.length; i++, at++) {
			if (text[at] !== word[i]) fail(`unexpected ${describe(at)} (expected ${word})`);
		}
	};
	const digits = () => {
		const start = at;
		while (at < text.length && text[at] >= '0' && text[at] <= '9') at++;
		if (at === start) fail(`expected a digit, found ${describe(at)}`);
	};
	const number = () => {
		if (text[at] === '-') at++;
		if (text[at] === '0') at++;
		else digits();
		if (text[at] === '.') {
			at++;
			digits();
		}
		if (text[at] === 'e' || text[at] === 'E') {
			at++;
			if (text[at] === '+' || text[at] === '-') at++;
			digits();
		}
	};
	const string = () => {
		const start = at;
		at++;
		while (at < text.length) {
			const char = text[at];
			if (char === '"') {
				at++;
				return;
			}
			if (char === '\\') {
				const escape = text[at + 1];
				if (escape === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) fail('bad \\u escape (expected 4 hex digits)');
					at += 6;
				} else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) at += 2;
				else fail(`bad escape ${describe(at + 1)} in string`);
				continue;
			}
			if (char < ' ') fail(char === '\n' ? 'unterminated string (newline inside quotes)' : 'control character in string');
			at++;
		}
		fail('unterminated string', start);
	};
	const value = (): void => {
		skipSpace();
		const char = text[at];
		if (char === '{') return object();
		if (char === '[') return array();
		if (char === '"') return string();
		if (char === '-' || (char >= '0' && char <= '9')) return number();
		if (char === 't') return expectWord('true');
		if (char === 'f') return expectWord('false');
		if (char === 'n') return expectWord('null');
		fail(`unexpected ${describe(at)} (expected a value)`);
	};
	/** An object's members or an array's items: `item` per element, separated by commas, up to `close`. */
	const sequence = (close: '}' | ']', item: () => void) => {
		at++;
		skipSpace();
		if (text[at] === close) {
			at++;
			return;
		}
		for (;;) {
			item();
			skipSpace();
			if (text[at] === ',') {
				at++;
				continue;
			}
			if (text[at] === close) {
				at++;
				return;
			}
			fail(`expected ',' or '${close}', found ${describe(at)}`);
		}
	};
	const member = () => {
		skipSpace();
		if (text[at] !== '"') fail(`expected a "quoted" key, found ${describe(at)}`);
		string();
		skipSpace();
		if (text[at] !== ':') fail(`expected ':' after a key, found ${describe(at)}`);
		at++;
		value();
	};
	const object = () => sequence('}', member);
	const array = () => sequence(']', value);
	try {
		value();
		skipSpace();
		if (at < text.length) fail(`unexpected ${describe(at)} after the JSON value`);
		return undefined;
	} catch (error) {
		if (error instanceof Stop) return { message: error.message, offset: error.offset };
		throw error;
	}
}
