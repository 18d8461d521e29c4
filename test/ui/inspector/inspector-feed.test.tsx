// The inspector against the demo server: opened from the feed on a failed and on a scored result, searched, copied
// (OSC 52 captured), handed to $PAGER, and drawn within a 60×15 terminal.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../source/client/index.js';
import { startServer, type RunningServer } from '../../../source/server/index.js';
import { KEYS, renderApp, typeKeys, waitForFrame, waitForText, type RenderedApp } from '../../helpers/render-view.js';

let server: RunningServer;
let app: RenderedApp | undefined;
/** The demo's "shorter prompt experiment" run of summarize: a workflow failure with a hostile error, and judged outputs. */
let runId: number;

beforeAll(async () => {
	server = await startServer();
	const runs = await createClient({ baseUrl: server.url }).benches.listRuns(1, 'summarize');
	runId = runs.find((run) => run.notes === 'shorter prompt experiment')!.id;
});
afterAll(() => server.close());
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** Opens the run's feed, filters to one case by name and opens it in the inspector with Enter (on a narrow terminal the first Enter shows the detail pane, the second opens it). */
async function inspectCase(name: string, columns = 120, rows = 40) {
	app = renderApp({ url: server.url, route: { kind: 'run', runId }, columns, rows });
	await waitForText(app.lastFrame, 'run ended');
	await typeKeys(app.stdin, '/', name, KEYS.enter);
	await waitForText(app.lastFrame, '1/60 shown');
	if (columns < 110) {
		await typeKeys(app.stdin, KEYS.enter);
		await waitForText(app.lastFrame, /^status {2,}/m);
	}
	await typeKeys(app.stdin, KEYS.enter);
	return waitForText(app.lastFrame, /result \(\d\/4\)|case \(1\/4\)/);
}

describe('inspector from the feed', () => {
	it("opens a failed result with the case's inputs, expected output and the whole error text, sanitized", async () => {
		const frame = await inspectCase('Product launch brief — detailed');
		expect(frame).toContain('case Product launch brief — detailed notes · workflow failed');
		expect(frame).toContain('inputs');
		expect(frame).toContain('"text": "Product launch brief (detailed notes). In summary, the new mobile app');
		expect(frame).toContain('expected_output');
		expect(frame).toContain('"summary": "The new mobile app ships with offline mode and dark theme."');
		expect(frame).toContain('workflow failed: provider error:  upstream reset retry later');
		await typeKeys(app!.stdin, 'G');
		const end = await waitForText(app!.lastFrame, 'errors (4/4)');
		expect(end).toContain('provider error:  upstream reset retry later');
		expect(app!.frames.join('')).not.toContain('ZXZpbA');
		// Esc returns to the feed, selection kept.
		await typeKeys(app!.stdin, KEYS.esc);
		await waitForText(app!.lastFrame, '1/60 shown');
	});

	it('searches every section: a word only in the inputs, another only in the output, n/N between hits', async () => {
		await inspectCase('Customer interview — action items');
		await typeKeys(app!.stdin, '/', 'checkpoint', KEYS.enter);
		let frame = await waitForText(app!.lastFrame, '"checkpoint" 1/1 hits');
		expect(frame).toContain('case (1/4)');
		await typeKeys(app!.stdin, '/');
		await typeKeys(app!.stdin, KEYS.backspace.repeat(10), 'unsupported', KEYS.enter);
		frame = await waitForText(app!.lastFrame, /"unsupported" 1\/1 hits/);
		expect(frame).toMatch(/actual output \(3\/4\)/);
		expect(frame).toMatch(/▸ {2}"summary": "\(unsupported claim\) the text says otherwise"/);
		// A word in both: n moves from the inputs to the output and wraps around; N goes back.
		await typeKeys(app!.stdin, 'g', '/');
		await typeKeys(app!.stdin, KEYS.backspace.repeat(11), 'the', KEYS.enter);
		frame = await waitForText(app!.lastFrame, /"the" 1\/\d+ hits/);
		const total = Number(/"the" 1\/(\d+) hits/.exec(frame)![1]);
		expect(total).toBeGreaterThan(2);
		expect(frame).toContain('case (1/4)');
		for (let i = 1; i < total; i++) await typeKeys(app!.stdin, 'n');
		frame = await waitForText(app!.lastFrame, `"the" ${total}/${total} hits`);
		expect(frame).toMatch(/actual output \(3\/4\)/);
		await typeKeys(app!.stdin, 'n');
		await waitForText(app!.lastFrame, `"the" 1/${total} hits`);
		await typeKeys(app!.stdin, 'N');
		await waitForText(app!.lastFrame, `"the" ${total}/${total} hits`);
	});

	it('Y copies the focused section (the output) through OSC 52, v hands it to $PAGER', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'inspector-pager-'));
		const previous = process.env.PAGER;
		try {
			const out = join(dir, 'received.txt');
			const script = join(dir, 'pager.sh');
			await writeFile(script, `#!/bin/sh\ncat > '${out}'\n`);
			await chmod(script, 0o755);
			process.env.PAGER = script;
			await inspectCase('Customer interview — action items');
			await typeKeys(app!.stdin, KEYS.tab, KEYS.tab);
			await waitForText(app!.lastFrame, 'actual output (3/4)');
			await typeKeys(app!.stdin, 'Y');
			await waitForFrame(() => String(app!.copied.length), (n) => n === '1');
			expect(app!.copied[0]).toBe('{\n  "summary": "(unsupported claim) the text says otherwise"\n}\n');
			await waitForText(app!.lastFrame, 'copied the actual output section');
			await typeKeys(app!.stdin, 'v');
			const deadline = Date.now() + 5000;
			let received = '';
			while (Date.now() < deadline && !received) {
				received = await readFile(out, 'utf8').catch(() => '');
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
			expect(received).toBe(app!.copied[0]);
			// Back from the pager, the inspector is drawn again where it was.
			await waitForText(app!.lastFrame, 'actual output (3/4)');
		} finally {
			if (previous === undefined) delete process.env.PAGER;
			else process.env.PAGER = previous;
			await rm(dir, { recursive: true, force: true });
		}
	});

	it('stays within a 60×15 terminal, wrapped and not', async () => {
		const frame = await inspectCase('Product launch brief — detailed', 60, 15);
		expect(frame).toContain('case (1/4)');
		await typeKeys(app!.stdin, 'G');
		await waitForText(app!.lastFrame, 'errors (4/4)');
		await typeKeys(app!.stdin, 'w');
		await waitForText(app!.lastFrame, 'no wrap');
		for (const each of app!.frames) {
			const lines = each.split('\n');
			expect(lines.length).toBeLessThanOrEqual(14);
			for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(60);
		}
	});
});
