// Live updates: the runs list follows the hub; without a hub it polls. Real server, real HTTP.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Client } from '../../../source/client/api.js';
import { createClient } from '../../../source/client/index.js';
import { startServer, type RunningServer, type SeededBench } from '../../../source/server/index.js';
import { renderApp, waitForFrame, waitForText, type RenderedApp } from '../../helpers/render-view.js';

/** Forwards everything to `target` except the hub stream, which answers 503. */
async function hubless(target: string): Promise<{ url: string; close(): Promise<void> }> {
	const server: Server = createServer((req, res) => {
		if (req.url?.startsWith('/events')) {
			res.writeHead(503, { 'content-type': 'application/json' });
			return res.end('{"error":"hub disabled"}');
		}
		const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
			res.writeHead(answer.statusCode ?? 502, answer.headers);
			answer.pipe(res);
		});
		req.pipe(upstream);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let server: RunningServer;
let proxy: Awaited<ReturnType<typeof hubless>>;
let bench: SeededBench;
let api: Client;
let app: RenderedApp | undefined;
beforeAll(async () => {
	server = await startServer({ data: 'empty', pace: 4 });
	bench = server.seedBench({ cases: 12, runs: 1, scriptName: 'summarize', concurrency: 2 });
	api = createClient({ baseUrl: server.url });
	proxy = await hubless(server.url);
});
afterAll(async () => {
	await proxy.close();
	await server.close();
});
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const rowOf = (frame: string, id: number) => frame.split('\n').find((line) => new RegExp(`^.\\S?\\s+${id} `).test(line)) ?? '';

describe('live runs list', () => {
	test('a run triggered elsewhere appears, counts up and finishes, from the hub', async () => {
		app = renderApp({ url: server.url, route: { kind: 'runs', projectId: bench.projectId, script: bench.scriptName } });
		await waitForText(app.lastFrame, 'hub live');
		await waitForText(app.lastFrame, 'completed');
		const run = await api.benches.triggerRun(bench.projectId, bench.scriptName, { channel: 'draft' });
		await waitForFrame(app.lastFrame, (f) => /running|pending/.test(rowOf(f, run.id)));
		const seen = new Set<string>();
		await waitForFrame(
			app.lastFrame,
			(f) => {
				const ok = /(\d+)\/12/.exec(rowOf(f, run.id))?.[1];
				if (ok) seen.add(ok);
				return rowOf(f, run.id).includes('completed');
			},
			20_000,
		);
		// Progress was drawn as it happened, not only at the end.
		expect(seen.size).toBeGreaterThan(2);
		expect(rowOf(app.lastFrame(), run.id)).toContain('12/12');
	});

	test('the benches pane shows the new run of a bench as its latest, live', async () => {
		app = renderApp({ url: server.url, route: { kind: 'benches', projectId: bench.projectId } });
		await waitForText(app.lastFrame, 'hub live');
		await waitForText(app.lastFrame, 'completed');
		const run = await api.benches.triggerRun(bench.projectId, bench.scriptName, { channel: 'draft' });
		const row = (f: string) => f.split('\n').find((l) => l.includes('summarize')) ?? '';
		await waitForFrame(app.lastFrame, (f) => /running|pending/.test(row(f)) && row(f).includes(` ${run.id} `));
		const done = await waitForFrame(app.lastFrame, (f) => row(f).includes('completed') && row(f).includes(` ${run.id} `), 20_000);
		expect(row(done), 'the new run is the bench\'s latest, completed').toContain(` ${run.id} `);
	});

	test('without the hub it says polling and still picks new runs up', async () => {
		app = renderApp({ url: proxy.url, route: { kind: 'runs', projectId: bench.projectId, script: bench.scriptName } });
		await waitForText(app.lastFrame, 'polling');
		const run = await api.benches.triggerRun(bench.projectId, bench.scriptName, { channel: 'draft' });
		const frame = await waitForFrame(app.lastFrame, (f) => rowOf(f, run.id) !== '', 10_000);
		expect(rowOf(frame, run.id), 'the new run is listed while polling').not.toBe('');
		await api.benchRuns.cancel(run.id);
	});
});
