// The first screen's data is requested before the UI loads and drawn in the very first frame (projects route and
// `--project N`), with no second request for it; data arriving after the first render is dropped, not kept stale.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Client } from '../../../source/client/api.js';
import { createClient } from '../../../source/client/index.js';
import { closeFirstScreen, firstScreenKey, prefetchFirstScreen, takeFirstScreen } from '../../../source/io/first-screen.js';
import { startServer, type RunningServer } from '../../../source/server/index.js';
import { renderApp, waitForText } from '../../helpers/render-view.js';

let server: RunningServer;
beforeAll(async () => {
	server = await startServer({ data: 'demo', pace: 0 });
});
afterAll(() => server.close());

/** A real client that counts the first screens' list calls. */
function countingClient(): { client: Client; calls: { projects: number; benches: number } } {
	const real = createClient({ baseUrl: server.url });
	const calls = { projects: 0, benches: 0 };
	const client: Client = {
		...real,
		projects: { ...real.projects, list: (...args) => (calls.projects++, real.projects.list(...args)) },
		benches: { ...real.benches, listSummaries: (...args) => (calls.benches++, real.benches.listSummaries(...args)) },
	};
	return { client, calls };
}

test('projects route: the first frame already lists the projects, fetched once', async () => {
	const { client, calls } = countingClient();
	await prefetchFirstScreen(client, { kind: 'projects' });
	const app = renderApp({ client, route: { kind: 'projects' } });
	closeFirstScreen();
	try {
		expect(app.frames[0]).toContain('Acme Support');
		expect(app.frames[0]).not.toContain('loading');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(calls.projects).toBe(1);
	} finally {
		app.unmount();
	}
});

/** How many listSummaries calls the benches view makes by itself once mounted and connected (the hub resync). */
async function benchesCallsWithoutPrefetch(): Promise<number> {
	const { client, calls } = countingClient();
	const app = renderApp({ client, route: { kind: 'benches', projectId: 1 } });
	try {
		expect(app.frames[0]).toContain('loading benches');
		await waitForText(app.lastFrame, 'summarize');
		await new Promise((resolve) => setTimeout(resolve, 300));
		return calls.benches;
	} finally {
		app.unmount();
	}
}

test('--project 1: the first frame already lists the benches; the prefetch stands for the view\'s own first load', async () => {
	const { client, calls } = countingClient();
	await prefetchFirstScreen(client, { kind: 'benches', projectId: 1 });
	const app = renderApp({ client, route: { kind: 'benches', projectId: 1 } });
	closeFirstScreen();
	try {
		expect(app.frames[0]).toContain('summarize');
		expect(app.frames[0]).not.toContain('loading');
		await new Promise((resolve) => setTimeout(resolve, 300));
	} finally {
		app.unmount();
	}
	expect(calls.benches).toBe(await benchesCallsWithoutPrefetch());
});

test('data arriving after the first render is dropped; the view loads its own', async () => {
	const { client, calls } = countingClient();
	const prefetched = prefetchFirstScreen(client, { kind: 'projects' });
	const app = renderApp({ client, route: { kind: 'projects' } });
	closeFirstScreen();
	try {
		await prefetched;
		expect(takeFirstScreen(firstScreenKey.projects())).toBeUndefined();
		await waitForText(app.lastFrame, 'Acme Support');
		expect(calls.projects).toBe(2);
	} finally {
		app.unmount();
	}
});
