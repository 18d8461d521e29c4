// The app's run-end notifier against the embedded server: a triggered run that ends while nobody looks at it rings
// the terminal once, naming the run, status and mean score; a run canceled mid-way says so; close() stops polling.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createClient } from '../../source/client/index.js';
import { startServer, type RunningServer, type SeededBench } from '../../source/server/index.js';
import { RunEndNotifier } from '../../source/ui/run-end-notifier.js';

let server: RunningServer;
let bench: SeededBench;
beforeAll(async () => {
	server = await startServer({ data: 'empty', pace: 40 });
	bench = server.seedBench({ cases: 12 });
});
afterAll(() => server?.close());

async function until(check: () => boolean, what: string, poll?: () => Promise<void>): Promise<void> {
	const deadline = Date.now() + 15_000;
	while (!check()) {
		await poll?.();
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}

it('rings once when a watched run completes, naming run, script, status and mean', async () => {
	const client = createClient({ baseUrl: server.url });
	const written: string[] = [];
	const notifier = new RunEndNotifier(client, (bytes) => written.push(bytes), { TERM: 'xterm' }, 50);
	const run = await client.benches.triggerRun(bench.projectId, bench.scriptName, { channel: 'production' });
	expect(run.status).not.toBe('completed');
	notifier.watch(run, bench.projectId, bench.scriptName);
	notifier.watch(run, bench.projectId, bench.scriptName); // watched twice: still one notification
	await until(() => written.length > 0, 'the notification');
	await new Promise((resolve) => setTimeout(resolve, 300));
	expect(written).toHaveLength(1);
	expect(written[0]).toMatch(new RegExp(`^\\x07\\x1b\\]9;bench-tui: run ${run.id} of ${bench.scriptName} completed · mean \\d+\\.\\d\\x07$`));
	notifier.close();
});

it('a canceled run says canceled; close() before the end means no notification', async () => {
	const client = createClient({ baseUrl: server.url });
	const written: string[] = [];
	const notifier = new RunEndNotifier(client, (bytes) => written.push(bytes), {}, 50);
	const canceled = await client.benches.triggerRun(bench.projectId, bench.scriptName, { channel: 'production' });
	notifier.watch(canceled, bench.projectId, bench.scriptName);
	await client.benchRuns.cancel(canceled.id);
	await until(() => written.length > 0, 'the notification');
	expect(written[0]).toContain(`run ${canceled.id} of ${bench.scriptName} canceled`);

	const closed = new RunEndNotifier(client, (bytes) => written.push(bytes), {}, 50);
	const later = await client.benches.triggerRun(bench.projectId, bench.scriptName, { channel: 'production' });
	closed.watch(later, bench.projectId, bench.scriptName);
	closed.close();
	let status = later.status;
	await until(
		() => status === 'completed',
		'the run to end',
		async () => {
			status = (await client.benchRuns.get(later.id))?.status ?? status;
		},
	);
	await new Promise((resolve) => setTimeout(resolve, 200));
	expect(written).toHaveLength(1);
	notifier.close();
});
