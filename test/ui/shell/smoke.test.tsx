import { afterEach, expect, test } from 'vitest';
import { KEYS, renderApp, typeKeys, waitForText, type RenderedApp } from '../../helpers/render-view.js';

let app: RenderedApp | undefined;
afterEach(() => app?.unmount());

test('smoke', async () => {
	app = renderApp({ route: { kind: 'run', runId: 3 }, columns: 80, rows: 20 });
	await waitForText(app.lastFrame, 'run 3');
	console.log(app.lastFrame());
	await typeKeys(app.stdin, '?');
	await waitForText(app.lastFrame, 'Keys');
	console.log(app.lastFrame());
	await typeKeys(app.stdin, KEYS.esc, KEYS.esc);
	await waitForText(app.lastFrame, 'projects:');
	console.log(app.lastFrame());
	await typeKeys(app.stdin, ':', 'c', 'o', 'm', 'p', 'a', 'r', 'e', ' ', '1', ' ', '2', KEYS.enter);
	await waitForText(app.lastFrame, 'compare 1');
	console.log(app.lastFrame());
});
