// JSON for terminals and files: JSON.stringify leaves DEL, the C1 controls (U+0080–U+009F, which xterm obeys as
// escape sequences), the line separators U+2028/2029 and bidi controls raw; here they are written as `\uXXXX`,
// which is still the same JSON.
const RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escaped = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `JSON.stringify(value, null, indent)` with every character a terminal could obey escaped. */
export function safeJson(value: unknown, indent?: number): string {
	return (JSON.stringify(value, null, indent) ?? 'null').replace(RAW, escaped);
}
