// Status glyphs that carry meaning next to colour, with an ASCII fallback when the locale is not UTF-8
// (the other characters the app draws are in look/drawing.ts).
import type { ResultStatus, RunStatus } from '../wire/types.js';

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

/** The set in use (a copy: look/drawing.ts switches it to ASCII in place for `--ascii`). */
export const glyphs: GlyphSet = { ...glyphSet() };

/** How each run status is drawn: its glyph, and the Ink colour always paired with it. */
const RUN_STATUS_LOOK: Record<RunStatus, { glyph: 'ok' | 'fail' | 'running' | 'pending' | 'canceled'; color: string }> = {
	completed: { glyph: 'ok', color: 'green' },
	failed: { glyph: 'fail', color: 'red' },
	running: { glyph: 'running', color: 'cyan' },
	pending: { glyph: 'pending', color: 'yellow' },
	canceled: { glyph: 'canceled', color: 'gray' },
};

/** Unknown statuses (a newer server) have no look: a blank glyph, no colour. */
function runStatusLook(status: RunStatus | null | undefined) {
	return status && Object.hasOwn(RUN_STATUS_LOOK, status) ? RUN_STATUS_LOOK[status] : undefined;
}

export function runStatusGlyph(status: RunStatus | null | undefined, set: GlyphSet = glyphs): string {
	const look = runStatusLook(status);
	return look ? set[look.glyph] : ' ';
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
	return runStatusLook(status)?.color;
}
