// A view that throws while rendering reports through the banner; the app stays on its feet (Esc, other views, help).
import { afterEach, expect, test } from 'vitest';
import { VIEWS } from '../../../source/ui/views/registry.js';
import { KEYS, typeKeys, waitForText, type RenderedApp } from '../../helpers/render-view.js';
import { demoAppPerTest } from '../../helpers/demo-app.js';

const demo = demoAppPerTest();
let app: RenderedApp | undefined;
const logView = VIEWS.log.component;

afterEach(() => {
	VIEWS.log.component = logView;
});

function Broken(): never {
	throw new Error('the log view broke');
}

test('a view throwing during render shows the banner, and Esc goes back to a working app', async () => {
	// React logs a caught render error to the console; the test only needs what the user sees.
	const consoleError = console.error;
	console.error = () => undefined;
	try {
		VIEWS.log.component = Broken;
		app = demo.render({ route: { kind: 'projects' }, columns: 100, rows: 24 });
		await waitForText(app.lastFrame, 'Acme Support');

		await typeKeys(app.stdin, '!');
		const broken = await waitForText(app.lastFrame, 'This view failed to draw');
		expect(broken).toContain('the log view broke');

		await typeKeys(app.stdin, KEYS.esc);
		const back = await waitForText(app.lastFrame, (f) => !f.includes('This view failed to draw') && f.includes('Acme Support'));
		expect(back).not.toContain('This view failed to draw');

		await typeKeys(app.stdin, KEYS.enter);
		await waitForText(app.lastFrame, 'SCORE TREND');
	} finally {
		console.error = consoleError;
	}
});
