// The request hook aborts what a view no longer needs: on unmount (its refreshes too), on a change of its deps and on
// reload; the views' own fetches (trends, channels, older runs, the hub's re-reads, the compare pane's results) likewise. The test server sees each connection close.
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../source/client/index.js';
import type { Client } from '../../../source/client/api.js';
import { ActionsContext, type AppActions } from '../../../source/ui/context.js';
import { useRequest } from '../../../source/ui/hooks/useRequest.js';
import { PAGE_SIZE } from '../../../source/state/runs-list.js';
import { compareReport, summary } from '../../client/fixtures.js';
import { startRecordingServer, type RecordedRequest, type RecordingServer } from '../../helpers/recording-server.js';
import { KEYS, renderApp, typeKeys, waitForText, type RenderedApp } from '../../helpers/render-view.js';

let server: RecordingServer;
let app: RenderedApp | undefined;
/** Answers held back until the test ends, so the requests stay in flight. */
let release: () => void;
let held: Promise<void>;

beforeEach(async () => {
	server = await startRecordingServer();
	held = new Promise((resolve) => (release = resolve));
});

afterEach(async () => {
	app?.unmount();
	app = undefined;
	release();
	await server.close();
});

/** Resolves when the request's connection closed; fails the test with `what` if it stays open for 5 s. */
function closes(request: RecordedRequest, what: string): Promise<void> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: the connection stayed open`)), 5_000)));
	return Promise.race([request.closed, timeout]).finally(() => clearTimeout(timer));
}

function requestsTo(path: string): RecordedRequest[] {
	return server.requests.filter((request) => request.path === path);
}

async function waitForRequest(path: string, count = 1): Promise<RecordedRequest> {
	for (let tries = 0; tries < 500 && requestsTo(path).length < count; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
	const request = requestsTo(path)[count - 1];
	if (!request) throw new Error(`no request ${count} to ${path}`);
	return request;
}

describe('useRequest in a view', () => {
	it('leaving the benches view while its list is loading aborts the request', async () => {
		server.on('GET', '/projects', { json: [{ id: 7, name: 'seven', created_at: '2026-11-01T00:00:00Z' }] });
		server.on('GET', '/projects/7/benches', () => held.then(() => ({ json: [] })));
		// The hub stays open and quiet, so no polling request joins the one under test.
		server.on('GET', '/events', { sse: () => held });
		app = renderApp({ url: server.url, stack: [{ kind: 'projects' }, { kind: 'benches', projectId: 7 }] });
		const list = await waitForRequest('/projects/7/benches');
		await waitForText(app.lastFrame, 'loading benches');

		await typeKeys(app.stdin, KEYS.esc);
		await closes(list, 'the benches request after Esc');
		expect(await waitForText(app.lastFrame, 'seven')).not.toContain('loading benches');
	});

	it("leaving the benches view aborts its trend fetches and the hub's catch-up re-read", async () => {
		server.on('GET', '/projects', { json: [{ id: 7, name: 'seven', created_at: '2026-11-01T00:00:00Z' }] });
		// The first read answers; the re-read the hub asks for once it is open is held.
		server.on('GET', '/projects/7/benches', (request) => (requestsTo(request.path).length === 1 ? { json: [BENCH] } : held.then(() => ({ json: [BENCH] }))));
		server.on('GET', '/projects/7/scripts/plain/bench/runs', () => held.then(() => ({ json: [] })));
		server.on('GET', '/events', { sse: () => held });
		app = renderApp({ url: server.url, stack: [{ kind: 'projects' }, { kind: 'benches', projectId: 7 }] });
		const trend = await waitForRequest('/projects/7/scripts/plain/bench/runs');
		const reRead = await waitForRequest('/projects/7/benches', 2);
		await waitForText(app.lastFrame, 'plain');

		await typeKeys(app.stdin, KEYS.esc);
		await closes(trend, 'the trend fetch after Esc');
		await closes(reRead, "the hub's re-read after Esc");
		await waitForText(app.lastFrame, 'seven');
	});

	it('leaving the runs view while an older page loads aborts that request', async () => {
		server.on('GET', '/projects', { json: [{ id: 7, name: 'seven', created_at: '2026-11-01T00:00:00Z' }] });
		server.on('GET', '/projects/7/benches', { json: [BENCH] });
		server.on('GET', '/projects/7/scripts/plain/bench/runs', (request) =>
			request.query.offset === '0' ? { json: Array.from({ length: PAGE_SIZE }, (_, i) => run(1000 - i)) } : held.then(() => ({ json: [] })),
		);
		server.on('GET', '/events', { sse: () => held });
		app = renderApp({ url: server.url, stack: [{ kind: 'projects' }, { kind: 'benches', projectId: 7 }, { kind: 'runs', projectId: 7, script: 'plain' }] });
		await waitForText(app.lastFrame, '1000');

		await typeKeys(app.stdin, 'G');
		const older = await waitForRequest('/projects/7/scripts/plain/bench/runs', 2);
		expect(older.query.offset).toBe(String(PAGE_SIZE));
		await typeKeys(app.stdin, KEYS.esc);
		await closes(older, 'the older page after Esc');
		await waitForText(app.lastFrame, 'SCORE TREND');
	});

	it('closing the trigger form while its channels load aborts the request', async () => {
		server.on('GET', '/projects', { json: [{ id: 7, name: 'seven', created_at: '2026-11-01T00:00:00Z' }] });
		server.on('GET', '/projects/7/benches', { json: [BENCH] });
		server.on('GET', '/projects/7/scripts/plain/bench/runs', { json: [] });
		server.on('GET', '/projects/7/scripts/plain/channels', () => held.then(() => ({ json: [] })));
		server.on('GET', '/events', { sse: () => held });
		app = renderApp({ url: server.url, stack: [{ kind: 'projects' }, { kind: 'benches', projectId: 7 }] });
		await waitForText(app.lastFrame, 'plain');

		await typeKeys(app.stdin, 't');
		const channels = await waitForRequest('/projects/7/scripts/plain/channels');
		await waitForText(app.lastFrame, 'loading channels');
		await typeKeys(app.stdin, KEYS.esc);
		await closes(channels, 'the channels request after the form closed');
		expect(app.lastFrame()).not.toContain('loading channels');
	});

	it("hiding the compare view aborts the case pane's result fetches; shown again, it asks again; leaving aborts", async () => {
		const compare = await openCompare();

		await typeKeys(compare.stdin, KEYS.enter);
		const [a, b] = [await waitForRequest('/bench-runs/41/results'), await waitForRequest('/bench-runs/42/results')];
		// The message log on top hides the compare view: its fetches close.
		await typeKeys(compare.stdin, '!');
		await waitForText(compare.lastFrame, 'compare 41…42 › log');
		await closes(a, "run A's results after the view hid");
		await closes(b, "run B's results after the view hid");
		// Back: the pane asks for both again, and leaving the view closes those too.
		await typeKeys(compare.stdin, KEYS.esc);
		const [againA, againB] = [await waitForRequest('/bench-runs/41/results', 2), await waitForRequest('/bench-runs/42/results', 2)];
		await typeKeys(compare.stdin, KEYS.esc, KEYS.esc);
		await waitForText(compare.lastFrame, 'seven');
		await closes(againA, "run A's results after Esc");
		await closes(againB, "run B's results after Esc");
	});

	it("r in the compare view aborts the pane's result fetches still in flight, for good; the pane opened again asks anew", async () => {
		const compare = await openCompare();
		await typeKeys(compare.stdin, KEYS.enter);
		const [a, b] = [await waitForRequest('/bench-runs/41/results'), await waitForRequest('/bench-runs/42/results')];
		// The pane closed, its fetches still run; r starts over and aborts them.
		await typeKeys(compare.stdin, KEYS.esc);
		await waitForText(compare.lastFrame, /sort/);
		await typeKeys(compare.stdin, 'r');
		await closes(a, "run A's results after r");
		await closes(b, "run B's results after r");
		// Hidden and shown again: what the reset cut is not asked for (no pane asks for it).
		await typeKeys(compare.stdin, '!');
		await waitForText(compare.lastFrame, 'compare 41…42 › log');
		await typeKeys(compare.stdin, KEYS.esc);
		await waitForText(compare.lastFrame, 'refund request');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(requestsTo('/bench-runs/41/results')).toHaveLength(1);
		// The pane opened again asks once more.
		await typeKeys(compare.stdin, KEYS.enter);
		await waitForRequest('/bench-runs/41/results', 2);
		await waitForRequest('/bench-runs/42/results', 2);
	});
});

/** The compare view of runs 41 and 42, its pane's result fetches (and the cases) held unanswered. */
async function openCompare(): Promise<RenderedApp> {
	server.on('GET', '/projects', { json: [{ id: 7, name: 'seven', created_at: '2026-11-01T00:00:00Z' }] });
	server.on('GET', '/bench-runs/41', { json: run(41) });
	server.on('GET', '/bench-runs/42', { json: run(42) });
	server.on('GET', '/bench-runs/41/compare/42', { json: compareReport });
	server.on('GET', '/benches/1', { json: { ...BENCH, project_id: 7 } });
	server.on('GET', '/projects/7/scripts/plain/bench/cases', () => held.then(() => ({ json: [] })));
	server.on('GET', '/bench-runs/41/results', () => held.then(() => ({ json: [] })));
	server.on('GET', '/bench-runs/42/results', () => held.then(() => ({ json: [] })));
	server.on('GET', '/events', { sse: () => held });
	const compare = renderApp({ url: server.url, stack: [{ kind: 'projects' }, { kind: 'compare', runA: 41, runB: 42 }] });
	app = compare;
	await waitForText(compare.lastFrame, 'refund request');
	return compare;
}

/** A finished run of bench 1. */
function run(id: number) {
	return {
		id,
		bench_id: 1,
		channel: 'production',
		workflow_version_id: 1,
		judge_version_id: 1,
		status: 'completed',
		triggered_by: null,
		triggered_at: '2026-11-01T00:00:00Z',
		completed_at: '2026-11-01T00:01:00Z',
		total_cost_usd: 0.1,
		total_cases: 3,
		cache_hit_cases: 0,
		notes: null,
		status_breakdown: { ok: 3 },
		ok_cases: 3,
		mean_headline_score: 50,
	};
}

/** A bench of project 7 with no run yet. */
const BENCH = { ...summary, bench_id: 1, script_id: 1, script_name: 'plain', judge_script_id: null, judge_script_name: null, judge_channel: 'production' };

function Probe({ client, projectId }: { client: Client; projectId: number }) {
	const project = useRequest((signal) => client.projects.get(projectId, { signal }), [client, projectId]);
	return <Text>{project.loading ? `loading ${projectId}` : `project ${project.data?.name ?? 'none'}`}</Text>;
}

const reported: unknown[] = [];
const services = { reportError: (error: unknown) => reported.push(error) } as unknown as AppActions;

describe('useRequest', () => {
	it('aborts the request of the old deps when they change, and the current one on unmount, reporting neither', async () => {
		server.on('GET', /^\/projects\/\d+$/, () => held.then(() => ({ json: null })));
		const client = createClient({ baseUrl: server.url, retry: { attempts: 1 } });
		const view = render(
			<ActionsContext.Provider value={services}>
				<Probe client={client} projectId={1} />
			</ActionsContext.Provider>,
		);
		const first = await waitForRequest('/projects/1');

		view.rerender(
			<ActionsContext.Provider value={services}>
				<Probe client={client} projectId={2} />
			</ActionsContext.Provider>,
		);
		await closes(first, 'project 1 after the deps changed');
		const second = await waitForRequest('/projects/2');
		expect(view.lastFrame()).toBe('loading 2');

		view.unmount();
		await closes(second, 'project 2 after unmount');
		expect(reported).toEqual([]);
	});

	it('aborts a refresh still running on unmount, reporting nothing', async () => {
		server.on('GET', '/projects/1', (request) =>
			requestsTo(request.path).length === 1 ? { json: { id: 1, name: 'one', created_at: '2026-11-01T00:00:00Z' } } : held.then(() => ({ json: null })),
		);
		const client = createClient({ baseUrl: server.url, retry: { attempts: 1 } });
		let refresh: (() => Promise<unknown>) | undefined;
		function Refreshing() {
			const project = useRequest((signal) => client.projects.get(1, { signal }), []);
			refresh = project.refresh;
			return <Text>{project.data ? `project ${project.data.name}` : 'loading'}</Text>;
		}
		const view = render(
			<ActionsContext.Provider value={services}>
				<Refreshing />
			</ActionsContext.Provider>,
		);
		for (let tries = 0; tries < 500 && view.lastFrame() !== 'project one'; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
		expect(view.lastFrame()).toBe('project one');
		const settled = refresh!().then(
			() => 'answered',
			(error: unknown) => (error as Error).name,
		);
		const second = await waitForRequest('/projects/1', 2);

		view.unmount();
		await closes(second, 'the refresh after unmount');
		expect(await settled).toBe('AbortError');
		expect(reported).toEqual([]);
	});
});
