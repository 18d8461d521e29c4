// The characters the app itself draws (ellipsis, separators, dashes, arrows, delta, bars, sparklines, spinner,
// box borders) in two forms: Unicode, and ASCII for a locale that is not UTF-8 or `--ascii`. Text from the server
// is never translated: only what the app adds around it.
import cliSpinners from 'cli-spinners';
import { glyphs, glyphSet, localeIsUtf8 } from './glyphs.js';

const UNICODE = {
	ellipsis: '…',
	/** Between breadcrumbs, and the selected row's pointer. */
	pointer: '›',
	/** The current search hit's line. */
	hit: '▸',
	/** Between items of a line of hints or facts. */
	dot: '·',
	/** Between parts of the status bar and the panes of a diff. */
	bar: '│',
	rule: '─',
	/** "No value". */
	dash: '—',
	arrow: '→',
	arrowUp: '↑',
	arrowDown: '↓',
	arrowLeft: '←',
	delta: 'Δ',
	warning: '⚠',
	/** Lines folded away. */
	fold: '⋯',
	barFull: '█',
	barEmpty: '░',
	spark: ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as readonly string[],
	spinner: cliSpinners.dots.frames as readonly string[],
	/** Ink borderStyle names. */
	border: 'single' as 'single' | 'classic',
	roundBorder: 'round' as 'round' | 'classic',
};

export type Drawing = typeof UNICODE;

const ASCII: Drawing = {
	ellipsis: '...',
	pointer: '>',
	hit: '>',
	dot: '|',
	bar: '|',
	rule: '-',
	dash: '-',
	arrow: '->',
	arrowUp: '^',
	arrowDown: 'v',
	arrowLeft: '<-',
	delta: 'd',
	warning: '!',
	fold: '...',
	barFull: '#',
	barEmpty: '-',
	spark: ['_', '.', '-', '~', '=', '+', '*', '#'],
	spinner: cliSpinners.line.frames,
	border: 'classic',
	roundBorder: 'classic',
};

export function drawingSet(unicode = localeIsUtf8()): Drawing {
	return unicode ? UNICODE : ASCII;
}

/** The drawing characters in use; switched in place by `drawAsciiOnly`, so every importer sees the switch. */
export const drawing: Drawing = { ...drawingSet() };

/** From now on draw only ASCII (drawing characters and status glyphs): called once, before the first frame. */
export function drawAsciiOnly(): void {
	Object.assign(drawing, ASCII);
	Object.assign(glyphs, glyphSet(false));
}

/** True while the Unicode set is in use (views that draw letters instead of glyphs in ASCII ask this). */
export function drawsUnicode(): boolean {
	return drawing.ellipsis === UNICODE.ellipsis;
}
