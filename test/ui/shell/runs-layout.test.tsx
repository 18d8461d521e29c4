// The runs view uses the terminal it has: at 120 columns the list keeps all its columns and the detail pane sits
// below, tall enough for every line; from 140 the pane sits beside the list and grows with it; at 200 NOTES shows.
import { describe, expect, test } from 'vitest';
import { waitForText } from '../../helpers/render-view.js';
import { demoAppPerTest } from '../../helpers/demo-app.js';

const demo = demoAppPerTest();

async function runsAt(columns: number, rows: number): Promise<string> {
	const app = demo.render({ route: { kind: 'runs', projectId: 1, script: 'summarize' }, columns, rows });
	return waitForText(app.lastFrame, (f) => f.includes('notes') && f.includes('completed'));
}

describe('runs view layout', () => {
	test('120×40: every list column, the detail below with all its lines, nothing past the width', async () => {
		const frame = await runsAt(120, 40);
		expect(frame.split('\n')[1]).toMatch(/RUN STATUS +CHANNEL +MODE +OK\/TOTAL +SCORE +COST +RESULTS +BY +WHEN +TOOK/);
		expect(frame).toMatch(/│ versions {2}workflow v\d+ · judge v\d+ \(judge-summary\) +│/);
		expect(frame).toMatch(/│ notes {5}canceled: wrong channel +│/);
		for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
	});

	test('200×50: the pane beside the list is wider than before (no `judge v…`), and NOTES is a column', async () => {
		const frame = await runsAt(200, 50);
		const header = frame.split('\n')[1];
		expect(header).toMatch(/WHEN +TOOK NOTES/);
		const pane = header.slice(header.indexOf('┌'));
		expect(pane.length).toBeGreaterThan(56);
		expect(frame).toMatch(/│ versions {2}workflow v\d+ · judge v\d+ \(judge-summary\) +│/);
		expect(frame).toMatch(/^›.* canceled: wr.*│ run \d+/m);
		for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(200);
	});
});
