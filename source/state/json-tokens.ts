// Pretty-printed JSON as lines of typed tokens (key, string, number, literal, punctuation), so a view can colour
// the syntax without re-parsing. Two-space indent like JSON.stringify(value, null, 2); every string is sanitized.
import type { Json } from '../wire/types.js';
import { sanitize } from '../look/sanitize.js';

export type TokenKind = 'text' | 'key' | 'string' | 'number' | 'literal' | 'punct' | 'label' | 'dim' | 'error' | 'heading';

export interface Token {
	text: string;
	kind: TokenKind;
}

export type TokenLine = Token[];

// JSON.stringify escapes C0 controls (ESC included), so only DEL and C1 controls can remain: the common clean string
// skips the sanitizer's regexes (a 1 MB output has tens of thousands of strings).
const LEFT_FOR_SANITIZE = /[\x7f-\x9f]/;
const quoted = (text: string) => {
	const json = JSON.stringify(text);
	return LEFT_FOR_SANITIZE.test(json) ? sanitize(json) : json;
};

const COMMA: Token = { text: ',', kind: 'punct' };
const COLON: Token = { text: ': ', kind: 'punct' };

/** Thrown inside the walk once `limit` lines are out: the rest is never formatted. */
const ENOUGH = Symbol('enough lines');

/**
 * `value` as token lines; `undefined` prints as `null` (an absent value has nothing else to show). With `limit`, only
 * the first `limit` lines are built (a preview of a huge output costs what it shows).
 */
export function jsonTokenLines(value: Json | undefined, limit = Infinity): TokenLine[] {
	const lines: TokenLine[] = [];
	const push = (line: TokenLine) => {
		lines.push(line);
		if (lines.length >= limit) throw ENOUGH;
	};
	const indents: Token[] = [];
	const indentOf = (depth: number): Token | null => {
		if (depth === 0) return null;
		return (indents[depth] ??= { text: '  '.repeat(depth), kind: 'text' });
	};
	/** Emits `value` starting on `line` (which holds its indent and key), then ends the value with `comma`. */
	const emit = (value: Json | undefined, depth: number, line: Token[], comma: boolean): void => {
		if (value === null || value === undefined || typeof value === 'boolean') line.push({ text: String(value ?? null), kind: 'literal' });
		else if (typeof value === 'number') line.push({ text: Number.isFinite(value) ? String(value) : 'null', kind: 'number' });
		else if (typeof value === 'string') line.push({ text: quoted(value), kind: 'string' });
		else {
			const isArray = Array.isArray(value);
			const keys = isArray ? null : Object.keys(value);
			const count = isArray ? value.length : keys!.length;
			const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
			if (count === 0) line.push({ text: open + close, kind: 'punct' });
			else {
				line.push({ text: open, kind: 'punct' });
				push(line);
				const inner = indentOf(depth + 1)!;
				for (let i = 0; i < count; i++) {
					const child: Token[] = [inner];
					if (keys) child.push({ text: quoted(keys[i]), kind: 'key' }, COLON);
					emit(isArray ? value[i] : (value as Record<string, Json>)[keys![i]], depth + 1, child, i < count - 1);
				}
				const indent = indentOf(depth);
				line = indent ? [indent] : [];
				line.push({ text: close, kind: 'punct' });
			}
		}
		if (comma) line.push(COMMA);
		push(line);
	};
	try {
		emit(value, 0, [], false);
	} catch (error) {
		if (error !== ENOUGH) throw error;
	}
	return lines;
}

/** The plain text of token lines (for copying, the pager and search). */
export function tokenLinesText(lines: readonly TokenLine[]): string {
	return lines.map(lineText).join('\n');
}

export function lineText(line: TokenLine): string {
	let text = '';
	for (const token of line) text += token.text;
	return text;
}
