// The request hook aborts what a view no longer needs: on unmount, on a change of its deps, and on reload. The
// test server sees each abandoned connection close.
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../source/client/index.js';
import type { Client } from '../../../source/client/api.js';
import { ActionsContext, type AppActions } from '../../../source/ui/context.js';
import { useRequest } from '../../../source/ui/hooks/useRequest.js';
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
});

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
});
