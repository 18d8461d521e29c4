// Status glyphs that carry meaning next to colour, with an ASCII fallback when the locale is not UTF-8.
import type { ResultStatus, RunStatus } from '../client/types.js';

const UNICODE = {
	ok: '✓',
	fail: '✗',
	running: '●',
	pending: '◌',
	canceled: '⊘',
	up: '▲',
	down: '▼',
	same: '=',
	mark: '◆',
	separator: '›',
	ellipsis: '…',
	bar: '█',
	barEmpty: '░',
	spark: ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'],
	skipped: '↷',
	cached: '≡',
};

type GlyphSet = typeof UNICODE;

const ASCII: GlyphSet = {
	ok: '+',
	fail: 'x',
	running: '*',
	pending: 'o',
	canceled: '/',
	up: '^',
	down: 'v',
	same: '=',
	mark: '#',
	separator: '>',
	ellipsis: '...',
	bar: '#',
	barEmpty: '-',
	spark: ['_', '.', '-', '~', '=', '+', '*', '#'],
	skipped: '>',
	cached: '=',
};

/** UTF-8 unless LC_ALL / LC_CTYPE / LANG (first one set, in that order) names another charset. */
export function localeIsUtf8(env: NodeJS.ProcessEnv = process.env): boolean {
	const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
	if (!locale) return process.platform === 'win32' ? false : true;
	return /utf-?8/i.test(locale);
}

export function glyphSet(unicode = localeIsUtf8()): GlyphSet {
	return unicode ? UNICODE : ASCII;
}

export const glyphs: GlyphSet = glyphSet();

export function runStatusGlyph(status: RunStatus | null | undefined, set: GlyphSet = glyphs): string {
	switch (status) {
		case 'completed':
			return set.ok;
		case 'failed':
			return set.fail;
		case 'running':
			return set.running;
		case 'pending':
			return set.pending;
		case 'canceled':
			return set.canceled;
		default:
			return ' ';
	}
}

export function resultStatusGlyph(status: ResultStatus, set: GlyphSet = glyphs): string {
	switch (status) {
		case 'ok':
			return set.ok;
		case 'cached':
			return set.cached;
		case 'skipped':
			return set.skipped;
		default:
			return set.fail;
	}
}

/** Ink colour names for statuses (always paired with a glyph). */
export function runStatusColor(status: RunStatus | null | undefined): string | undefined {
	switch (status) {
		case 'completed':
			return 'green';
		case 'failed':
			return 'red';
		case 'running':
			return 'cyan';
		case 'pending':
			return 'yellow';
		case 'canceled':
			return 'gray';
		default:
			return undefined;
	}
}
