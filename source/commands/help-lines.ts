// The two-column lines of a help text (a name or syntax, then what it does), aligned in terminal columns.
import { columns, pad } from '../look/text.js';

export function helpLines(rows: readonly (readonly [string, string])[], prefix = '  '): string[] {
	const width = Math.max(...rows.map(([left]) => columns(left)));
	return rows.map(([left, right]) => `${prefix}${pad(left, width)}  ${right}`);
}
