import { describe, expect, it } from 'vitest';
import type { BenchEvent, RunEvent } from '../../source/wire/types.js';
import { clientFor, eventually, expectNoNulls, openStream, parseFrames, raw, RESULT_REQUIRED, serve, type RawStream } from './helpers.js';

describe('run SSE stream (§7.1)', () => {
	it('streams one `result` frame per case, then `terminal`, then closes — LF framing, one-line JSON, no ids', async () => {
		// 10 workers, each case in flight for 500 ms: the subscription attaches long before the first result.
		const server = await serve({ pace: 20 });
		const seeded = server.seedBench({ cases: 10 });
		const run = (await raw(server, `/projects/${seeded.projectId}/scripts/${seeded.scriptName}/bench/runs`, { method: 'POST', body: { channel: 'production' } })).json;
		const stream = await openStream(server, `/bench-runs/${run.id}/events`);
		expect(stream.status).toBe(200);
		expect(stream.headers['content-type']).toBe('text/event-stream');
		await stream.ended;
		const text = stream.text();
		const frames = parseFrames(text).filter((f) => f.event !== ':');
		const results = frames.filter((f) => f.event === 'result');
		expect(results.length).toBe(10);
		expect(frames.at(-1)).toEqual({ event: 'terminal', data: '{"status":"completed"}' });
		expect(frames.every((f) => f.id === undefined)).toBe(true);
		for (const frame of results) {
			expect(frame.data).not.toContain('\n');
			const row = JSON.parse(frame.data);
			expectNoNulls(row, RESULT_REQUIRED);
			expect(row).not.toHaveProperty('workflow_output');
			expect(row).not.toHaveProperty('verdict');
		}
		expect(new Set(results.map((f) => JSON.parse(f.data).case_id))).toEqual(new Set(seeded.caseIds));
	});

	it('answers a finished run with an immediate terminal and close, and an unknown run with 404', async () => {
		const server = await serve();
		const stream = await openStream(server, '/bench-runs/1/events');
		await stream.ended;
		expect(stream.status).toBe(200);
		expect(stream.text()).toBe('event: terminal\ndata: {"status":"completed"}\n\n');
		const canceled = await openStream(server, '/bench-runs/6/events');
		await canceled.ended;
		expect(canceled.text()).toBe('event: terminal\ndata: {"status":"canceled"}\n\n');
		const missing = await raw(server, '/bench-runs/999/events');
		expect(missing.status).toBe(404);
		expect(missing.json).toEqual({ error: 'bench run not found' });
	});

	it('delivers typed events through the client, ending after terminal', async () => {
		// Slow enough (about 2 s) that the subscription is attached before the run can finish, even on a loaded machine.
		const server = await serve({ pace: 10 });
		const seeded = server.seedBench({ cases: 12 });
		const client = clientFor(server);
		const run = await client.benches.triggerRun(seeded.projectId, seeded.scriptName, { channel: 'draft' });
		const subscription = await client.benchRuns.subscribeRunEvents(run.id);
		const events: RunEvent[] = [];
		for await (const event of subscription) events.push(event);
		expect(events.filter((e) => e.type === 'result')).toHaveLength(12);
		expect(events.at(-1)).toEqual({ type: 'terminal', status: 'completed' });
	});

	it('sends keep-alive comments at the configured interval', async () => {
		const server = await serve({ pace: 1, keepAliveMs: 20 });
		const seeded = server.seedBench({ cases: 50 });
		const run = (await raw(server, `/projects/${seeded.projectId}/scripts/${seeded.scriptName}/bench/runs`, { method: 'POST', body: { channel: 'production' } })).json;
		const stream = await openStream(server, `/bench-runs/${run.id}/events`);
		const text = await stream.until((text) => text.includes(':\n\n:\n\n') || (text.match(/^:\n\n/gm)?.length ?? 0) >= 2);
		expect(text.match(/^:\n\n/gm)?.length ?? 0, 'two keep-alive comments').toBeGreaterThanOrEqual(2);
		stream.close();
		await raw(server, `/bench-runs/${run.id}`, { method: 'DELETE' });
	});

	it('sends `lagged` to a subscriber that stops reading, without blocking the run, and keeps streaming to it afterwards', async () => {
		// ~20 MB of frames: far beyond what the kernel socket buffers of a paused reader absorb (4 MB send buffer here).
		const server = await serve({ pace: 0, sseQueueBytes: 64 * 1024 });
		const seeded = server.seedBench({ cases: 40_000, concurrency: 20 });
		const slowHub = await openStream(server, `/events?project_id=${seeded.projectId}`, { paused: true });
		const hubCount = countHubEvents(slowHub);
		const runId = (await raw(server, `/projects/${seeded.projectId}/scripts/${seeded.scriptName}/bench/runs`, { method: 'POST', body: { channel: 'production' } })).json.id;
		const slow = await openStream(server, `/bench-runs/${runId}/events`, { paused: true });
		const recorded = () => server.store.db.prepare('SELECT COUNT(*) AS n, MAX(id) AS last FROM results WHERE run_id = ?').get(runId) as { n: number; last: number };
		// The run makes progress while the reader is not reading at all.
		await eventually(() => (recorded().n >= 25_000 ? true : undefined), 30_000);
		slow.response.resume();
		await slow.ended;
		const frames = parseFrames(slow.text());
		const lagged = frames.filter((f) => f.event === 'lagged');
		expect(lagged.length).toBeGreaterThan(0);
		const dropped = lagged.reduce((sum, f) => sum + JSON.parse(f.data).dropped, 0);
		expect(dropped).toBeGreaterThan(0);
		// After the gap the stream went on: results follow the first lagged frame.
		const firstLag = frames.findIndex((f) => f.event === 'lagged');
		expect(frames.slice(firstLag + 1).some((f) => f.event === 'result')).toBe(true);
		// No replay: every result recorded after the subscription attached was either delivered or counted as dropped.
		const delivered = frames.filter((f) => f.event === 'result').map((f) => JSON.parse(f.data).id as number);
		expect(frames[0].event).toBe('result');
		const { n, last } = recorded();
		expect(n).toBe(40_000);
		expect(delivered.length + dropped).toBe(last - delivered[0] + 1);
		expect(frames.at(-1)).toEqual({ event: 'terminal', data: '{"status":"completed"}' });

		// The hub subscriber (attached before the trigger) lagged too: RunStarted + 40,000 ResultRecorded + RunFinished
		// are each either delivered in a batch or counted in a lagged frame.
		slowHub.response.resume();
		await eventually(() => (hubCount.delivered + hubCount.dropped >= 40_002 ? true : undefined), 20_000);
		expect(hubCount.dropped).toBeGreaterThan(0);
		expect(hubCount.delivered + hubCount.dropped).toBe(40_002);
		slowHub.close();
	});
});

/** Counts hub events as they arrive (delivered in `batch` frames, or reported dropped in `lagged` frames). */
function countHubEvents(stream: RawStream): { delivered: number; dropped: number } {
	const count = { delivered: 0, dropped: 0 };
	let tail = '';
	stream.response.on('data', (chunk: string) => {
		const text = tail + chunk;
		const end = text.lastIndexOf('\n\n');
		if (end < 0) {
			tail = text;
			return;
		}
		const cut = end + 2;
		for (const block of text.slice(0, cut).split('\n\n')) {
			if (block.startsWith('event: batch')) count.delivered += block.split('{"type":"Bench"').length - 1;
			else if (block.startsWith('event: lagged')) count.dropped += JSON.parse(block.slice(block.indexOf('data: ') + 6)).dropped;
		}
		tail = text.slice(cut);
	});
	return count;
}

describe('hub stream (§7.2)', () => {
	it('carries RunStarted, ResultRecorded and RunFinished as `batch` frames with JSON arrays, filtered by project and script', async () => {
		const server = await serve({ pace: 0, hubFlushMs: 10 });
		const seeded = server.seedBench({ cases: 20, projectId: 1, scriptName: 'bulk' });
		const hub = await openStream(server, '/events?project_id=1&script_name=bulk');
		const otherProject = await openStream(server, '/events?project_id=2');
		expect(hub.status).toBe(200);
		expect(hub.headers['content-type']).toBe('text/event-stream');
		const run = (await raw(server, `/projects/1/scripts/bulk/bench/runs`, { method: 'POST', body: { channel: 'production' } })).json;
		await raw(server, '/projects/1/scripts/summarize/bench/runs', { method: 'POST', body: { channel: 'draft' } });
		const text = await hub.until((t) => t.includes('"RunFinished"'));
		const frames = parseFrames(text).filter((f) => f.event !== ':');
		expect(frames.every((f) => f.event === 'batch')).toBe(true);
		const events = frames.flatMap((f) => JSON.parse(f.data) as Array<{ type: string; payload: BenchEvent }>);
		expect(events.every((e) => e.type === 'Bench' && e.payload.payload.script_name === 'bulk')).toBe(true);
		const kinds = events.map((e) => e.payload.type);
		expect(kinds[0]).toBe('RunStarted');
		expect(kinds.at(-1)).toBe('RunFinished');
		expect(kinds.filter((k) => k === 'ResultRecorded')).toHaveLength(seeded.caseIds.length);
		const finished = events.at(-1)!.payload as Extract<BenchEvent, { type: 'RunFinished' }>;
		expect(finished.payload.run).toMatchObject({ id: run.id, status: 'completed', status_breakdown: expect.any(Object) });
		expect(frames.length).toBeLessThan(events.length); // batched
		hub.close();
		await server.coordinator.idle();
		expect(otherProject.text()).not.toContain('"Bench"');
		otherProject.close();
	});

	it('works through the client subscription', async () => {
		const server = await serve({ pace: 0, hubFlushMs: 5 });
		const client = clientFor(server);
		const subscription = await client.events.subscribeProject(1);
		const run = await client.benches.triggerRun(1, 'classify-ticket', { channel: 'draft' });
		const seen: BenchEvent[] = [];
		for await (const event of subscription) {
			seen.push(event);
			if (event.type === 'RunFinished') break;
		}
		subscription.close();
		expect(seen[0]).toMatchObject({ type: 'RunStarted', payload: { project_id: 1, script_name: 'classify-ticket', run: { id: run.id, status: 'running' } } });
		expect(seen.filter((e) => e.type === 'ResultRecorded')).toHaveLength(120);
	});

	it('closes hub streams on server close', async () => {
		const server = await serve();
		const hub = await openStream(server, '/events');
		await server.close();
		expect(await eventually(() => (hub.response.destroyed || hub.response.complete ? true : undefined)), 'the hub stream ended').toBe(true);
	});
});
