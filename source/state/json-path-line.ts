// The line (1-based) of a value inside JSON pretty-printed with two spaces, given a path like `[3].qty` or
// `.label` — so a server error about `inputs.items[3].qty` can be pointed at inside the items field's text.
import type { Json } from '../wire/types.js';

function linesOf(value: Json): number {
	if (value === null || typeof value !== 'object') return 1;
	const children = Array.isArray(value) ? value : Object.values(value);
	return children.length === 0 ? 1 : 2 + children.reduce((sum: number, child) => sum + linesOf(child), 0);
}

function segmentsOf(path: string): Array<string | number> | undefined {
	const segments: Array<string | number> = [];
	const pattern = /\.([^.[\]]+)|\[(\d+)\]/gy;
	let consumed = 0;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(path))) {
		segments.push(match[1] ?? Number(match[2]));
		consumed = pattern.lastIndex;
	}
	return consumed === path.length ? segments : undefined;
}

/** Undefined when the text is not the canonical pretty form (the user reformatted it) or the path is not there. */
export function lineOfPath(text: string, path: string): number | undefined {
	let value: Json;
	try {
		value = JSON.parse(text) as Json;
	} catch {
		return undefined;
	}
	if (text.replace(/\n$/, '') !== JSON.stringify(value, null, 2)) return undefined;
	const segments = segmentsOf(path);
	if (!segments) return undefined;
	let line = 1;
	for (const segment of segments) {
		if (value === null || typeof value !== 'object') return undefined;
		const entries: Array<[string | number, Json]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
		const index = entries.findIndex(([key]) => key === segment);
		if (index < 0) return undefined;
		line += 1 + entries.slice(0, index).reduce((sum, [, child]) => sum + linesOf(child), 0);
		value = entries[index][1];
	}
	return line;
}
