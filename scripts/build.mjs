// Bundles the app with esbuild (a bundled Ink app draws its first frame ~2x sooner) into dist/:
//   dist/cli.js   the bin: a tiny entry any Node parses; refuses Node < 22 in one line, enables the compile cache,
//                 then imports dist/main.js;
//   dist/main.js  source/cli.tsx and its chunks (dist/chunks/), split so the server, the commands and the views
//                 load only when used.
// Published builds are minified without source maps; `--dev` keeps names and writes linked maps.
// `--if-stale` skips the build when dist/cli.js is newer than every file under source/ and scripts/.
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { yogaSyncPlugin } from './yoga-sync-plugin.mjs';
import { esbuildInkAliases } from './ink-aliases.mjs';

const out = 'dist/cli.js';
const dev = process.argv.includes('--dev');

function newestMtime(dir) {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
	}
	return newest;
}

const stale = () => !existsSync(out) || statSync(out).mtimeMs <= Math.max(newestMtime('source'), newestMtime('scripts'));
if (process.argv.includes('--if-stale') && !stale()) process.exit(0);

// Old chunks and maps go; dist/ itself stays (test workers hold their build lock inside it).
rmSync('dist/chunks', { recursive: true, force: true });
for (const name of existsSync('dist') ? readdirSync('dist') : []) if (/\.(js|map)$/.test(name)) rmSync(join('dist', name));
const common = { bundle: true, platform: 'node', format: 'esm', legalComments: 'none', logLevel: 'warning', minify: !dev, sourcemap: dev ? 'linked' : false };

await build({
	...common,
	entryPoints: { main: 'source/cli.tsx' },
	outdir: 'dist',
	chunkNames: 'chunks/[name]-[hash]',
	target: 'node22',
	jsx: 'automatic',
	splitting: true,
	// One string-width for the whole bundle (ours: same answers, a fast path, its Segmenter and emoji regex built on
	// first need), and Ink's truncation with the ellipsis of the drawing set in use (`...` in ASCII mode).
	plugins: [yogaSyncPlugin(process.cwd()), esbuildInkAliases()],
	// Ink imports react-devtools-core only when DEV is set; the bundle must not carry (or crash on) it.
	alias: { 'react-devtools-core': './scripts/devtools-stub.mjs' },
	define: { 'process.env.NODE_ENV': '"production"' },
	// ESM bundles of CommonJS deps need a real `require` for Node built-ins.
	banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

// Last, so its mtime marks the build complete (`--if-stale`). node18: syntax an old Node can still parse.
await build({
	...common,
	entryPoints: ['source/start/bin.ts'],
	outfile: out,
	target: 'node18',
	banner: { js: '#!/usr/bin/env node' },
});
