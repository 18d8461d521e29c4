import { afterAll, beforeAll, test } from 'vitest';
import { startServer, type RunningServer } from '/work/main/source/server/index.js';
import { KEYS, renderApp, typeKeys, waitForText } from '/work/main/test/helpers/render-view.js';
let server: RunningServer;
beforeAll(async () => { server = await startServer({ data: 'demo', pace: 0 }); });
afterAll(() => server.close());
test('dbg', async () => {
	const app = renderApp({ url: server.url });
	await waitForText(app.lastFrame, 'Acme');
	await typeKeys(app.stdin, ':', ...`bench 3`, KEYS.enter);
	await waitForText(app.lastFrame, 'OK/TOTAL');
	await typeKeys(app.stdin, ':', ...'project 1');
	for (const f of app.frames.slice(-12)) console.log(f.split('\n').slice(-2).join('\n'));
	app.unmount();
});
