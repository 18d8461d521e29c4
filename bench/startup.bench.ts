// Start-up of the shipped bin (dist/cli.js, compile cache warm) on a 120×40 pty, median of 9 runs each, measured
// in the same run as its two references: bare `node -e ''` (to exit) and a stock bundled Ink "hello" (one <Text>,
// the same Ink, plain esbuild, to its frame). The app is timed to its first frame and to its first frame WITH data,
// on the projects route and on `--project 1`. Goal: first frame with data ≤ 1.2× the Ink hello.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { startServer } from '../source/server/index.js';
import { median, probe } from './pty.js';

const RUNS = 9;
if (!existsSync('dist/cli.js')) throw new Error('build first: npm run build');
const work = mkdtempSync(join(tmpdir(), 'bench-tui-startup-'));
// Its own cache home, warmed by the first (discarded) run of each command: what a user sees from the second start on.
const env = { XDG_CACHE_HOME: join(work, 'cache') };
const hello = join(work, 'hello.mjs');
await build({
	entryPoints: ['bench/fixtures/ink-hello.tsx'],
	outfile: hello,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node22',
	jsx: 'automatic',
	logLevel: 'warning',
	alias: { 'react-devtools-core': './scripts/devtools-stub.mjs' },
	define: { 'process.env.NODE_ENV': '"production"' },
	banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

const server = await startServer({ data: 'demo', pace: 0 });
const app = (args: string[], data: string) =>
	probe(['node', 'dist/cli.js', '--url', server.url, ...args], [{ wait: 'projects', mark: 'frame' }, { wait: data, mark: 'data' }, { send: 'q' }, { wait_exit: true }], { env });
const routes = [
	{ name: 'projects route', args: [], data: 'Acme Support' },
	{ name: '--project 1', args: ['--project', '1'], data: 'summarize' },
];
try {
	const samples: Record<string, number[]> = {};
	const add = (key: string, value: number | undefined) => (samples[key] ??= []).push(value ?? NaN);
	for (const route of routes) await app(route.args, route.data);
	for (let i = 0; i < RUNS; i++) {
		add('node', (await probe(['node', '-e', ''], [{ wait_exit: true }])).exit_ms);
		add('hello', (await probe(['node', hello], [{ wait: 'hello from ink', mark: 'frame' }, { wait_exit: true }])).marks.frame);
		for (const route of routes) {
			const run = await app(route.args, route.data);
			add(`${route.name} frame`, run.marks.frame);
			add(`${route.name} data`, run.marks.data);
		}
	}
	const node = median(samples.node);
	const inkHello = median(samples.hello);
	const line = (label: string, ms: number) =>
		process.stdout.write(`${label.padEnd(40)} ${ms.toFixed(0).padStart(4)} ms  ${(ms / node).toFixed(2)}x node  ${(ms / inkHello).toFixed(2)}x hello\n`);
	process.stdout.write(`runs: ${RUNS} (median), pty 120x40, Node ${process.version}, shipped dist/cli.js with a warm compile cache\n`);
	line(`node -e '' (to exit)`, node);
	line('Ink hello, bundled (to its frame)', inkHello);
	for (const route of routes) {
		line(`app ${route.name}: first frame`, median(samples[`${route.name} frame`]));
		line(`app ${route.name}: first frame with data`, median(samples[`${route.name} data`]));
	}
	process.stdout.write('goal: first frame with data ≤ 1.20x hello\n');
} finally {
	await server.close();
	rmSync(work, { recursive: true, force: true });
}
