// Client SSE ingest: how many `result` frames per second the run-event subscription decodes, over a real socket.
// The server writes pre-rendered frames as fast as the socket takes them; the figure is the client's ceiling.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '../source/client/index.js';

const RESULTS = 200_000;
const FRAMES_PER_WRITE = 200;

function frame(id: number): string {
	const result = {
		id,
		bench_run_id: 1,
		case_id: `case-${id}`,
		workflow_execution_id: `wf-${id}`,
		judge_execution_id: `jd-${id}`,
		score: { score: id % 100, reason: 'matches the expected label' },
		headline_score: id % 100,
		status: 'ok',
		cost_usd: 0.0031,
		duration_ms: 5120,
		cache_hit: false,
		input_hash: 'ab12cd34ef56',
		error: null,
		created_at: '2026-08-18T09:00:05Z',
	};
	return `event: result\ndata: ${JSON.stringify(result)}\n\n`;
}

const chunks: string[] = [];
for (let start = 0; start < RESULTS; start += FRAMES_PER_WRITE) {
	let chunk = '';
	for (let id = start; id < Math.min(RESULTS, start + FRAMES_PER_WRITE); id++) chunk += frame(id);
	chunks.push(chunk);
}
chunks.push('event: terminal\ndata: {"status":"completed"}\n\n');

const server = createServer(async (_req, res) => {
	res.writeHead(200, { 'content-type': 'text/event-stream' });
	for (const chunk of chunks) if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
	res.end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const client = createClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });

async function measure(label: string, consume: (subscription: Awaited<ReturnType<typeof client.benchRuns.subscribeRunEvents>>) => Promise<number>) {
	const started = performance.now();
	const subscription = await client.benchRuns.subscribeRunEvents(1);
	const results = await consume(subscription);
	const seconds = (performance.now() - started) / 1000;
	process.stdout.write(`${label}: ${results} results in ${seconds.toFixed(2)} s = ${Math.round(results / seconds).toLocaleString('en')} results/s\n`);
}

await measure('for await (one event at a time)', async (subscription) => {
	let results = 0;
	for await (const event of subscription) if (event.type === 'result') results++;
	return results;
});
await measure('batches()', async (subscription) => {
	let results = 0;
	for await (const batch of subscription.batches()) for (const event of batch) if (event.type === 'result') results++;
	return results;
});
server.close();
