// Hostile or careless requests against the server's edges: oversized bodies and headers, numbers out of range, and large
// `/results` listings read slowly — each answered with a JSON error (never a 500 or a bare status line) or streamed.
import http from 'node:http';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import type { BenchResult, BenchRun, ProjectBenchSummary } from '../../source/wire/types.js';
import { raw, serve } from './helpers.js';

const CASES = '/projects/1/scripts/summarize/bench/cases';

/** A POST whose body is sent in chunks without Content-Length (chunked transfer encoding). */
function postChunked(url: string, chunks: string[]): Promise<{ status: number; json: unknown }> {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
			let text = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (text += chunk));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) }));
		});
		request.on('error', reject);
		for (const chunk of chunks) request.write(chunk);
		request.end();
	});
}

/** Raw bytes to the server and everything it answers until it closes the connection. */
function rawExchange(url: string, bytes: string): Promise<string> {
	const { hostname, port } = new URL(url);
	return new Promise((resolve, reject) => {
		let answer = '';
		const socket = net.connect(Number(port), hostname, () => socket.write(bytes));
		socket.setEncoding('utf8');
		socket.on('data', (chunk: string) => (answer += chunk));
		socket.on('end', () => resolve(answer));
		socket.on('error', reject);
	});
}

describe('request limits', () => {
	it('refuses a body over the limit (default 10 MiB) with a JSON 413, with or without Content-Length, and stores nothing', async () => {
		const server = await serve();
		const before = (await raw(server, CASES)).json.length;
		const big = JSON.stringify({ name: 'huge', inputs: { text: 'x'.repeat(11 * 1024 * 1024) }, expected_output: { summary: 's' } });
		const refused = await raw(server, CASES, { method: 'POST', body: big, headers: { 'content-type': 'application/json' } });
		expect(refused.status).toBe(413);
		expect(refused.json).toEqual({ error: `request body larger than ${10 * 1024 * 1024} bytes` });
		const chunked = await postChunked(server.url + CASES, Array.from({ length: 11 }, (_, i) => (i === 0 ? big.slice(0, 1024 * 1024) : 'x'.repeat(1024 * 1024))));
		expect(chunked).toEqual({ status: 413, json: { error: `request body larger than ${10 * 1024 * 1024} bytes` } });
		// Just under the limit is accepted.
		const fits = await raw(server, CASES, { method: 'POST', body: { name: 'large', inputs: { text: 'y'.repeat(9 * 1024 * 1024) }, expected_output: { summary: 's' } } });
		expect(fits.status).toBe(200);
		expect((await raw(server, CASES)).json.length).toBe(before + 1);
	});

	it('takes its limit from maxBodyBytes', async () => {
		const server = await serve({ maxBodyBytes: 64 * 1024 });
		const body = { name: 'medium', inputs: { text: 'z'.repeat(100 * 1024) }, expected_output: { summary: 's' } };
		expect(await raw(server, CASES, { method: 'POST', body })).toMatchObject({ status: 413, json: { error: 'request body larger than 65536 bytes' } });
		expect((await raw(server, CASES, { method: 'POST', body: { ...body, inputs: { text: 'small' } } })).status).toBe(200);
	});

	it('answers headers over 16 KB with a JSON 431 and a malformed request with a JSON 400', async () => {
		const server = await serve();
		const status = await new Promise<{ status: number; type: string | undefined; body: string }>((resolve, reject) => {
			http
				.get(`${server.url}/projects`, { headers: { 'x-padding': 'a'.repeat(20_000) } }, (response) => {
					let body = '';
					response.on('data', (chunk: Buffer) => (body += chunk));
					response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], body }));
				})
				.on('error', reject);
		});
		expect(status).toEqual({ status: 431, type: 'application/json', body: '{"error":"request headers too large"}' });
		const garbage = await rawExchange(server.url, 'NOT A REQUEST\r\n\r\n');
		expect(garbage).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
		expect(garbage.slice(garbage.indexOf('\r\n\r\n') + 4)).toBe('{"error":"malformed HTTP request"}');
		// The server is unaffected.
		expect((await raw(server, '/projects')).status).toBe(200);
	});
});

describe('numeric values', () => {
	it('answers out-of-range or non-numeric query numbers with 400 and huge path ids with 404, never 500', async () => {
		const server = await serve();
		for (const path of [
			'/projects?offset=1e30',
			'/projects?offset=99999999999999999999',
			'/projects?limit=-1',
			'/projects/1/scripts?limit=abc',
			'/projects/1/scripts/summarize/bench/runs?offset=18446744073709551616',
			'/projects/1/scripts/summarize/bench/runs?limit=1.5',
			'/projects/2/scripts/translate/bench/contract-preview?judge=1e30',
		]) {
			const response = await raw(server, path);
			expect(response.status, path).toBe(400);
			expect(response.json.error, path).toMatch(/^(offset|limit|judge) must be a whole number between 0 and 9007199254740991$/);
		}
		for (const path of ['/bench-runs/99999999999999999999', '/benches/99999999999999999999', '/projects/99999999999999999999', '/bench-runs/99999999999999999999/results']) {
			const response = await raw(server, path);
			expect(response.status, path).toBe(404);
			expect(response.json, path).toEqual({ error: expect.stringMatching(/not found$/) });
		}
		// In-range values still page, and limit=0 still clamps to 1.
		expect((await raw(server, '/projects?limit=0&offset=1')).json.map((p: { id: number }) => p.id)).toEqual([2]);
	});

	it('refuses sample_size and judge_script_id beyond the safe integers with 400', async () => {
		const server = await serve();
		const trigger = (body: unknown) => raw(server, '/projects/1/scripts/summarize/bench/runs', { method: 'POST', body });
		for (const sampleSize of [1e308, 2 ** 53, -1e308]) {
			const response = await trigger({ channel: 'production', mode: 'sampled', sample_size: sampleSize });
			expect(response.status, String(sampleSize)).toBe(400);
		}
		expect((await trigger({ channel: 'production', mode: 'sampled', sample_size: 1e308 })).json).toEqual({ error: 'sample_size must be an integer between 1 and 9007199254740991' });
		expect((await trigger({ channel: 'production', sample_size: 'all' })).status).toBe(400);
		const judge = await raw(server, '/projects/1/scripts/summarize/bench', { method: 'POST', body: { judge_script_id: 1e308 } });
		expect(judge).toMatchObject({ status: 400, json: { error: 'judge_script_id must be an integer' } });
		expect((await raw(server, '/projects/1/scripts/summarize/bench/runs?limit=500')).json.length).toBe(6);
	});
});

describe('bench summaries', () => {
	it('round latest_run_cost_usd to micro-dollars, equal to the latest run’s own total_cost_usd', async () => {
		const server = await serve();
		for (const project of [1, 2]) {
			for (const summary of (await raw(server, `/projects/${project}/benches`)).json as ProjectBenchSummary[]) {
				const run = (await raw(server, `/bench-runs/${summary.latest_run_id}`)).json as BenchRun;
				expect(summary.latest_run_cost_usd, summary.script_name).toBe(run.total_cost_usd);
				expect(Math.round(summary.latest_run_cost_usd! * 1e6) / 1e6).toBe(summary.latest_run_cost_usd);
			}
		}
		// A live run's cost is a sum of many results: unrounded in storage, rounded where it is sent.
		const run = (await raw(server, '/projects/1/scripts/classify-ticket/bench/runs', { method: 'POST', body: { channel: 'production' } })).json as BenchRun;
		await server.coordinator.idle();
		const stored = server.store.run(run.id)!.total_cost_usd;
		const summary = ((await raw(server, '/projects/1/benches')).json as ProjectBenchSummary[]).find((s) => s.latest_run_id === run.id)!;
		expect(summary.latest_run_cost_usd).toBe(Math.round(stored * 1e6) / 1e6);
	});
});

describe('large /results listings', () => {
	it('stream in pages: a reader that stops reading holds the server to a few pages, other requests are answered, and every row arrives once', async () => {
		const server = await serve({ data: 'empty' });
		const seeded = server.seedBench({ cases: 20_000, runs: 1 });
		const runId = seeded.runIds[0];
		let pages = 0;
		const page = server.store.resultPage.bind(server.store);
		server.store.resultPage = (...args) => {
			pages++;
			return page(...args);
		};
		const response = await new Promise<http.IncomingMessage>((resolve, reject) => http.get(`${server.url}/bench-runs/${runId}/results`, resolve).on('error', reject));
		expect(response.headers['content-type']).toMatch(/^application\/json/);
		expect(response.headers['content-length']).toBeUndefined();
		response.pause();
		// While the reader is paused the server answers others, and the listing stops once the socket buffers are full:
		// requests go on until three in a row see no new page (at most 200 requests).
		let unchanged = 0;
		for (let i = 0; i < 200 && unchanged < 3; i++) {
			const before = pages;
			expect((await raw(server, '/projects')).status).toBe(200);
			unchanged = pages === before ? unchanged + 1 : 0;
		}
		const pagesWhilePaused = pages;
		expect(unchanged).toBe(3);
		for (let i = 0; i < 5; i++) expect((await raw(server, `/bench-runs/${runId}`)).status).toBe(200);
		expect(pages).toBe(pagesWhilePaused);
		expect(pagesWhilePaused).toBeLessThan(100); // of 200 pages (100 rows each)
		const chunks: Buffer[] = [];
		response.on('data', (chunk: Buffer) => chunks.push(chunk));
		response.resume();
		await new Promise((resolve) => response.once('end', resolve));
		const rows = JSON.parse(Buffer.concat(chunks).toString('utf8')) as BenchResult[];
		expect(rows).toHaveLength(20_000);
		expect(new Set(rows.map((r) => r.case_id)).size).toBe(20_000);
		expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort((a, b) => a - b));
		expect(rows[0]).toMatchObject({ bench_run_id: runId, case_name: 'case 1' });
		expect(rows.at(-1)).toMatchObject({ case_name: 'case 20000' });
	});

	it('are a snapshot of the results recorded when the request arrived, also for a running run', async () => {
		const server = await serve({ data: 'empty', pace: 0 });
		const seeded = server.seedBench({ cases: 3_000 });
		const run = (await raw(server, `/projects/${seeded.projectId}/scripts/${seeded.scriptName}/bench/runs`, { method: 'POST', body: { channel: 'production' } })).json as BenchRun;
		const empty = (await raw(server, `/bench-runs/${run.id}/results`)).json as BenchResult[];
		await server.coordinator.idle();
		const all = (await raw(server, `/bench-runs/${run.id}/results`)).json as BenchResult[];
		expect(all).toHaveLength(3_000);
		// Whatever the first read saw is a prefix of the final listing (nothing reordered, nothing duplicated).
		expect(all.slice(0, empty.length)).toEqual(empty);
		expect((await raw(server, '/bench-runs/999/results')).json).toEqual({ error: 'bench run not found' });
	});
});
