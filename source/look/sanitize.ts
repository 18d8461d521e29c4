// Makes any server-provided value inert before it reaches the terminal, a file or the clipboard.
// ESC-introduced sequences (CSI, OSC, DCS, SOS/PM/APC, two-byte escapes) and their C1 forms are removed whole;
// remaining C0/C1 control characters become visible as caret notation (`^[`, `^G`, …) or `\u0085`.
// Bidi controls (which can reorder and disguise text) are shown as marks like `⟨U+202E⟩`; invisible zero-width
// characters are removed (a zero-width joiner inside an emoji sequence stays); U+2028/2029 break lines like `\n`.
// Tabs and newlines are kept only where the caller allows multi-line text. Any type is accepted: numbers and
// other non-strings are turned into text first, so nothing interpolated can skip this step.

// eslint-disable-next-line no-control-regex
const SEQUENCE = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[\s\S]*?(?:\x07|\x1b\\|\x9c|$)|\x1b[ -/]*[0-~]?/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_WITH_NEWLINES = /[\x00-\x1f\x7f-\x9f]/g;
/** ALM, LRM, RLM, the embeddings/overrides LRE…RLO and the isolates LRI…PDI. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Zero-width space and non-joiner, word joiner, invisible operators, BOM, Mongolian vowel separator, and a
 * zero-width joiner that does not join two pictographs. */
const ZERO_WIDTH = /[\u200b\u200c\u2060-\u2064\ufeff\u180e]|(?<!\p{Extended_Pictographic}(?:\ufe0f|\p{Emoji_Modifier})?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;
const LINE_SEPARATORS = /[\u2028\u2029]/g;
/** Anything any of the above could match: text without one is returned as it is (the common case, cheaply). */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\x00-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/;

function visible(char: string): string {
	const code = char.charCodeAt(0);
	if (code < 0x20) return `^${String.fromCharCode(code + 0x40)}`;
	if (code === 0x7f) return '^?';
	return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `⟨U+202E⟩`: a bidi control made visible instead of obeyed. */
function mark(char: string): string {
	return `⟨U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

function textOf(value: unknown): string {
	return typeof value === 'string' ? value : value == null ? '' : String(value);
}

/** Sequences removed, bidi marked, zero-width removed; controls and line breaks left to the caller. */
function neutralize(value: string): string {
	return value.replace(SEQUENCE, '').replace(BIDI, mark).replace(ZERO_WIDTH, '');
}

/** One-line text for cells, titles and banners: sequences removed, controls (incl. tab and newline) made visible. */
export function sanitize(text: unknown): string {
	const value = textOf(text);
	if (!SUSPECT.test(value)) return value;
	return neutralize(value)
		.replace(LINE_SEPARATORS, ' ')
		.replace(CONTROL_WITH_NEWLINES, (c) => (c === '\n' || c === '\t' ? ' ' : visible(c)));
}

/** Multi-line text for detail panes and files: like `sanitize`, but newlines survive and tabs become two spaces. */
export function sanitizeMultiline(text: unknown): string {
	const value = textOf(text);
	if (!SUSPECT.test(value)) return value;
	return neutralize(value.replace(/\r\n?/g, '\n'))
		.replace(LINE_SEPARATORS, '\n')
		.replace(/\t/g, '  ')
		.replace(CONTROL, visible);
}
