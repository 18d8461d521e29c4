// The two-column lines of a help text (a name or syntax, then what it does), aligned in terminal columns. Measured
// with look/string-width rather than look/text's pad: the command list of `bench-tui --help` sits on the app's start
// path, and look/text brings the truncating libraries along (a chunk the first frame does not otherwise load early).
import stringWidth from '../look/string-width.js';

export function helpLines(rows: readonly (readonly [string, string])[], prefix = '  '): string[] {
	const widths = rows.map(([left]) => stringWidth(left));
	const width = Math.max(...widths);
	return rows.map(([left, right], i) => `${prefix}${left}${' '.repeat(width - widths[i])}  ${right}`);
}
