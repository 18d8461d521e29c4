// Status glyphs that carry meaning next to colour, with an ASCII fallback when the locale is not UTF-8
// (the other characters the app draws are in look/drawing.ts; which status gets which glyph is look/status.ts).

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

export type GlyphSet = typeof UNICODE;

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
