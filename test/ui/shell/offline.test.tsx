// Offline and wrong-target states: an unreachable server is named with the reason and a countdown, and the view
// recovers by itself when the server comes back; a project that does not exist says so and is not polled.
import { afterEach, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../../source/server/index.js';
import { KEYS, renderApp, typeKeys, waitForText, type RenderedApp } from '../../helpers/render-view.js';
import { freePort } from '../../helpers/free-port.js';

let app: RenderedApp | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
	app?.unmount();
	app = undefined;
	await server?.close();
	server = undefined;
});

test('no server: "cannot reach host: reason, retrying in Ns", then the projects appear without a key', async () => {
	const port = await freePort();
	app = renderApp({ url: `http://127.0.0.1:${port}` });
	const offline = await waitForText(app.lastFrame, `cannot reach 127.0.0.1:${port}, retrying`);
	expect(offline).toMatch(/retrying in \ds/);
	expect(offline).not.toContain('no projects');
	server = await startServer({ port, host: '127.0.0.1', data: 'demo', pace: 0 });
	const back = await waitForText(app.lastFrame, 'Acme Support');
	expect(back).not.toContain('cannot reach');
});

test('a server that goes away: the list stays, marked as what was last read, until it answers again', async () => {
	const port = await freePort();
	server = await startServer({ port, host: '127.0.0.1', data: 'demo', pace: 0 });
	app = renderApp({ url: `http://127.0.0.1:${port}` });
	await waitForText(app.lastFrame, 'Acme Support');
	await server.close();
	server = undefined;
	await typeKeys(app.stdin, 'r');
	const stale = await waitForText(app.lastFrame, 'showing what was last read');
	expect(stale).toContain('Acme Support');
	server = await startServer({ port, host: '127.0.0.1', data: 'demo', pace: 0 });
	await waitForText(app.lastFrame, (f) => f.includes('Acme Support') && !f.includes('cannot reach'));
});

test('a project that does not exist: says so, offers the way out, and is not polled', async () => {
	server = await startServer({ data: 'demo', pace: 0 });
	let asked = 0;
	const counting = renderApp({ url: server.url, route: { kind: 'benches', projectId: 99 } });
	app = counting;
	const original = counting.client.benches.listSummaries;
	counting.client.benches.listSummaries = (...args) => {
		asked += 1;
		return original(...args);
	};
	const frame = await waitForText(app.lastFrame, 'project 99 not found');
	expect(frame).toContain(':project N opens another');
	const before = asked;
	await new Promise((resolve) => setTimeout(resolve, 4000)); // longer than the 3 s poll
	expect(asked).toBe(before);
	await typeKeys(app.stdin, KEYS.esc);
	await waitForText(app.lastFrame, 'Acme Support');
});

test('runs kept from before an outage are marked as last read, and the mark goes when the server answers', async () => {
	const port = await freePort();
	server = await startServer({ port, host: '127.0.0.1', data: 'demo', pace: 0 });
	app = renderApp({ url: `http://127.0.0.1:${port}`, route: { kind: 'runs', projectId: 1, script: 'summarize' } });
	await waitForText(app.lastFrame, 'completed');
	await server.close();
	server = undefined;
	await typeKeys(app.stdin, 'r');
	const stale = await waitForText(app.lastFrame, 'showing what was last read');
	expect(stale).toContain('completed');
	server = await startServer({ port, host: '127.0.0.1', data: 'demo', pace: 0 });
	await waitForText(app.lastFrame, (f) => f.includes('completed') && !f.includes('cannot reach'));
});
