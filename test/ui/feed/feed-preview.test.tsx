// The feed's detail pane previews a huge output (its first lines and a note saying where the rest is) instead of
// formatting all of it on every selection; `o` opens the inspector with the whole output, where a search or G typed
// while it is still being laid out lands on the end that arrives later.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../../source/server/index.js';
import { startOutputProxy, type OutputProxy } from '../../helpers/output-proxy.js';
import { KEYS, renderApp, typeKeys, waitForText } from '../../helpers/render-view.js';

/** 4,000 records, one per line pretty-printed: far past the pane's preview. */
const BIG = { records: Array.from({ length: 4000 }, (_, i) => ({ id: i, text: i === 3999 ? 'the last record' : `record ${i}` })) };

let server: RunningServer;
let proxy: OutputProxy;
let runId: number;
beforeAll(async () => {
	server = await startServer({ data: 'empty', pace: 0 });
	runId = server.seedBench({ cases: 3, runs: 1 }).runIds[0];
	proxy = await startOutputProxy(server.url, runId, BIG);
});
afterAll(async () => {
	await proxy.close();
	await server.close();
});

test('the pane shows the head of a huge output and where the rest is; o opens all of it', async () => {
	const app = renderApp({ url: proxy.url, route: { kind: 'run', runId }, columns: 140, rows: 40 });
	try {
		const pane = await waitForText(app.lastFrame, '"text": "record 0"');
		expect(pane).toContain('actual output');
		expect(pane).not.toContain('the last record');
		// The pane scrolls down to its end: the preview's last line says where the rest is.
		await typeKeys(app.stdin, ...Array<string>(150).fill('J'));
		const end = await waitForText(app.lastFrame, 'cut here: o opens the whole result in the inspector');
		expect(end).not.toContain('the last record');
		// The inspector lays a big output out in slices between keys; a search typed at once waits for its hit.
		await typeKeys(app.stdin, 'o');
		await waitForText(app.lastFrame, /result \(\d\/4\)|case \(1\/4\)/);
		await typeKeys(app.stdin, '/', 'the last record', KEYS.enter);
		const found = await waitForText(app.lastFrame, '"text": "the last record"');
		expect(found).not.toContain('cut here');
		expect(found).not.toContain('no match');
		// Opened again, G as soon as it shows: the end of the whole result, where the last record sits just above the errors.
		await typeKeys(app.stdin, KEYS.esc);
		await waitForText(app.lastFrame, 'cut here');
		await typeKeys(app.stdin, 'o');
		await waitForText(app.lastFrame, /case \(1\/4\) · line 1\//);
		await typeKeys(app.stdin, 'G');
		await waitForText(app.lastFrame, /"text": "the last record"[\s\S]*errors \(4\/4\)/);
	} finally {
		app.unmount();
	}
});
