// Shared output for commands: colour (TTY only, NO_COLOR honoured), status glyphs, aligned tables, JSON printing.
// Off a TTY the output is plain aligned text: no colour and no glyphs (the status word alone carries the meaning).
import { safeJson } from '../look/safe-json.js';
import { sanitize } from '../look/sanitize.js';
import { columns as textColumns, pad } from '../look/text.js';
import { glyphSet, localeIsUtf8 } from '../look/glyphs.js';
import { isKnownStatus, statusLook } from '../look/status.js';
import { formatAgo } from '../state/format.js';
import type { CommandIO } from './command.js';

type Stream = CommandIO['stdout'];
export type Colour = 'red' | 'green' | 'yellow' | 'cyan' | 'gray' | 'magenta' | 'bold';

const SGR: Record<Colour, [number, number]> = {
	red: [31, 39],
	green: [32, 39],
	yellow: [33, 39],
	cyan: [36, 39],
	magenta: [35, 39],
	gray: [90, 39],
	bold: [1, 22],
};

export interface Style {
	/** The stream is a terminal: glyphs and pretty JSON are allowed. */
	readonly tty: boolean;
	readonly glyphs: ReturnType<typeof glyphSet>;
	paint(colour: Colour, text: string): string;
}

export function styleFor(stream: Stream, env: NodeJS.ProcessEnv): Style {
	const tty = stream.isTTY === true;
	const color = tty && !('NO_COLOR' in env && env.NO_COLOR !== '') && env.TERM !== 'dumb';
	return {
		tty,
		glyphs: glyphSet(localeIsUtf8(env)),
		paint: (colour, text) => (color && text ? `\x1b[${SGR[colour][0]}m${text}\x1b[${SGR[colour][1]}m` : text),
	};
}

/** A time for people on a terminal (`3m ago`), and ISO 8601 for scripts reading a pipe (stable, sortable). */
export function formatWhen(style: Style, iso: string | null | undefined, now = Date.now()): string {
	if (style.tty) return sanitize(formatAgo(iso, now));
	return iso ? sanitize(iso) : '—';
}

/** A status word (the wire value, for scripts) with the app's glyph and colour on a terminal; the bare word otherwise. */
export function badge(style: Style, status: string | null | undefined): string {
	const word = sanitize(status ?? '—');
	if (!style.tty || !isKnownStatus(status)) return word;
	const look = statusLook(status, style.glyphs);
	return style.paint(look.color!, `${look.glyph} ${word}`);
}

export interface Column {
	header: string;
	align?: 'left' | 'right';
}

/** Aligned columns separated by two spaces; cells may carry colour codes (widths ignore them). */
export function table(style: Style, columns: Column[], rows: string[][]): string {
	const widths = columns.map((column, i) => Math.max(textColumns(column.header), ...rows.map((row) => textColumns(row[i] ?? ''))));
	const line = (cells: string[]) =>
		cells
			.map((cell, i) => pad(cell, widths[i], columns[i].align))
			.join('  ')
			.trimEnd();
	const header = line(columns.map((column) => column.header));
	return [style.paint('bold', header), ...rows.map(line)].join('\n') + '\n';
}

/** `label  value` lines with the labels padded to one width. */
export function fields(style: Style, entries: [label: string, value: string][]): string {
	const width = Math.max(...entries.map(([label]) => textColumns(label)));
	return entries.map(([label, value]) => `${style.paint('gray', pad(label, width))}  ${value}`.trimEnd()).join('\n') + '\n';
}

/** Exactly the decoded server objects: pretty on a terminal, one line otherwise (for `jq` and log lines). */
export function printJson(io: CommandIO, value: unknown): void {
	io.stdout.write(`${safeJson(value, io.stdout.isTTY ? 2 : undefined)}\n`);
}
