// A frame as a grid of terminal columns (each grapheme cluster in its first column, '' in the columns a wide one
// covers), measured with string-width: for checks that every line fits and that table columns line up.
import stringWidth from 'string-width';

const ANSI = /\u001B\[[0-?]*[ -/]*[@-~]/g;

export const frameLines = (frame: string) => frame.replace(ANSI, '').split('\n');

export function columnsOf(line: string): string[] {
	const cells: string[] = [];
	for (const { segment } of new Intl.Segmenter().segment(line)) {
		const width = stringWidth(segment);
		if (width === 0) {
			if (cells.length) cells[cells.length - 1] += segment;
			continue;
		}
		cells.push(segment, ...Array<string>(width - 1).fill(''));
	}
	return cells;
}

/** Titles with a space inside them (`score A`, `Δ cost`, `SCORE TREND`), joined so the space is not a column gap. */
const SPACED_TITLES = /(?:score|cost) [AB]|(?:Δ|d) (?:score|cost)|SCORE TREND/g;

/**
 * The titles of a table whose column does not line up with the header. A column is on the grid when, in every
 * row, its value ends where its title ends (right-aligned: a character there and a space after) or starts where
 * its title starts (left-aligned: a character there and a space before), or the cell is blank.
 */
export function misalignedColumns(header: string, rows: readonly string[]): string[] {
	const titles = columnsOf(header.replace(SPACED_TITLES, (title) => title.replace(' ', '_')));
	const grid = rows.map(columnsOf);
	const space = (cells: string[], column: number) => column < 0 || column >= cells.length || cells[column] === ' ';
	const problems: string[] = [];
	for (let start = 0; start < titles.length; start++) {
		if (titles[start] === ' ') continue;
		let end = start;
		while (end + 1 < titles.length && titles[end + 1] !== ' ') end++;
		const blank = (cells: string[]) => space(cells, start - 1) && space(cells, end + 1) && cells.slice(start, end + 1).every((cell) => cell === ' ');
		const right = grid.every((cells) => blank(cells) || (!space(cells, end) && space(cells, end + 1)));
		const left = grid.every((cells) => blank(cells) || (!space(cells, start) && space(cells, start - 1)));
		if (!right && !left) problems.push(titles.slice(start, end + 1).join(''));
		start = end;
	}
	return problems;
}

/**
 * The table in a frame: its title line and the row lines under it (up to the first line that is not a row), cut
 * where a pane beside it begins (a border in the title line).
 */
export function tableIn(lines: readonly string[], header: RegExp, row: RegExp): { header: string; rows: string[] } | undefined {
	const at = lines.findIndex((line) => header.test(line));
	if (at === -1) return undefined;
	const titles = columnsOf(lines[at]);
	let end = titles.findIndex((cell) => ['│', '┌', '|', '+'].includes(cell));
	// A title line cut at the terminal's edge (`Δ co…`): the table is checked up to the last whole title.
	const ellipsis = titles.findIndex((cell, i) => cell === '…' || titles.slice(i, i + 3).join('') === '...');
	if (ellipsis !== -1 && (end === -1 || ellipsis < end)) {
		end = ellipsis;
		while (end > 0 && titles[end - 1] !== ' ') end--;
		if (end > 2 && titles[end - 2] !== ' ' && titles[end - 3] === ' ') end -= 2;
	}
	const cut = (line: string) => (end === -1 ? line : columnsOf(line).slice(0, end).join(''));
	const rows: string[] = [];
	for (const line of lines.slice(at + 1)) {
		if (!row.test(line) || line.trim() === '') break;
		rows.push(cut(line));
	}
	return { header: cut(lines[at]), rows };
}

/** The terminal column of the first `│` (or `|`) of each line that has one: one value when panes line up. */
export function ruleColumns(lines: readonly string[]): Set<number> {
	const found = new Set<number>();
	for (const line of lines) {
		const at = columnsOf(line).findIndex((cell) => cell === '│' || cell === '|');
		if (at !== -1) found.add(at);
	}
	return found;
}
