// The published bin (dist/cli.js): syntax any Node parses, so an old Node gets one line instead of a syntax error;
// then the V8 compile cache is turned on before the app's modules (dist/main.js) are compiled.
import { enableCompileCache } from './compile-cache.js';

const MINIMUM_MAJOR = 22;

if (Number(process.versions.node.split('.')[0]) < MINIMUM_MAJOR) {
	process.stderr.write(`bench-tui needs Node ${MINIMUM_MAJOR} or newer; this is ${process.versions.node}\n`);
	process.exit(1);
}
enableCompileCache(process.env);
// A variable, so the bundler leaves this import to run time: main.js sits next to this file in dist/.
const app = './main.js';
await import(app);
