// Clipboard copy through the terminal (OSC 52): works over SSH; tmux needs `set -g set-clipboard on` / passthrough.
// The text is sanitized here too, the last step before the clipboard: a pasted id can carry no control.
import { sanitizeMultiline } from '../look/sanitize.js';

export function osc52(text: string): string {
	return `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
}

/** Writes the sequence straight to the terminal, outside Ink's frame. */
export function copyToClipboard(text: string, stream: NodeJS.WritableStream = process.stdout): void {
	stream.write(osc52(sanitizeMultiline(text)));
}
