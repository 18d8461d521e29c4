// What Ink's `wrap="truncate"` uses instead of cli-truncate (scripts/build.mjs and vitest.config.ts point Ink's
// import here): the same cut, with the ellipsis of the drawing set in use, so ASCII mode draws `...` there too.
import { truncate } from './text.js';

export default function inkTruncate(text: string, width: number, options: { position?: 'start' | 'middle' | 'end' } = {}): string {
	return truncate(text, width, options.position);
}
