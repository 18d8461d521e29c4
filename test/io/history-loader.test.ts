// History loading against the real embedded server behind a recording proxy: the matrix equals the server's
// results, a second open reads finished runs from the disk cache (no /results request), a run still running is
// fetched again, a corrupted cache file is ignored and rewritten, and the cache is private, bounded and token-free.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../source/client/index.js';
import type { Client } from '../../source/client/api.js';
import { defaultCacheDir, ResultCache, serverKey } from '../../source/io/history-cache.js';
import { listCompletedRuns, listHistoryCases, loadHistoryColumns } from '../../source/io/history-loader.js';
import { HistoryModel, type HistoryColumn } from '../../source/state/history.js';
import { startServer, type RunningServer, type SeededBench } from '../../source/server/index.js';
import type { BenchRun } from '../../source/wire/types.js';
import { startRecordingProxy, type RecordingProxy } from '../ui/cases/recording-proxy.js';

const TOKEN = 'history-secret-token-1234';
let server: RunningServer;
let proxy: RecordingProxy;
let client: Client;
let bench: SeededBench;
let dir: string;

beforeEach(async () => {
	server = await startServer({ data: 'empty', pace: 0, tokens: [{ token: TOKEN, service: true }] });
	bench = server.seedBench({ cases: 12, runs: 6, scriptName: 'hist' });
	proxy = await startRecordingProxy(server.url);
	client = createClient({ baseUrl: proxy.url, token: TOKEN, retry: { attempts: 1 } });
	dir = await mkdtemp(join(tmpdir(), 'bench-tui-history-'));
});

afterEach(async () => {
	await proxy.close();
	await server.close();
	await rm(dir, { recursive: true, force: true });
});

const resultRequests = () => proxy.requests.filter((r) => /^\/bench-runs\/\d+\/results/.test(r.path)).map((r) => Number(r.path.split('/')[2]));

async function load(cache: ResultCache | null, runs: BenchRun[]) {
	const columns = new Map<number, HistoryColumn>(runs.map((run) => [run.id, { run }]));
	const sources: string[] = [];
	const progress: number[] = [];
	await loadHistoryColumns(client, cache, runs, {
		onColumn(runId, column) {
			if ('error' in column) throw new Error(column.error);
			sources.push(`${runId}:${column.source}`);
			columns.set(runId, { run: columns.get(runId)!.run, data: column.data });
		},
		onProgress: (done) => progress.push(done),
	});
	return { columns: runs.map((run) => columns.get(run.id)!), sources, progress };
}

describe('history loading', () => {
	it('lists the last N completed runs oldest first, and the matrix holds exactly the server results', async () => {
		const runs = await listCompletedRuns(client, bench.projectId, 'hist', 4);
		expect(runs.map((r) => r.id)).toEqual(bench.runIds.slice(-4));
		const cases = await listHistoryCases(client, bench.projectId, 'hist');
		const { columns, progress } = await load(null, runs);
		expect(progress).toEqual([0, 1, 2, 3, 4]);
		const model = new HistoryModel(cases, columns);
		expect(model.rowCount).toBe(12);
		for (const [c, run] of runs.entries()) {
			const results = await client.benchRuns.listResults(run.id);
			expect(results.length).toBe(12);
			for (const result of results) {
				const row = model.cases.findIndex((x) => x.id === result.case_id);
				const cell = model.cell(row, c);
				const failed = result.status === 'workflow_failed' || result.status === 'judge_failed';
				expect(cell.kind).toBe(failed ? 'failed' : result.verdict);
				expect(cell.score).toBe(result.headline_score ?? NaN);
				expect(model.timeline(row)[c].resultId).toBe(result.id);
			}
		}
	});

	it('a second open makes no /results request for finished runs', async () => {
		const cache = new ResultCache(dir);
		const runs = await listCompletedRuns(client, bench.projectId, 'hist', 6);
		const first = await load(cache, runs);
		expect(resultRequests().sort()).toEqual(runs.map((r) => r.id).sort());
		expect(first.sources.every((s) => s.endsWith(':network'))).toBe(true);

		proxy.requests.length = 0;
		const second = await load(cache, runs);
		expect(resultRequests()).toEqual([]);
		expect(second.sources.every((s) => s.endsWith(':cache'))).toBe(true);
		// Same matrix from the cache as from the network.
		const cases = await listHistoryCases(client, bench.projectId, 'hist');
		const a = new HistoryModel(cases, first.columns);
		const b = new HistoryModel(cases, second.columns);
		for (let row = 0; row < a.rowCount; row++) expect(b.summary(row)).toEqual(a.summary(row));
	});

	it('a run still running is fetched every time, never cached', async () => {
		const slow = await startServer({ data: 'empty', pace: 1 });
		try {
			const seeded = slow.seedBench({ cases: 30, scriptName: 'slow' });
			const slowProxy = await startRecordingProxy(slow.url);
			const slowClient = createClient({ baseUrl: slowProxy.url, retry: { attempts: 1 } });
			const started = await slowClient.benches.triggerRun(seeded.projectId, 'slow', { channel: 'production' });
			const running = { ...started, status: 'running' as const };
			const cache = new ResultCache(dir);
			for (let i = 0; i < 2; i++) await loadHistoryColumns(slowClient, cache, [running], { onColumn() {} });
			expect(slowProxy.requests.filter((r) => r.path.endsWith('/results')).length).toBe(2);
			expect(await cache.read(slowProxy.url, running.id)).toBeUndefined();
			await slowProxy.close();
		} finally {
			await slow.close();
		}
	});

	it('a corrupted cache file is ignored, fetched again and rewritten', async () => {
		const cache = new ResultCache(dir);
		const runs = await listCompletedRuns(client, bench.projectId, 'hist', 3);
		await load(cache, runs);
		const victim = runs[1].id;
		const file = cache.fileFor(client.baseUrl, victim);
		const good = await readFile(file, 'utf8');
		for (const broken of ['{"format":1,"run_id":', JSON.stringify({ format: 1, run_id: victim, results: [{ id: 'x' }] }), '']) {
			await writeFile(file, broken);
			proxy.requests.length = 0;
			const again = await load(cache, runs);
			expect(resultRequests()).toEqual([victim]);
			expect(again.sources).toContain(`${victim}:network`);
			expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(JSON.parse(good));
		}
	});

	it('the cache is private (0700 dirs, 0600 files), keyed by a hash of the URL, and never holds the token', async () => {
		const cache = new ResultCache(join(dir, 'bench-tui'));
		const runs = await listCompletedRuns(client, bench.projectId, 'hist', 2);
		await load(cache, runs);
		const serverDir = join(dir, 'bench-tui', 'history', serverKey(client.baseUrl));
		for (const path of [join(dir, 'bench-tui'), join(dir, 'bench-tui', 'history'), serverDir]) expect((await stat(path)).mode & 0o777).toBe(0o700);
		const files = await readdir(serverDir);
		expect(files.sort()).toEqual(runs.map((r) => `run-${r.id}.json`).sort());
		for (const name of files) {
			expect((await stat(join(serverDir, name))).mode & 0o777).toBe(0o600);
			const text = await readFile(join(serverDir, name), 'utf8');
			expect(text).not.toContain(TOKEN);
			expect(text).not.toContain(proxy.url.replace('http://', ''));
		}
		expect(serverKey('http://user:pw@host:1/')).toBe(serverKey('http://host:1'));
	});

	it('is bounded: the least recently used run files go first', async () => {
		const runs = await listCompletedRuns(client, bench.projectId, 'hist', 6);
		const unbounded = new ResultCache(dir);
		await load(unbounded, runs);
		const serverDir = join(dir, 'history', serverKey(client.baseUrl));
		const sizes = await Promise.all(runs.map(async (r) => (await stat(join(serverDir, `run-${r.id}.json`))).size));
		// Room for about three files: after a load, the ones used last are kept.
		const bounded = new ResultCache(dir, sizes[0] * 3 + 10);
		await bounded.read(client.baseUrl, runs[0].id);
		await new Promise((resolve) => setTimeout(resolve, 20));
		await bounded.read(client.baseUrl, runs[1].id);
		await bounded.prune();
		const kept = await readdir(serverDir);
		expect(kept.length).toBeLessThanOrEqual(3);
		expect(kept).toContain(`run-${runs[1].id}.json`);
	});

	it('defaults to $XDG_CACHE_HOME/bench-tui, else ~/.cache/bench-tui', () => {
		expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/bench-tui');
		expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative' })).toMatch(/\.cache\/bench-tui$/);
	});
});

describe('the demo server draft-reply history', () => {
	it('has flaky cases, one broke and one fixed at the v2 boundary, late cases blank, and every cell is its result', async () => {
		const demo = await startServer({ pace: 0 });
		try {
			const api = createClient({ baseUrl: demo.url, retry: { attempts: 1 } });
			const runs = await listCompletedRuns(api, 1, 'draft-reply', 30);
			expect(runs.length).toBe(14);
			const cases = await listHistoryCases(api, 1, 'draft-reply');
			const columns: HistoryColumn[] = runs.map((run) => ({ run }));
			await loadHistoryColumns(api, null, runs, {
				onColumn(runId, column) {
					if ('error' in column) throw new Error(column.error);
					columns[runs.findIndex((r) => r.id === runId)] = { run: columns.find((c) => c.run.id === runId)!.run, data: column.data };
				},
			});
			const model = new HistoryModel(cases, columns);
			const states = model.stateCounts();
			expect(states.flaky).toBeGreaterThanOrEqual(1);
			expect(states.broke).toBeGreaterThanOrEqual(1);
			expect(states.fixed).toBeGreaterThanOrEqual(1);
			const boundary = [...model.versionBreaks];
			expect(boundary).toHaveLength(1);
			const v2 = runs[boundary[0]];
			for (let row = 0; row < model.rowCount; row++) {
				const s = model.summary(row);
				if (s.state === 'broke' || s.state === 'fixed') {
					expect(s.changeRun?.id).toBe(v2.id);
					expect(s.changeVersions).toEqual({ workflow: { from: runs[0].workflow_version_id, to: v2.workflow_version_id } });
				}
			}
			// Cases added after the fourth night are blank before; the sampled night leaves gaps.
			const late = model.cases.findIndex((_, row) => model.cell(row, 0).kind === 'absent' && model.cell(row, 13).kind !== 'absent');
			expect(late).toBeGreaterThanOrEqual(0);
			const sampled = runs.findIndex((r) => r.mode === 'sampled');
			expect(Array.from({ length: model.rowCount }, (_, row) => model.cell(row, sampled).kind).filter((k) => k === 'absent').length).toBeGreaterThan(0);
			// Every cell is exactly the server's result.
			for (const [c, run] of runs.entries()) {
				for (const result of await api.benchRuns.listResults(run.id)) {
					const row = model.cases.findIndex((x) => x.id === result.case_id);
					const failed = result.status === 'workflow_failed' || result.status === 'judge_failed';
					expect(model.cell(row, c).kind).toBe(failed ? 'failed' : result.verdict);
				}
			}
		} finally {
			await demo.close();
		}
	});
});
