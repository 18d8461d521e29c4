// Every view of the app as a scenario (a route, the keys that reach it, what its frame shows when ready), for tests
// that check all of them: columns within the terminal, table columns on one grid, ASCII-only frames.
import type { RunningServer } from '../../source/server/index.js';
import type { Route } from '../../source/ui/routes.js';
import { KEYS, renderApp, typeKeys, waitForFrame, type RenderedApp } from './render-view.js';

export interface ViewScenario {
	name: string;
	route: Route;
	/** Keys typed once the route's frame is ready (e.g. Enter to open a pane). */
	keys?: string[];
	/** The frame is complete when this holds (after the keys). */
	ready: (frame: string) => boolean;
	/** The table's title line, and the lines below it that are its rows. */
	table?: { header: RegExp; row: RegExp };
	/** Panes side by side (or a box) whose border must be one column on every line. */
	panes?: boolean;
}

/** Table rows of the list views: the pointer or a space, then the mark or a space. */
const LIST_ROW = /^[›> ][ ◆#]/;

export function everyView(server: RunningServer): ViewScenario[] {
	const script = 'classify-ticket';
	const bench = server.store.sql('SELECT b.id, s.project_id FROM benches b JOIN scripts s ON s.id = b.script_id WHERE s.name = ?').get(script) as { id: number; project_id: number };
	const runs = (server.store.sql("SELECT id FROM runs WHERE bench_id = ? AND status = 'completed' ORDER BY id").all(bench.id) as { id: number }[]).map((r) => r.id);
	const failing = server.store.sql("SELECT run_id, case_id FROM results WHERE status != 'ok' ORDER BY id LIMIT 1").get() as { run_id: number; case_id: string };
	const caseId = (server.store.sql('SELECT id FROM cases WHERE bench_id = ? ORDER BY seq LIMIT 1').get(bench.id) as { id: string }).id;
	const projectId = bench.project_id;
	const [runA, runB] = [runs[0], runs[runs.length - 1]];
	return [
		{ name: 'projects', route: { kind: 'projects' }, ready: (f) => f.includes('PROJECT') && /^[›>] /m.test(f), table: { header: /PROJECT/, row: LIST_ROW } },
		{ name: 'benches', route: { kind: 'benches', projectId }, ready: (f) => f.includes('SCRIPT') && f.includes(script), table: { header: /SCRIPT/, row: LIST_ROW } },
		{ name: 'runs', route: { kind: 'runs', projectId, script }, ready: (f) => f.includes('STATUS') && f.includes('completed'), table: { header: /STATUS/, row: LIST_ROW }, panes: true },
		{ name: 'cases', route: { kind: 'cases', projectId, script }, ready: (f) => f.includes('NAME') && /\d{4}-\d\d-\d\d|ago/.test(f), table: { header: /NAME/, row: LIST_ROW } },
		{ name: 'run feed', route: { kind: 'run', runId: runB }, ready: (f) => /^\S \S.*\d\.\d +(\$|-)/m.test(f), table: { header: /^ {2}case +score/, row: /^\S / } },
		{ name: 'run feed with the detail pane', route: { kind: 'run', runId: failing.run_id }, keys: [KEYS.enter], ready: (f) => /status {4,}\S/.test(f), panes: true },
		{ name: 'compare', route: { kind: 'compare', runA, runB }, ready: (f) => f.includes('score A') && /\d+\/\d+/.test(f), table: { header: /score A|score B/, row: /^[›> ] / } },
		{ name: 'compare case', route: { kind: 'compare', runA, runB }, keys: [KEYS.enter], ready: (f) => f.includes('run #'), panes: true },
		{ name: 'case history', route: { kind: 'history', projectId, script }, ready: (f) => /\d+ flaky/.test(f) },
		{ name: 'inspector', route: { kind: 'inspect', runId: failing.run_id, caseId: failing.case_id }, ready: (f) => /\(1\/\d+\)/.test(f) },
		{ name: 'case editor', route: { kind: 'case', caseId }, ready: (f) => f.includes('expected') || f.includes('inputs') },
		{ name: 'help', route: { kind: 'runs', projectId, script }, keys: ['?'], ready: (f) => f.includes('Keys') },
	];
}

/** Renders `view` at `columns`×`rows`, types its keys, waits until it is ready, and hands the app and that frame to `check`. */
export async function checkViewReady(
	server: RunningServer,
	view: ViewScenario,
	columns: number,
	rows: number,
	check: (app: RenderedApp, frame: string) => void,
): Promise<void> {
	const app = renderApp({ url: server.url, route: view.route, columns, rows });
	try {
		if (view.keys) {
			await waitForFrame(app.lastFrame, (f) => f.split('\n').length > 3 && !/loading/.test(f));
			await typeKeys(app.stdin, ...view.keys);
		}
		check(app, await waitForFrame(app.lastFrame, view.ready));
	} finally {
		app.unmount();
	}
}
