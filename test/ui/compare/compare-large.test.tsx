// 50 000 cases through the real client: the view opens, draws only what fits, and pages, sorts and filters.
// (Timing is printed by bench/compare.bench.ts, not asserted here.)
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KEYS, renderApp, typeKeys, waitForFrame, waitForText } from '../../helpers/render-view.js';
import { serveReport, syntheticReport, type ReportServer } from './synthetic-report.js';

const SIZE = 50_000;
let server: ReportServer;
const report = syntheticReport(SIZE);

beforeAll(async () => {
	server = await serveReport(report);
});
afterAll(() => server.close());

it('opens a 50 000-case comparison and keeps the frame within the terminal', async () => {
	const app = renderApp({ url: server.url, route: { kind: 'compare', runA: 1, runB: 2 }, columns: 120, rows: 30 });
	try {
		let frame = await waitForText(app.lastFrame, new RegExp(`^1/${SIZE} `, 'm'), 20_000);
		expect(frame.split('\n').length).toBeLessThanOrEqual(29);
		await new Promise((resolve) => setTimeout(resolve, 60));

		await typeKeys(app.stdin, KEYS.pgdn);
		frame = await waitForFrame(app.lastFrame, (f) => /^(\d+)\/50000 /m.exec(f)?.[1] !== '1');
		const page = Number(/^(\d+)\/50000 /m.exec(frame)![1]);
		expect(page).toBeGreaterThan(1);
		expect(frame.split('\n').length).toBeLessThanOrEqual(29);

		const regressed = report.per_case.filter((row) => row.flag === 'regressed').length;
		await typeKeys(app.stdin, '1');
		frame = await waitForText(app.lastFrame, `show regressed ${regressed}`);
		expect(frame).toMatch(new RegExp(`\\d+/${regressed}\\b`));

		await typeKeys(app.stdin, '0');
		await waitForText(app.lastFrame, `show all ${SIZE}`);
		await typeKeys(app.stdin, 'G');
		frame = await waitForText(app.lastFrame, new RegExp(`^${SIZE}/${SIZE} `, 'm'));
		// Missing deltas sort last.
		expect(frame.split('\n').find((line) => line.startsWith('›'))).toMatch(/missing [AB]/);
	} finally {
		app.unmount();
	}
});
