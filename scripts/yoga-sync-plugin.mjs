// esbuild plugin: yoga-layout compiled synchronously from its embedded WASM (no fetch of a data: URL, no top-level
// await). It depends on yoga-layout's file layout, so every assumption is checked and the build fails if one breaks.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const EXPECTED_VERSION = '3.2.1';
const DATA_URL = /"data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/g;
// The Emscripten hook that hands us the imports and takes the instance back.
const HOOK = /if\(h\.instantiateWasm\)try\{return h\.instantiateWasm\(\s*d,\s*a\)/;
const STOCK_INDEX = 'const Yoga = wrapAssembly(await loadYoga());';

function fail(message) {
	throw new Error(`yoga-sync-plugin: ${message}. yoga-layout's layout changed: re-check scripts/yoga-sync-plugin.mjs before building.`);
}

/** Node's lookup of a package directory: `node_modules/<name>` in `from` or its nearest ancestor that has it. */
function packageDirectory(name, from) {
	for (let dir = from; ; dir = dirname(dir)) {
		const candidate = join(dir, 'node_modules', name);
		if (existsSync(join(candidate, 'package.json'))) return candidate;
		if (dirname(dir) === dir) return fail(`${name} not found from ${from}`);
	}
}

/** `from`: the project directory; yoga-layout is looked up from ink (its importer). */
export function yogaSyncPlugin(from) {
	const root = packageDirectory('yoga-layout', packageDirectory('ink', from));
	const files = {
		binary: join(root, 'dist/binaries/yoga-wasm-base64-esm.js'),
		index: join(root, 'dist/src/index.js'),
		wrap: join(root, 'dist/src/wrapAssembly.js'),
		enums: join(root, 'dist/src/generated/YGEnums.js'),
	};
	const read = (path) => {
		try {
			return readFileSync(path, 'utf8');
		} catch {
			return fail(`${path} is missing`);
		}
	};
	const { version } = JSON.parse(read(join(root, 'package.json')));
	if (version !== EXPECTED_VERSION) fail(`found version ${version}, the plugin was checked against ${EXPECTED_VERSION}`);
	if (!read(files.index).includes(STOCK_INDEX)) fail(`${files.index} no longer loads yoga with \`${STOCK_INDEX}\``);
	read(files.wrap);
	read(files.enums);
	const binary = read(files.binary);
	const urls = [...binary.matchAll(DATA_URL)];
	if (urls.length !== 1) fail(`expected one base64 data: URL in ${files.binary}, found ${urls.length}`);
	if (!HOOK.test(binary)) fail(`${files.binary} has no instantiateWasm hook matching ${HOOK}`);
	const base64 = urls[0][1];

	return {
		name: 'yoga-sync',
		setup(build) {
			build.onResolve({ filter: /^yoga-layout$/ }, () => ({ path: 'yoga-sync', namespace: 'yoga-sync' }));
			build.onLoad({ filter: /.*/, namespace: 'yoga-sync' }, () => ({
				resolveDir: root,
				contents: `
import loadYoga from ${JSON.stringify(files.binary)};
import wrapAssembly from ${JSON.stringify(files.wrap)};
const wasm = Buffer.from(${JSON.stringify(base64)}, 'base64');
let compiled = false;
const yogaModule = {
	instantiateWasm(imports, done) {
		const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), imports);
		compiled = true;
		done(instance);
		return instance.exports;
	},
};
loadYoga(yogaModule);
if (!compiled || typeof yogaModule.Node !== 'function') throw new Error('yoga-layout did not compile synchronously');
const Yoga = wrapAssembly(yogaModule);
export default Yoga;
export * from ${JSON.stringify(files.enums)};
`,
			}));
			// The binary keeps its code; its own copy of the WASM (now unused) is dropped from the bundle.
			build.onLoad({ filter: /yoga-wasm-base64-esm\.js$/ }, (args) => {
				if (args.path !== files.binary) return undefined;
				return { contents: binary.replace(DATA_URL, '"data:application/octet-stream;base64,"'), loader: 'js' };
			});
		},
	};
}
