// The feed's filters on the demo server: x shows the failures only, v the verdicts, F cycles the status backwards,
// and the header carries p50/p95 durations next to the mean score.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../source/client/index.js';
import { startServer, type RunningServer } from '../../../source/server/index.js';
import { isFailure } from '../../../source/state/feed-view.js';
import { formatDuration } from '../../../source/state/format.js';
import type { BenchResult } from '../../../source/wire/types.js';
import { renderApp, typeKeys, waitForText, type RenderedApp } from '../../helpers/render-view.js';

let server: RunningServer;
let app: RenderedApp | undefined;
let runId: number;
let results: BenchResult[];

beforeAll(async () => {
	server = await startServer();
	const client = createClient({ baseUrl: server.url });
	runId = (await client.benches.listRuns(1, 'summarize')).find((run) => run.notes === 'shorter prompt experiment')!.id;
	results = await client.benchRuns.listResults(runId);
});
afterAll(() => server.close());
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('feed filters', () => {
	it('x: failures only; v: by verdict; F: status backwards; p50/p95 in the header', async () => {
		const failures = results.filter((row) => isFailure(row, 60)).length;
		const failed = results.filter((row) => row.verdict === 'fail').length;
		expect(failures).toBeGreaterThan(failed);
		const sorted = results.map((row) => row.duration_ms!).sort((a, b) => a - b);
		const p50 = sorted[Math.ceil(0.5 * sorted.length) - 1];
		app = renderApp({ url: server.url, route: { kind: 'run', runId }, columns: 120, rows: 40 });
		const frame = await waitForText(app.lastFrame, 'run ended');
		expect(frame).toMatch(new RegExp(`^mean \\S+ {2}p50 ${formatDuration(p50).replace('.', '\\.')} p95 \\S+ {2}cost`, 'm'));
		await typeKeys(app.stdin, 'x');
		await waitForText(app.lastFrame, `${failures}/60 shown · run ended · failures only (x)`);
		await typeKeys(app.stdin, 'x', 'v', 'v');
		await waitForText(app.lastFrame, `${failed}/60 shown · run ended · status: all statuses (f) · verdict: fail (v)`);
		await typeKeys(app.stdin, 'v', 'v', 'F', 'F');
		const judgeFailed = results.filter((row) => row.status === 'judge_failed').length;
		await waitForText(app.lastFrame, `${judgeFailed}/60 shown · run ended · status: judge_failed (f)`);
	});
});
