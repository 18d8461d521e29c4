// The shell against the embedded demo server over real HTTP: navigation, breadcrumbs, help, command line, marks.
import { describe, expect, test } from 'vitest';
import { createClient } from '../../../source/client/index.js';
import { KEYS, typeKeys, waitForFrame, waitForText, type RenderedApp } from '../../helpers/render-view.js';
import { demoAppPerTest } from '../../helpers/demo-app.js';

const demo = demoAppPerTest();
let app: RenderedApp | undefined;

const lines = (frame: string) => frame.split('\n');

describe('navigation', () => {
	test('projects › benches › runs, Esc back keeps the selection, breadcrumbs follow', async () => {
		app = demo.render();
		await waitForText(app.lastFrame, 'Acme Support');
		await typeKeys(app.stdin, KEYS.enter);
		await waitForText(app.lastFrame, 'classify-ticket');
		expect(app.lastFrame()).toContain('projects › project 1');
		// Each bench row gets sparklines of its recent runs (fetched lazily for the rows in view).
		await waitForText(app.lastFrame, (f) => /classify-ticket.*[▁▂▃▄▅▆▇█]{2,}/.test(f));
		await typeKeys(app.stdin, 'j');
		await waitForFrame(app.lastFrame, (f) => lines(f).some((l) => l.startsWith('›') && l.includes('classify-ticket')));
		await typeKeys(app.stdin, KEYS.enter);
		const runs = await waitForText(app.lastFrame, 'OK/TOTAL');
		expect(runs).toContain('projects › project 1 › classify-ticket');
		await typeKeys(app.stdin, KEYS.esc);
		const back = await waitForText(app.lastFrame, 'SCORE TREND');
		expect(lines(back).find((l) => l.startsWith('›'))).toContain('classify-ticket');
		expect(lines(back)[0]).toBe('projects › project 1');
	});

	test('the frame stays within rows - 1 and columns drop at 60×15', async () => {
		app = demo.render({ route: { kind: 'runs', projectId: 1, script: 'summarize' }, columns: 60, rows: 15 });
		const frame = await waitForText(app.lastFrame, 'completed');
		expect(lines(frame).length).toBeLessThanOrEqual(14);
		for (const line of lines(frame)) expect(line.length).toBeLessThanOrEqual(60);
		expect(frame).toContain('RUN');
		expect(frame).not.toContain('RESULTS');
		app.resize(120, 40);
		const wide = await waitForText(app.lastFrame, 'CHANNEL');
		expect(lines(wide).length).toBeLessThanOrEqual(39);
	});

	test('help lists global and view keys, mutating ones marked', async () => {
		app = demo.render({ route: { kind: 'runs', projectId: 1, script: 'summarize' } });
		await waitForText(app.lastFrame, 'OK/TOTAL');
		await typeKeys(app.stdin, '?');
		const help = await waitForText(app.lastFrame, 'Keys');
		expect(help).toMatch(/! c\s+cancel the selected run/);
		expect(help).toMatch(/ {3}m\s+mark for compare/);
		expect(help).toContain('toggle this help');
		expect(help).not.toContain('disabled');
		await typeKeys(app.stdin, KEYS.esc);
		await waitForText(app.lastFrame, 'OK/TOTAL');
		expect(app.lastFrame()).toContain('› summarize');
	});

	test(':bench N opens that bench, :project N its project, :q quits', async () => {
		const bench = (await createClient({ baseUrl: demo.server.url }).benches.listSummaries(2))[0];
		app = demo.render();
		await waitForText(app.lastFrame, 'Acme Support');
		await typeKeys(app.stdin, ':', ...`bench ${bench.bench_id}`, KEYS.enter);
		await waitForText(app.lastFrame, `project 2 › ${bench.script_name}`);
		await waitForText(app.lastFrame, 'OK/TOTAL');
		await typeKeys(app.stdin, ':', ...'project 1', KEYS.enter);
		await waitForFrame(app.lastFrame, (f) => lines(f)[0] === 'projects › project 1' && f.includes('summarize'));
		await typeKeys(app.stdin, ':', ...'nonsense', KEYS.enter);
		expect(await waitForText(app.lastFrame, 'unknown command'), 'an unknown command is named in the banner').toContain('nonsense');
		await typeKeys(app.stdin, ':', 'q', KEYS.enter);
		const outcome = await Promise.race([app.quit.then(() => 'quit'), new Promise((resolve) => setTimeout(resolve, 5_000, 'still running'))]);
		expect(outcome, ':q quits').toBe('quit');
	});

	test('y copies the selected id; two marks open the compare view with the older run as A', async () => {
		app = demo.render({ route: { kind: 'runs', projectId: 1, script: 'summarize' } });
		await waitForText(app.lastFrame, 'completed');
		const ids = (await app.client.benches.listRuns(1, 'summarize')).map((r) => r.id);
		await typeKeys(app.stdin, 'y');
		await waitForText(app.lastFrame, `copied run id ${ids[0]}`);
		expect(app.copied).toEqual([String(ids[0])]);
		await typeKeys(app.stdin, 'm');
		await waitForText(app.lastFrame, `marked`);
		await typeKeys(app.stdin, 'j', 'j', 'm');
		await waitForText(app.lastFrame, `compare ${ids[2]}…${ids[0]}`);
	});

	test('a second mark on another bench says so at once and opens nothing; the server refusal page offers no retry', async () => {
		app = demo.render({ route: { kind: 'runs', projectId: 1, script: 'summarize' } });
		await waitForText(app.lastFrame, 'completed');
		const [summarize] = await app.client.benches.listRuns(1, 'summarize');
		const [classify] = await app.client.benches.listRuns(1, 'classify-ticket');
		await typeKeys(app.stdin, 'm');
		await waitForText(app.lastFrame, `marked`);
		await typeKeys(app.stdin, KEYS.esc);
		await waitForText(app.lastFrame, 'SCORE TREND');
		await typeKeys(app.stdin, ':', ...`run ${classify.id}`, KEYS.enter);
		await waitForText(app.lastFrame, 'classify-ticket'); // the feed has loaded its run (and so its bench)
		await typeKeys(app.stdin, 'm');
		const frame = await waitForText(app.lastFrame, `runs ${summarize.id} and ${classify.id} are of different benches: compare needs one bench`);
		expect(frame.split('\n')[0]).not.toContain('compare');
		expect(frame).toContain(`marked ◆ ${classify.id}`); // the newer mark stays, for a run of its own bench
		app.unmount();

		app = demo.render({ route: { kind: 'compare', runA: summarize.id, runB: classify.id } });
		const refused = await waitForText(app.lastFrame, 'runs belong to different benches');
		expect(refused).toContain('retrying cannot change that');
		expect(refused).not.toContain('r to retry');
	});

	test('the filter narrows the list; Esc restores it', async () => {
		app = demo.render({ route: { kind: 'benches', projectId: 1 } });
		await waitForText(app.lastFrame, 'classify-ticket');
		await typeKeys(app.stdin, '/', ...'class', KEYS.enter);
		const filtered = await waitForText(app.lastFrame, 'filter: class');
		expect(filtered).not.toMatch(/^\S*\s+\S+\s+summarize/m);
		expect(filtered).toContain('classify-ticket');
		// q typed into the filter does not quit
		await typeKeys(app.stdin, '/', 'q', KEYS.esc);
		await waitForText(app.lastFrame, 'filter: class');
	});

	test('older runs are paged in as the selection reaches the end', async () => {
		const seeded = demo.server.seedBench({ cases: 3, runs: 70, scriptName: 'paged' });
		app = demo.render({ route: { kind: 'runs', projectId: seeded.projectId, script: 'paged' }, rows: 20 });
		await waitForText(app.lastFrame, 'completed');
		await typeKeys(app.stdin, 'G');
		// The first page holds 50 runs; reaching its end loads the rest, and G then reaches the oldest run.
		await waitForText(app.lastFrame, (f) => f.split('\n').some((l) => l.startsWith('›') && l.includes(` ${seeded.runIds[20]} `)));
		// G again once the next page is in (it is fetched in the background).
		const oldestSelected = (f: string) => f.split('\n').some((l) => l.startsWith('›') && l.includes(` ${seeded.runIds[0]} `));
		for (let i = 0; i < 40 && !oldestSelected(app.lastFrame()); i++) await typeKeys(app.stdin, 'G');
		expect(oldestSelected(app.lastFrame())).toBe(true);
	});

	test('C on a bench opens its cases; :cases from its runs does too', async () => {
		app = demo.render({ route: { kind: 'benches', projectId: 1 } });
		await waitForText(app.lastFrame, 'summarize');
		await typeKeys(app.stdin, 'C');
		await waitForText(app.lastFrame, (f) => f.split('\n')[0] === 'projects › project 1 › summarize cases');
		await typeKeys(app.stdin, KEYS.esc, KEYS.enter);
		await waitForText(app.lastFrame, 'OK/TOTAL');
		await typeKeys(app.stdin, ':', ...'cases', KEYS.enter);
		const cases = await waitForText(app.lastFrame, (f) => f.split('\n')[0] === 'projects › project 1 › summarize › summarize cases');
		expect(cases.split('\n')[0], ':cases opens the cases above the runs').toBe('projects › project 1 › summarize › summarize cases');
	});

	test('the command line: Tab completes commands and run ids, ↑ recalls this session\'s lines, :cases from a feed', async () => {
		app = demo.render({ route: { kind: 'runs', projectId: 1, script: 'summarize' } });
		await waitForText(app.lastFrame, 'OK/TOTAL');
		const [newest] = await app.client.benches.listRuns(1, 'summarize');
		await typeKeys(app.stdin, ':', ...'ru', KEYS.tab);
		await waitForText(app.lastFrame, (f) => /^:run$/m.test(f)); // completed, with a space (trimmed in the frame)
		// Tab on an empty argument lists this bench's run ids beside the field; typing one and Tab finishes it.
		const ids = (await app.client.benches.listRuns(1, 'summarize')).map((run) => String(run.id));
		await typeKeys(app.stdin, KEYS.tab);
		await waitForText(app.lastFrame, (f) => f.split('\n').some((line) => line.startsWith(':run') && line.includes(ids.join('  '))));
		await typeKeys(app.stdin, ...String(newest.id), KEYS.tab);
		await waitForText(app.lastFrame, (f) => new RegExp(`^:run ${newest.id}$`, 'm').test(f));
		await typeKeys(app.stdin, KEYS.enter);
		await waitForText(app.lastFrame, (f) => f.split('\n')[0].endsWith(`› run ${newest.id}`));
		await waitForText(app.lastFrame, 'summarize'); // the feed has its run and bench

		await typeKeys(app.stdin, ':', ...'cases', KEYS.enter);
		await waitForText(app.lastFrame, (f) => f.split('\n')[0] === `projects › project 1 › summarize › run ${newest.id} › summarize cases`);

		await typeKeys(app.stdin, ':', KEYS.up);
		await waitForText(app.lastFrame, (f) => /^:cases\b/m.test(f));
		await typeKeys(app.stdin, KEYS.up);
		await waitForText(app.lastFrame, (f) => new RegExp(`^:run ${newest.id}`, 'm').test(f));
		await typeKeys(app.stdin, KEYS.down, KEYS.down);
		await waitForText(app.lastFrame, (f) => /^: /m.test(f) || /^:project N/m.test(f));
		await typeKeys(app.stdin, KEYS.esc);
	});
});
