// Gives the benches (run from source through tsx) the bundle's module aliases (scripts/build.mjs): Ink and its
// helpers measure text with source/look/string-width.ts, as they do in dist/, so the figures are the shipped ones.
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import { STRING_WIDTH } from '../scripts/ink-aliases.mjs';

const ours = pathToFileURL(STRING_WIDTH).href;

registerHooks({
	resolve(specifier, context, nextResolve) {
		return specifier === 'string-width' ? nextResolve(ours, context) : nextResolve(specifier, context);
	},
});
