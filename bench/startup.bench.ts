// Start-up of the bundled binary on a 120×40 pty: time to the first frame (breadcrumbs drawn) and to the first
// data (a project name from the server), median of 7 runs, against `node -e ''` on the same pty as the baseline.
import { existsSync } from 'node:fs';
import { startServer } from '../source/server/index.js';
import { median, probe } from './pty.js';

const RUNS = 7;
if (!existsSync('dist/cli.js')) throw new Error('build first: npm run build');
const server = await startServer({ data: 'demo', pace: 0 });
try {
	const baseline: number[] = [];
	const firstFrame: number[] = [];
	const firstData: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		baseline.push((await probe(['node', '-e', ''], [{ wait_exit: true }])).exit_ms ?? NaN);
		const run = await probe(
			['node', 'dist/cli.js', '--url', server.url],
			[{ wait: 'projects', mark: 'frame' }, { wait: 'Acme Support', mark: 'data' }, { send: 'q' }, { wait_exit: true }],
		);
		firstFrame.push(run.marks.frame);
		firstData.push(run.marks.data);
	}
	const base = median(baseline);
	const frame = median(firstFrame);
	const data = median(firstData);
	process.stdout.write(`runs: ${RUNS} (median), pty 120x40, bundled dist/cli.js\n`);
	process.stdout.write(`node -e '' (baseline, to exit):  ${base.toFixed(0)} ms\n`);
	process.stdout.write(`first frame:                     ${frame.toFixed(0)} ms  (${(frame / base).toFixed(2)}x baseline)\n`);
	process.stdout.write(`first data (projects listed):    ${data.toFixed(0)} ms  (${(data / base).toFixed(2)}x baseline)\n`);
} finally {
	await server.close();
}
