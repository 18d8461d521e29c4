// The message log: a long server message is cut in the banner with the `! for all` hint and kept whole in the `!`
// log with the action that caused it; a trigger's pre-flight warnings and notifications land there too.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../../source/server/index.js';
import { MESSAGE_LOG_LIMIT, prependMessage, type LoggedMessage } from '../../../source/state/message-log.js';
import { KEYS, renderApp, typeKeys, waitForText, type RenderedApp } from '../../helpers/render-view.js';

/** 300 characters, its end unmistakable. */
const LONG = `Judge contract mismatch: ${'outputs.field_x (str) vs actual.field_x (int); '.repeat(6)}`.slice(0, 280).padEnd(290, '.') + ' END-OF-IT';

async function refusingServer(): Promise<{ url: string; close(): Promise<void> }> {
	const server: Server = createServer((req, res) => {
		const json = (status: number, body: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		if (req.url === '/projects') return json(200, [{ id: 1, name: 'Acme', created_at: '2026-11-01T00:00:00Z' }]);
		if (req.url?.startsWith('/projects/1/benches')) return json(400, { error: LONG });
		return json(404, { error: 'not found' });
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let refusing: Awaited<ReturnType<typeof refusingServer>>;
let demo: RunningServer;
let app: RenderedApp | undefined;
beforeAll(async () => {
	refusing = await refusingServer();
	demo = await startServer({ pace: 0 });
});
afterAll(async () => {
	await refusing.close();
	await demo.close();
});
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** The log view's text with its wrapping undone (lines joined), to find a message whole. */
/** The frame's text with the wrapping undone; spaces are dropped, since a line broken after a space does not draw it. */
const unwrapped = (frame: string) => frame.replace(/\s/g, '');

describe('message log', () => {
	test('a 400 with a 300-character message: the banner is cut with the hint, ! shows it whole with its action', async () => {
		expect(LONG.length).toBe(300);
		app = renderApp({ url: refusing.url, route: { kind: 'benches', projectId: 1 }, columns: 120, rows: 30 });
		const frame = await waitForText(app.lastFrame, '(! for all)');
		const banner = frame.split('\n').find((line) => line.includes('400: '))!;
		expect(banner.trimEnd()).toMatch(/… \(! for all\)$/);
		expect(banner).not.toContain('END-OF-IT');
		await typeKeys(app.stdin, '!');
		const log = await waitForText(app.lastFrame, 'message log · 1 message (1 error)');
		expect(log).toMatch(/\d\d:\d\d:\d\d ✗ error · benches of project 1/);
		expect(unwrapped(log)).toContain(unwrapped(`400: ${LONG}`));
		await typeKeys(app.stdin, KEYS.esc);
		await waitForText(app.lastFrame, (f) => !f.includes('message log'));
	});

	test("a trigger's pre-flight warning and the notifications are logged, newest first; :log opens the log too", async () => {
		app = renderApp({ url: demo.url, route: { kind: 'runs', projectId: 1, script: 'classify-ticket' }, columns: 120, rows: 40 });
		await waitForText(app.lastFrame, 'completed');
		await typeKeys(app.stdin, 't');
		await waitForText(app.lastFrame, '[production]');
		await typeKeys(app.stdin, 'l');
		await waitForText(app.lastFrame, '[draft]');
		await typeKeys(app.stdin, KEYS.enter);
		await waitForText(app.lastFrame, '(! for all)');
		await typeKeys(app.stdin, ':', 'log', KEYS.enter);
		const log = await waitForText(app.lastFrame, 'message log ·');
		const warning = log.indexOf('! warning · trigger classify-ticket (run');
		const note = log.indexOf('· note · in classify-ticket');
		expect(warning).toBeGreaterThan(0);
		expect(note).toBeGreaterThan(warning);
		expect(log).toContain('ANTHROPIC_API_KEY missing; 120 cases will likely fail');
		expect(log).toMatch(/started run \d+ of classify-ticket on draft/);
	});

	test('keeps the last 500, newest first', () => {
		let entries: LoggedMessage[] = [];
		for (let seq = 1; seq <= 600; seq++) entries = prependMessage(entries, { seq, at: seq, level: 'info', text: `m${seq}`, action: 'x' });
		expect(entries).toHaveLength(MESSAGE_LOG_LIMIT);
		expect(entries[0].text).toBe('m600');
		expect(entries.at(-1)!.text).toBe('m101');
	});
});
