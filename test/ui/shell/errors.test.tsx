// Server refusals and failures show in the banner without blocking navigation; hostile server strings arrive inert.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../../source/server/index.js';
import { KEYS, renderApp, typeKeys, waitForText, type RenderedApp } from '../../helpers/render-view.js';

const HOSTILE_NAME = 'evil\u001b]52;c;ZXZpbA==\u0007name\u001b[2J';
const HOSTILE_ERROR = 'database on fire\u001b[2J\u001b]0;pwned\u0007';

const hostileBench = {
	bench_id: 1,
	script_id: 1,
	script_name: 'plain',
	judge_script_id: 2,
	judge_script_name: `judge${HOSTILE_NAME}`,
	judge_channel: 'production',
	case_count: 3,
	latest_run_id: 7,
	latest_run_status: 'completed',
	latest_run_channel: HOSTILE_NAME,
	latest_run_workflow_version_id: 1,
	latest_run_at: '2026-11-01T00:00:00Z',
	latest_run_mean_score: 50,
	latest_run_cost_usd: 0.1,
	updated_at: '2026-11-01T00:00:00Z',
};
const hostileRun = {
	id: 7,
	bench_id: 1,
	channel: `prod${HOSTILE_NAME}`,
	workflow_version_id: 1,
	judge_version_id: 1,
	status: 'completed',
	triggered_by: `mallory${HOSTILE_ERROR}`,
	triggered_at: '2026-11-01T00:00:00Z',
	completed_at: '2026-11-01T00:01:00Z',
	total_cost_usd: 0.1,
	total_cases: 3,
	cache_hit_cases: 0,
	notes: `notes${HOSTILE_ERROR}\nsecond line`,
	status_breakdown: { ok: 3 },
	ok_cases: 3,
	mean_headline_score: 50,
};

/** A fake Akribes that lists a project with a hostile name and fails its benches with 500. */
async function faultyServer(): Promise<{ url: string; close(): Promise<void> }> {
	const server: Server = createServer((req, res) => {
		const json = (status: number, body: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		if (req.url === '/projects') return json(200, [{ id: 1, name: HOSTILE_NAME, created_at: '2026-11-01T00:00:00Z' }]);
		if (req.url?.startsWith('/projects/1/benches')) return json(500, { error: HOSTILE_ERROR });
		if (req.url?.startsWith('/projects/2/benches')) return json(200, [hostileBench]);
		if (req.url?.startsWith('/projects/2/scripts/plain/bench/runs')) return json(200, [hostileRun]);
		return json(404, { error: 'not found' });
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

/** The frame without Ink's own colour codes: whatever ESC or BEL is left came from data. */
const dataControls = (frame: string) => frame.replace(/\u001b\[[0-9;]*m/g, '').match(/[\u0000-\u0008\u000b-\u001f\u007f]/g) ?? [];

let secured: RunningServer;
let faulty: Awaited<ReturnType<typeof faultyServer>>;
let app: RenderedApp | undefined;
beforeAll(async () => {
	secured = await startServer({ data: 'demo', pace: 0, tokens: [{ token: 'akribes_tk_one', projects: [1] }] });
	faulty = await faultyServer();
});
afterAll(async () => {
	await secured.close();
	await faulty.close();
});
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('errors', () => {
	test('403: a token scoped to another project shows a banner; navigation still works', async () => {
		app = renderApp({ url: secured.url, token: 'akribes_tk_one', route: { kind: 'benches', projectId: 2 } });
		const frame = await waitForText(app.lastFrame, 'forbidden (403)');
		expect(frame).toContain('benches of project 2');
		expect(frame).toContain('last error');
		expect(frame).not.toContain('akribes_tk_one');
		await typeKeys(app.stdin, KEYS.esc);
		await waitForText(app.lastFrame, 'Acme Support');
		await typeKeys(app.stdin, KEYS.ctrlX);
		await waitForText(app.lastFrame, (f) => !f.includes('ctrl-x dismiss'));
	});

	test('500: the banner shows the server message, sanitized; hostile names are inert', async () => {
		app = renderApp({ url: faulty.url });
		const list = await waitForText(app.lastFrame, 'evilname');
		expect(dataControls(list)).toEqual([]);
		expect(list).not.toContain('ZXZpbA');
		await typeKeys(app.stdin, KEYS.enter);
		const failed = await waitForText(app.lastFrame, '500: database on fire');
		expect(failed).not.toContain('pwned');
		for (const frame of app.frames) expect(dataControls(frame)).toEqual([]);
	});

	test('hostile bench and run fields (judge, channel, who, notes) arrive inert', async () => {
		app = renderApp({ url: faulty.url, route: { kind: 'benches', projectId: 2 } });
		await waitForText(app.lastFrame, 'judgeevilname');
		await typeKeys(app.stdin, KEYS.enter);
		const runs = await waitForText(app.lastFrame, 'notes     notesdatabase on fire');
		expect(runs).toContain('prodevilname');
		expect(runs).not.toContain('ZXZpbA');
		expect(runs).not.toContain('pwned');
		for (const frame of app.frames) expect(dataControls(frame)).toEqual([]);
	});
});
