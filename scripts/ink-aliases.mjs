// Module substitutions for Ink, shared by the bundle (esbuild) and the tests (vite): one string-width for everything
// (source/look/string-width.ts), and Ink's truncation through source/look/ink-truncate.ts (the ASCII ellipsis).
import { fileURLToPath } from 'node:url';

const source = (path) => fileURLToPath(new URL(`../source/look/${path}`, import.meta.url));

export const STRING_WIDTH = source('string-width.ts');
const INK_TRUNCATE = source('ink-truncate.ts');

/** Ink's own import of cli-truncate (not ours: ink-truncate.ts imports the real one through look/text.ts). */
const fromInk = (importer) => /[\\/]node_modules[\\/]ink[\\/]/.test(importer ?? '');

export function esbuildInkAliases() {
	return {
		name: 'ink-aliases',
		setup(build) {
			build.onResolve({ filter: /^string-width$/ }, () => ({ path: STRING_WIDTH }));
			build.onResolve({ filter: /^cli-truncate$/ }, (args) => (fromInk(args.importer) ? { path: INK_TRUNCATE } : undefined));
		},
	};
}

export function viteInkAliases() {
	return {
		name: 'ink-aliases',
		enforce: 'pre',
		resolveId(id, importer) {
			if (id === 'string-width' && !/[\\/]test[\\/]/.test(importer ?? '')) return STRING_WIDTH;
			if (id === 'cli-truncate' && fromInk(importer)) return INK_TRUNCATE;
			return null;
		},
	};
}
