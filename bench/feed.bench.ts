// The live feed's costs, end to end:
//  1. ingest: results/s through the client's SSE parser + watchRun + the RunFeed model, next to raw
//     eventsource-parser + JSON.parse on the same bytes (in memory, and over the same kind of socket);
//  2. memory: peak and settled RSS of a process loading a finished 100,000-result run into a RunFeed (the app's code
//     bundled and run with plain node; the server in another child process);
//  3. terminal: bytes/s written and CPU% of the bundled app (dist/cli.js) on a 120×40 pty while a run streams
//     1,000 results/s into the feed view.
// Targets: ingest ≥ 20,000 results/s; at 100k results peak RSS ≤ 250 MB and settled ≤ 200 MB; ≤ 20 KB/s and ≤ 40% CPU during the 1,000/s stream.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { createParser } from 'eventsource-parser';
import { createClient } from '../source/client/index.js';
import { RunFeed } from '../source/state/run-feed.js';
import { watchRun } from '../source/io/run-watch.js';

const INGEST_RESULTS = 100_000;
const MEMORY_RESULTS = 100_000;
const STREAM_PACE = 1_000;
const STREAM_WINDOW_S = 10;

const print = (line: string) => process.stdout.write(`${line}\n`);
const perSecond = (count: number, ms: number) => Math.round((count * 1000) / ms).toLocaleString('en');
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

// ---- 1. ingest ----

function resultRow(id: number) {
	return {
		id,
		bench_run_id: 1,
		case_id: `7c0e${String(id).padStart(8, '0')}-1f2a-4b3c-9d8e-5f6a7b8c9d0e`,
		workflow_execution_id: `wf-${id}-7c0e1f2a`,
		judge_execution_id: `jd-${id}-7c0e1f2a`,
		score: { score: id % 100, reason: 'matches the expected label' },
		headline_score: id % 100,
		status: id % 23 === 0 ? 'workflow_failed' : 'ok',
		cost_usd: 0.0031,
		duration_ms: 5120,
		cache_hit: false,
		input_hash: 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12',
		error: null,
		created_at: '2026-08-18T09:00:05Z',
	};
}

function streamChunks(count: number, perChunk = 200): string[] {
	const chunks: string[] = [];
	for (let start = 1; start <= count; start += perChunk) {
		let chunk = '';
		for (let id = start; id < Math.min(count + 1, start + perChunk); id++) chunk += `event: result\ndata: ${JSON.stringify(resultRow(id))}\n\n`;
		chunks.push(chunk);
	}
	chunks.push('event: terminal\ndata: {"status":"completed"}\n\n');
	return chunks;
}

function rawInMemory(chunks: string[]): number {
	let results = 0;
	const parser = createParser({
		onEvent: (message) => {
			if (message.event === 'result' && JSON.parse(message.data)) results++;
		},
	});
	for (const chunk of chunks) parser.feed(chunk);
	return results;
}

async function ingest(): Promise<void> {
	const chunks = streamChunks(INGEST_RESULTS);
	const bytes = chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0);
	const server = createServer(async (req, res) => {
		if (req.url?.endsWith('/results')) {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end('[]');
			return;
		}
		res.writeHead(200, { 'content-type': 'text/event-stream' });
		for (const chunk of chunks) if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
		res.end();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	const best = async (measure: () => Promise<number> | number) => {
		let fastest = Infinity;
		let count = 0;
		for (let round = 0; round < 3; round++) {
			const started = performance.now();
			count = await measure();
			fastest = Math.min(fastest, performance.now() - started);
		}
		return { count, ms: fastest };
	};
	const raw = await best(() => rawInMemory(chunks));
	const socket = await best(async () => {
		const response = await fetch(`${url}/bench-runs/1/events`);
		let results = 0;
		const parser = createParser({
			onEvent: (message) => {
				if (message.event === 'result' && JSON.parse(message.data)) results++;
			},
		});
		const decoder = new TextDecoder();
		for await (const part of response.body as unknown as AsyncIterable<Uint8Array>) parser.feed(decoder.decode(part, { stream: true }));
		return results;
	});
	const pipeline = await best(async () => {
		const feed = new RunFeed(1);
		await watchRun(createClient({ baseUrl: url }), 1, feed.handlers());
		return feed.size;
	});
	server.close();
	print(`ingest (${INGEST_RESULTS.toLocaleString('en')} result frames, ${mb(bytes)} of SSE; best of 3 each):`);
	print(`  raw eventsource-parser + JSON.parse, in memory:  ${perSecond(raw.count, raw.ms)} results/s`);
	print(`  raw eventsource-parser + JSON.parse, over HTTP:   ${perSecond(socket.count, socket.ms)} results/s`);
	print(`  client SSE + watchRun + RunFeed, over HTTP:       ${perSecond(pipeline.count, pipeline.ms)} results/s`);
	print(`  pipeline / raw over HTTP: ${(socket.ms / pipeline.ms).toFixed(2)}   pipeline / raw in memory: ${(raw.ms / pipeline.ms).toFixed(2)}   (target ≥ 20,000 results/s)`);
}

// ---- a demo server in a child process (so its memory and CPU are not ours) ----

interface ServerChild {
	url: string;
	info: Record<string, number | string>;
	child: ChildProcess;
}

const SERVER_SCRIPT = `
import { startServer } from './source/server/index.ts';
const [cases, pace, finished] = process.argv.slice(-3).map(Number);
const server = await startServer({ data: 'empty', pace });
const bench = server.seedBench({ cases, runs: finished, concurrency: 200 });
process.stdout.write(JSON.stringify({ url: server.url, projectId: bench.projectId, script: bench.scriptName, runId: bench.runIds[0] ?? 0 }) + '\\n');
process.stdin.on('end', () => server.close().then(() => process.exit(0)));
process.stdin.resume();
`;

async function startServerChild(cases: number, pace: number, finishedRuns: number): Promise<ServerChild> {
	const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SERVER_SCRIPT, '--', String(cases), String(pace), String(finishedRuns)], {
		stdio: ['pipe', 'pipe', 'inherit'],
	});
	const line = await new Promise<string>((resolve, reject) => {
		createInterface({ input: child.stdout! }).once('line', resolve);
		child.once('exit', (code) => reject(new Error(`server child exited with ${code}`)));
	});
	const info = JSON.parse(line) as Record<string, number | string>;
	return { url: String(info.url), info, child };
}

function stopServerChild(server: ServerChild): Promise<void> {
	return new Promise((resolve) => {
		server.child.once('exit', () => resolve());
		server.child.stdin?.end();
	});
}

// ---- 2. memory ----

async function memory(): Promise<void> {
	const work = mkdtempSync(join(tmpdir(), 'bench-tui-feed-memory-'));
	const script = join(work, 'feed-memory.mjs');
	await build({
		entryPoints: ['bench/fixtures/feed-memory.ts'],
		outfile: script,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node22',
		logLevel: 'warning',
		banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
	});
	const server = await startServerChild(MEMORY_RESULTS, 0, 1);
	try {
		const child = spawnSync(process.execPath, ['--expose-gc', script, server.url, String(server.info.runId)], { encoding: 'utf8', timeout: 300_000 });
		if (child.status !== 0) throw new Error(`feed-memory failed: ${child.stderr}`);
		const m = JSON.parse(child.stdout) as Record<'rows' | 'loadMs' | 'before' | 'afterLoad' | 'peak' | 'settled' | 'reduced' | 'heapUsed', number>;
		print(`memory (a finished run of ${m.rows.toLocaleString('en')} results loaded into a RunFeed by watchRun in ${(m.loadMs / 1000).toFixed(1)} s; bundled, plain node):`);
		print(`  RSS peak ${mb(m.peak)}, settled ${mb(m.settled)} after full GCs, ${mb(m.reduced)} after a memory-reducing GC (${mb(m.before)} before, ${mb(m.afterLoad)} right after the load; heap used ${mb(m.heapUsed)})`);
		print('  targets: peak ≤ 250 MB, settled ≤ 200 MB (/results parsed as a stream, row by row)');
	} finally {
		await stopServerChild(server);
		rmSync(work, { recursive: true, force: true });
	}
}

// ---- 3. the bundled app on a pty ----

const PTY_SCRIPT = `
import fcntl, json, os, pty, select, struct, sys, termios, time
url, run_id, warmup, window = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
pid, fd = pty.fork()
if pid == 0:
    env = {k: v for k, v in os.environ.items() if k != 'CI'}
    env.update(TERM='xterm-256color', LANG='C.UTF-8', COLUMNS='120', LINES='40')
    os.execvpe('node', ['node', 'dist/cli.js', '--url', url], env)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 120, 0, 0))
def cpu():
    with open('/proc/%d/stat' % pid) as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')
def pump(seconds, until=None):
    total, seen, end = 0, b'', time.time() + seconds
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try: chunk = os.read(fd, 65536)
            except OSError: break
            total += len(chunk)
            if until is not None:
                seen = (seen + chunk)[-65536:]
                if until in seen: break
    return total
pump(15, b'projects')
pump(0.5)
os.write(fd, b':'); pump(0.3)
os.write(fd, ('run ' + run_id).encode()); pump(0.3)
os.write(fd, b'\\r')
pump(10, b'following')
pump(warmup)
cpu0, t0 = cpu(), time.time()
written = pump(window)
cpu1, t1 = cpu(), time.time()
os.write(fd, b'q'); pump(0.5)
try: os.kill(pid, 15)
except ProcessLookupError: pass
print(json.dumps({'bytes_per_s': written / (t1 - t0), 'cpu_percent': 100 * (cpu1 - cpu0) / (t1 - t0)}))
`;

async function terminal(): Promise<void> {
	if (!existsSync('dist/cli.js')) spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
	const server = await startServerChild(STREAM_PACE * (STREAM_WINDOW_S + 15), STREAM_PACE, 0);
	try {
		const client = createClient({ baseUrl: server.url });
		const run = await client.benches.triggerRun(Number(server.info.projectId), String(server.info.script), { channel: 'production' });
		const triggeredAt = performance.now();
		const measured = spawnSync('python3', ['-c', PTY_SCRIPT, server.url, String(run.id), '3', String(STREAM_WINDOW_S)], { encoding: 'utf8', timeout: 120_000 });
		if (measured.status !== 0) throw new Error(`pty measurement failed: ${measured.stderr}`);
		const { bytes_per_s: bytesPerSecond, cpu_percent: cpuPercent } = JSON.parse(measured.stdout.trim().split('\n').at(-1) ?? '{}') as {
			bytes_per_s: number;
			cpu_percent: number;
		};
		const progress = await client.benchRuns.get(run.id);
		const recorded = Object.values(progress?.status_breakdown ?? {}).reduce((sum, count) => sum + (count ?? 0), 0);
		const streamSeconds = (performance.now() - triggeredAt) / 1000;
		await client.benchRuns.cancel(run.id).catch(() => undefined);
		print(`terminal (dist/cli.js on a 120×40 pty, feed of a run streaming ${STREAM_PACE.toLocaleString('en')} results/s, ${STREAM_WINDOW_S} s window):`);
		print(`  ${(bytesPerSecond / 1024).toFixed(1)} KB/s written to the terminal (target ≤ 20 KB/s), CPU ${cpuPercent.toFixed(0)}% of one core (target ≤ 40%)`);
		print(`  (the server actually recorded ${recorded.toLocaleString('en')} results in ${streamSeconds.toFixed(1)} s = ${perSecond(recorded, streamSeconds * 1000)} results/s on average)`);
	} finally {
		await stopServerChild(server);
	}
}

const only = process.argv[2];
if (!only || only === 'ingest') await ingest();
if (!only || only === 'memory') await memory();
if (!only || only === 'terminal') await terminal();
