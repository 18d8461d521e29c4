// The runs pane while a fast run updates it live (hub events): bytes the app writes to the terminal per second
// and its CPU%, on a 120×40 pty over 10 s. A server-side pace of 200 results/s is far above what the pane
// shows (≤ ~30 applied batches/s), so the figures show the batching and incremental rendering at work.
import { existsSync } from 'node:fs';
import { createClient } from '../source/client/index.js';
import { startServer } from '../source/server/index.js';
import { probe } from './pty.js';

const SECONDS = 10;
if (!existsSync('dist/cli.js')) throw new Error('build first: npm run build');
const server = await startServer({ data: 'empty', pace: 200 });
try {
	const bench = server.seedBench({ cases: 20_000, runs: 3, scriptName: 'live', concurrency: 50 });
	const api = createClient({ baseUrl: server.url });
	const run = await api.benches.triggerRun(bench.projectId, bench.scriptName, { channel: 'production' });
	const result = await probe(
		[...(process.env.PROF ? ['node', '--cpu-prof', '--cpu-prof-dir=/tmp/shell/prof'] : ['node']), 'dist/cli.js', '--url', server.url, '--project', String(bench.projectId)],
		[{ wait: 'live' }, { send: '\r' }, { wait: 'running' }, { measure: SECONDS }, { send: 'q' }, { wait_exit: true }],
		{ timeout: 60 },
	);
	const done = (await api.benchRuns.get(run.id))?.status_breakdown;
	await api.benchRuns.cancel(run.id);
	const seconds = result.seconds ?? SECONDS;
	const recorded = Object.values(done ?? {}).reduce((sum, n) => sum + (n ?? 0), 0);
	process.stdout.write(`pty 120x40, bundled dist/cli.js, runs pane of a run recording ~200 results/s (${recorded} recorded by the end)\n`);
	process.stdout.write(`terminal output: ${((result.bytes ?? 0) / seconds / 1024).toFixed(1)} KiB/s over ${seconds.toFixed(1)} s\n`);
	process.stdout.write(`app CPU:         ${(((result.cpu_seconds ?? 0) / seconds) * 100).toFixed(1)} % of one core\n`);
} finally {
	await server.close();
}
