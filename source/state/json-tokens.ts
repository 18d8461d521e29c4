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

const quoted = (text: string) => sanitize(JSON.stringify(text));

/** `value` as token lines; `undefined` prints as `null` (an absent value has nothing else to show). */
export function jsonTokenLines(value: Json | undefined): TokenLine[] {
	const lines: TokenLine[] = [];
	const emit = (value: Json | undefined, indent: string, prefix: Token[], suffix: string) => {
		const tail: Token[] = suffix ? [{ text: suffix, kind: 'punct' }] : [];
		if (value === null || value === undefined || typeof value === 'boolean') {
			lines.push([...prefix, { text: String(value ?? null), kind: 'literal' }, ...tail]);
		} else if (typeof value === 'number') {
			lines.push([...prefix, { text: Number.isFinite(value) ? String(value) : 'null', kind: 'number' }, ...tail]);
		} else if (typeof value === 'string') {
			lines.push([...prefix, { text: quoted(value), kind: 'string' }, ...tail]);
		} else if (Array.isArray(value)) {
			if (value.length === 0) return void lines.push([...prefix, { text: '[]', kind: 'punct' }, ...tail]);
			lines.push([...prefix, { text: '[', kind: 'punct' }]);
			const inner = `${indent}  `;
			value.forEach((item, i) => emit(item, inner, [{ text: inner, kind: 'text' }], i < value.length - 1 ? ',' : ''));
			lines.push([{ text: indent, kind: 'text' }, { text: ']', kind: 'punct' }, ...tail]);
		} else {
			const entries = Object.entries(value);
			if (entries.length === 0) return void lines.push([...prefix, { text: '{}', kind: 'punct' }, ...tail]);
			lines.push([...prefix, { text: '{', kind: 'punct' }]);
			const inner = `${indent}  `;
			entries.forEach(([key, item], i) =>
				emit(item, inner, [{ text: inner, kind: 'text' }, { text: quoted(key), kind: 'key' }, { text: ': ', kind: 'punct' }], i < entries.length - 1 ? ',' : ''),
			);
			lines.push([{ text: indent, kind: 'text' }, { text: '}', kind: 'punct' }, ...tail]);
		}
	};
	emit(value, '', [], '');
	return lines.map((line) => line.filter((token) => token.text !== ''));
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
