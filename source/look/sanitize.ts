// Makes any server-provided string inert before it reaches the terminal.
// ESC-introduced sequences (CSI, OSC, DCS, SOS/PM/APC, two-byte escapes) and their C1 forms are removed whole;
// remaining C0/C1 control characters become visible as U+FFFD-free caret notation (`^[`, `^G`, …) or `\u0085`.
// Tabs and newlines are kept only where the caller allows multi-line text.

// eslint-disable-next-line no-control-regex
const SEQUENCE = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[\s\S]*?(?:\x07|\x1b\\|\x9c|$)|\x1b[ -/]*[0-~]?/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_WITH_NEWLINES = /[\x00-\x1f\x7f-\x9f]/g;

function visible(char: string): string {
	const code = char.charCodeAt(0);
	if (code < 0x20) return `^${String.fromCharCode(code + 0x40)}`;
	if (code === 0x7f) return '^?';
	return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One-line text for cells, titles and banners: sequences removed, controls (incl. tab and newline) made visible. */
export function sanitize(text: unknown): string {
	const value = typeof text === 'string' ? text : text == null ? '' : String(text);
	return value.replace(SEQUENCE, '').replace(CONTROL_WITH_NEWLINES, (c) => (c === '\n' || c === '\t' ? ' ' : visible(c)));
}

/** Multi-line text for detail panes: like `sanitize`, but newlines survive and tabs become two spaces. */
export function sanitizeMultiline(text: unknown): string {
	const value = typeof text === 'string' ? text : text == null ? '' : String(text);
	return value
		.replace(/\r\n?/g, '\n')
		.replace(SEQUENCE, '')
		.replace(/\t/g, '  ')
		.replace(CONTROL, visible);
}
