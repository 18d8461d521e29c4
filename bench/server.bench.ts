// Embedded server figures. (1) Throughput: a 10,000-case run at unlimited pace with 10 concurrent SSE subscribers (raw HTTP
// readers in this process): results recorded per second, frames per second per subscriber, lagged frames, peak RSS.
// (2) Fairness: `/projects` latency (median, max) while 10 concurrent 50,000-row `/results` downloads run, the server in a
// child process so that the readers and the probe do not share its event loop.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { createInterface } from 'node:readline';
import { startServer } from '../source/server/index.js';
import { insertTriggeredRun } from '../source/server/trigger.js';

const CASES = 10_000;
const SUBSCRIBERS = 10;
const DOWNLOAD_ROWS = 50_000;
const DOWNLOADS = 10;

const cpuOf = (start: NodeJS.CpuUsage) => {
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1e6;
};
const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(44)} ${value}\n`);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};

interface Reader {
	results: number;
	lagged: number;
	dropped: number;
	done: Promise<number>;
}

function subscribe(url: string): Promise<Reader> {
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers: { accept: 'text/event-stream' } }, (response) => {
				const reader: Reader = { results: 0, lagged: 0, dropped: 0, done: Promise.resolve(0) };
				let tail = '';
				response.setEncoding('utf8');
				response.on('data', (chunk: string) => {
					const text = tail + chunk;
					const end = text.lastIndexOf('\n\n');
					if (end < 0) {
						tail = text;
						return;
					}
					const cut = end + 2;
					for (const frame of text.slice(0, cut).split('\n\n')) {
						if (frame.startsWith('event: result')) reader.results++;
						else if (frame.startsWith('event: lagged')) {
							reader.lagged++;
							reader.dropped += JSON.parse(frame.slice(frame.indexOf('data: ') + 6)).dropped;
						}
					}
					tail = text.slice(cut);
				});
				reader.done = new Promise((done) => response.on('end', () => done(performance.now())));
				resolve(reader);
			})
			.on('error', reject);
	});
}

async function throughput(): Promise<void> {
	const server = await startServer({ data: 'empty', pace: 0 });
	const seedStart = performance.now();
	const seeded = server.seedBench({ cases: CASES });
	const seedMs = performance.now() - seedStart;

	// The run is inserted as the trigger route would, but started only once every subscriber is attached (no replay).
	const run = insertTriggeredRun(server.store, server.store.bench(seeded.benchId)!, { channel: 'production' }, null, new Date().toISOString()).run;
	const readers = await Promise.all(Array.from({ length: SUBSCRIBERS }, () => subscribe(`${server.url}/bench-runs/${run.id}/events`)));
	const start = performance.now();
	const cpuStart = process.cpuUsage();
	server.coordinator.start(run.id);
	await server.coordinator.idle();
	const runSeconds = (performance.now() - start) / 1000;
	const ends = await Promise.all(readers.map((r) => r.done));
	const cpuSeconds = cpuOf(cpuStart);
	const recorded = (server.store.db.prepare('SELECT COUNT(*) AS n FROM results WHERE run_id = ?').get(run.id) as { n: number }).n;

	// The same run again with nobody listening: the coordinator + store alone.
	const quiet = insertTriggeredRun(server.store, server.store.bench(seeded.benchId)!, { channel: 'draft' }, null, new Date().toISOString()).run;
	const quietStart = performance.now();
	const quietCpuStart = process.cpuUsage();
	server.coordinator.start(quiet.id);
	await server.coordinator.idle();
	const quietSeconds = (performance.now() - quietStart) / 1000;
	const quietCpuSeconds = cpuOf(quietCpuStart);
	await server.close();

	const perSubscriber = readers.map((r, i) => r.results / ((ends[i] - start) / 1000));
	line('seed bench (cases)', `${CASES} in ${seedMs.toFixed(0)} ms`);
	line('results recorded', `${recorded} in ${runSeconds.toFixed(2)} s`);
	line('results recorded per second', (recorded / runSeconds).toFixed(0));
	line('results recorded per second, no subscriber', (CASES / quietSeconds).toFixed(0));
	// CPU time (user + system of this process, server and readers) is steadier than wall time on a shared machine.
	line('results per CPU second (10 subscribers)', (recorded / cpuSeconds).toFixed(0));
	line('results per CPU second, no subscriber', (CASES / quietCpuSeconds).toFixed(0));
	line('frames delivered per second per subscriber', `mean ${mean(perSubscriber).toFixed(0)}, min ${Math.min(...perSubscriber).toFixed(0)}, max ${Math.max(...perSubscriber).toFixed(0)}`);
	line('result frames delivered (all subscribers)', `${readers.reduce((s, r) => s + r.results, 0)} of ${recorded * SUBSCRIBERS}`);
	line('lagged frames (all subscribers)', `${readers.reduce((s, r) => s + r.lagged, 0)} (dropped results: ${readers.reduce((s, r) => s + r.dropped, 0)})`);
	line('peak RSS', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

/** Child mode: a server with one finished 50,000-row run; prints `{url, runId}` and serves until killed. */
async function serveResults(): Promise<void> {
	const server = await startServer({ data: 'demo', pace: 0 });
	const seeded = server.seedBench({ cases: DOWNLOAD_ROWS, runs: 1 });
	process.stdout.write(`${JSON.stringify({ url: server.url, runId: seeded.runIds[0] })}\n`);
}

function download(url: string): Promise<number> {
	return new Promise((resolve, reject) => {
		http
			.get(url, (response) => {
				let bytes = 0;
				response.on('data', (chunk: Buffer) => (bytes += chunk.length));
				response.on('end', () => resolve(bytes));
				response.on('error', reject);
			})
			.on('error', reject);
	});
}

/** One GET on a fresh connection (a kept-alive one can be closed by the server's idle timer while its loop was blocked). */
function timedGet(url: string): Promise<number> {
	const start = performance.now();
	return new Promise((resolve, reject) => {
		http
			.get(url, { agent: false }, (response) => {
				response.resume();
				response.on('end', () => (response.statusCode === 200 ? resolve(performance.now() - start) : reject(new Error(`${url}: ${response.statusCode}`))));
			})
			.on('error', reject);
	});
}

async function fairness(): Promise<void> {
	const child = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, 'serve-results'], { stdio: ['ignore', 'pipe', 'inherit'] });
	try {
		const { url, runId } = JSON.parse(await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve))) as { url: string; runId: number };
		const idle: number[] = [];
		for (let i = 0; i < 20; i++) idle.push(await timedGet(`${url}/projects`));
		const start = performance.now();
		let loading = true;
		const downloads = Promise.all(Array.from({ length: DOWNLOADS }, () => download(`${url}/bench-runs/${runId}/results`))).finally(() => (loading = false));
		const busy: number[] = [];
		while (loading) {
			busy.push(await timedGet(`${url}/projects`));
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
		const bytes = await downloads;
		const seconds = (performance.now() - start) / 1000;
		line('/projects latency, idle', `median ${median(idle).toFixed(1)} ms, max ${Math.max(...idle).toFixed(1)} ms`);
		line(`/results downloads (${DOWNLOADS} × ${DOWNLOAD_ROWS} rows)`, `${(bytes.reduce((a, b) => a + b, 0) / 2 ** 20).toFixed(0)} MiB in ${seconds.toFixed(2)} s`);
		line('/projects latency during downloads', `median ${median(busy).toFixed(1)} ms, max ${Math.max(...busy).toFixed(1)} ms (${busy.length} requests)`);
	} finally {
		child.kill('SIGKILL');
	}
}

// `… server.bench.ts throughput` or `… fairness` runs one part; no argument runs both.
const part = process.argv[2];
if (part === 'serve-results') await serveResults();
else {
	if (part !== 'fairness') await throughput();
	if (part !== 'throughput') await fairness();
}
