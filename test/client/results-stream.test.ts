// GET /bench-runs/{id}/results read as a stream: elements parsed one by one (no whole-body string), identical to
// JSON.parse however the bytes are cut, and a malformed body or row rejected rather than half-delivered.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../source/client/index.js';
import { JsonArraySplitter } from '../../source/client/json-array.js';
import { AkribesError, NotFoundError } from '../../source/client/errors.js';

/** A tricky but valid row: brackets, braces, commas, quotes and escapes inside strings, multi-byte UTF-8. */
function row(id: number) {
	return {
		id,
		bench_run_id: 9,
		case_id: `c-${id}`,
		workflow_execution_id: null,
		judge_execution_id: null,
		headline_score: id % 100,
		cost_usd: 0,
		duration_ms: null,
		cache_hit: false,
		status: 'ok',
		created_at: '2026-08-18T09:00:05Z',
		case_name: `naïve "quote" \\ [${id}], {brace} 日本語 👩‍👩‍👧 \u2028`,
		score: { score: id % 100, reason: 'a, b ] } [ {' },
		nested: [[1, [2, { a: [] }]], '', null, true, -1.5e3],
	};
}

function splitAll(text: string, cut: number): unknown[] {
	const bytes = new TextEncoder().encode(text);
	const out: unknown[] = [];
	const splitter = new JsonArraySplitter((value) => out.push(value));
	for (let start = 0; start < bytes.length; start += cut) splitter.push(bytes.subarray(start, start + cut));
	splitter.end();
	return out;
}

describe('JsonArraySplitter', () => {
	it('gives what JSON.parse gives, whatever the chunk size (cuts inside strings, escapes and UTF-8 sequences)', () => {
		const rows = Array.from({ length: 40 }, (_, i) => row(i + 1));
		for (const text of [JSON.stringify(rows), JSON.stringify(rows, null, 2), ` \n[ ${rows.map((r) => JSON.stringify(r)).join(' ,\n ')} ] \n`]) {
			for (const cut of [1, 2, 3, 7, 64, 1000, text.length]) expect(splitAll(text, cut)).toEqual(JSON.parse(text));
		}
	});

	it('accepts an empty array and top-level primitives', () => {
		expect(splitAll('[]', 1)).toEqual([]);
		expect(splitAll(' [ 1 , "a,]" , null , [ ] ] ', 2)).toEqual([1, 'a,]', null, []]);
	});

	it('rejects bodies that are not exactly one array', () => {
		for (const text of ['{"a":1}', '[1,2', '[1,,2]', '[1,]', '[,1]', '[1] [2]', '[{"a":1]', '"x"', '']) expect(() => splitAll(text, 3), text).toThrow(SyntaxError);
	});
});

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that answers /bench-runs/9/results with `body`, written in `cut`-byte pieces. */
async function serve(body: string | undefined, cut = 4096): Promise<string> {
	server = createServer(async (req, res) => {
		if (body === undefined || req.url !== '/bench-runs/9/results') {
			res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
			return;
		}
		res.writeHead(200, { 'content-type': 'application/json' });
		const bytes = Buffer.from(body);
		for (let start = 0; start < bytes.length; start += cut) {
			if (!res.write(bytes.subarray(start, start + cut))) await new Promise((resolve) => res.once('drain', resolve));
		}
		res.end();
	});
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('listResults over HTTP', () => {
	it('reads a 5,000-row body streamed in odd-sized pieces, row for row', async () => {
		const rows = Array.from({ length: 5_000 }, (_, i) => row(i + 1));
		const client = createClient({ baseUrl: await serve(JSON.stringify(rows), 1021) });
		expect(await client.benchRuns.listResults(9)).toEqual(rows);
	});

	it('streamResults hands the same rows over a chunk at a time, while the body is still arriving', async () => {
		const rows = Array.from({ length: 2_000 }, (_, i) => row(i + 1));
		const client = createClient({ baseUrl: await serve(JSON.stringify(rows), 4093) });
		const batches: unknown[][] = [];
		await client.benchRuns.streamResults(9, (batch) => batches.push(batch));
		expect(batches.length).toBeGreaterThan(10);
		expect(batches.every((batch) => batch.length > 0)).toBe(true);
		expect(batches.flat()).toEqual(rows);
	});

	it('a 404 is an empty list', async () => {
		const client = createClient({ baseUrl: await serve(undefined) });
		expect(await client.benchRuns.listResults(9)).toEqual([]);
		await expect(client.benchRuns.listResults(9)).resolves.not.toBeInstanceOf(NotFoundError);
	});

	it('a body cut short or not JSON is an error naming the route, never a partial list', async () => {
		const rows = JSON.stringify([row(1), row(2)]);
		for (const body of [rows.slice(0, -40), 'not json', '{"rows":[]}']) {
			const client = createClient({ baseUrl: await serve(body), retry: { attempts: 1 } });
			const error = await client.benchRuns.listResults(9).catch((caught: unknown) => caught);
			expect(error).toBeInstanceOf(AkribesError);
			expect((error as Error).message).toContain('GET /bench-runs/9/results');
			await new Promise<void>((resolve) => server!.close(() => resolve()));
			server = undefined;
		}
	});

	it('a row lacking the keys readers rely on rejects the body, naming the row', async () => {
		const { id: _dropped, ...withoutId } = row(2);
		const client = createClient({ baseUrl: await serve(JSON.stringify([row(1), withoutId])) });
		await expect(client.benchRuns.listResults(9)).rejects.toThrow('GET /bench-runs/9/results: [1].id is missing');
	});
});
