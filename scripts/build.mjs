// Bundles source/cli.tsx into dist/cli.js with esbuild (a bundled Ink app draws its first frame ~2x sooner).
// `--if-stale` skips the build when dist/cli.js is newer than every file under source/.
import { build } from 'esbuild';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const out = 'dist/cli.js';


function newestMtime(dir) {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
	}
	return newest;
}

if (process.argv.includes('--if-stale') && existsSync(out) && statSync(out).mtimeMs > newestMtime('source')) process.exit(0);

await build({
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
	entryNames: '[name]',
	chunkNames: 'chunks/[name]-[hash]',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node22',
	jsx: 'automatic',
	minify: false,
	sourcemap: 'linked',
	// Chunks keep the server, the commands and the views out of the start-up path until they are imported.
	splitting: true,
	legalComments: 'none',
	// Ink imports react-devtools-core only when DEV is set; the bundle must not carry (or crash on) it.
	alias: { 'react-devtools-core': './scripts/devtools-stub.mjs' },
	define: { 'process.env.NODE_ENV': '"production"' },
	// ESM bundles of CommonJS deps need a real `require` for Node built-ins.
	banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
	logLevel: 'warning',
});
