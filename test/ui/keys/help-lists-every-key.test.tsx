// `?` lists every key the view on top handles: in each view and mode, each action a live handler would run is a line
// of the help, under a key that reaches it. The router is asked, so a handler added without a keymap row fails here.
import { describe, expect, test } from 'vitest';
import { helpLines } from '../../../source/ui/components/HelpOverlay.js';
import type { Route } from '../../../source/ui/routes.js';
import { KEYS, typeKeys, waitForText, type RenderedApp } from '../../helpers/render-view.js';
import { demoAppPerTest } from '../../helpers/demo-app.js';

const demo = demoAppPerTest();
let app: RenderedApp | undefined;

/** The handled actions `?` would not list right now. */
function unlisted(rendered: RenderedApp): string[] {
	const listed = new Set(helpLines(rendered.keys.activeScopes(), false).flatMap((line) => (line.binding && line.keys ? [`${line.binding.scope}:${line.binding.action}`] : [])));
	return rendered.keys
		.handledActions()
		.map(({ scope, action }) => `${scope}:${action}`)
		.filter((id) => !listed.has(id));
}

interface Step {
	keys: string[];
	shows: string;
}

const views: Array<{ name: string; route: Route; ready: string; steps: Step[] }> = [
	{ name: 'projects', route: { kind: 'projects' }, ready: 'Acme Support', steps: [{ keys: ['/', 'd', KEYS.enter], shows: 'filter: d' }] },
	{ name: 'benches', route: { kind: 'benches', projectId: 1 }, ready: 'summarize', steps: [{ keys: ['t'], shows: 'Trigger a run' }] },
	{
		name: 'runs',
		route: { kind: 'runs', projectId: 1, script: 'summarize' },
		ready: '✓ completed',
		steps: [
			{ keys: ['/', '1', KEYS.enter], shows: 'filter: 1' },
			{ keys: ['d'], shows: 'Delete run' },
		],
	},
	{ name: 'run feed', route: { kind: 'run', runId: 1 }, ready: 'shown', steps: [{ keys: ['/', 'c', KEYS.enter], shows: 'filter: c' }] },
	{ name: 'compare', route: { kind: 'compare', runA: 3, runB: 4 }, ready: 'sort', steps: [{ keys: [KEYS.enter], shows: 'case ' }] },
	{
		name: 'cases and the case editor',
		route: { kind: 'cases', projectId: 1, script: 'summarize' },
		ready: 'Quarterly earnings call',
		steps: [
			{ keys: [KEYS.enter], shows: 'no unsaved changes' },
			{ keys: [KEYS.enter], shows: '[typing]' },
			{ keys: ['x', KEYS.esc, '?'], shows: 'Keys  (' },
		],
	},
];

describe('? lists every key the view handles', () => {
	for (const view of views) {
		test(view.name, async () => {
			app = demo.render({ route: view.route, columns: 120, rows: 40 });
			await waitForText(app.lastFrame, view.ready);
			expect(unlisted(app)).toEqual([]);
			expect(app.keys.handledActions().length).toBeGreaterThan(3);
			for (const step of view.steps) {
				await typeKeys(app.stdin, ...step.keys);
				await waitForText(app.lastFrame, step.shows);
				expect(unlisted(app), `after ${JSON.stringify(step.keys)}`).toEqual([]);
			}
		});
	}

	test('the overlay shows the feed its own Enter and G, and the text-field keys', async () => {
		app = demo.render({ route: { kind: 'run', runId: 1 }, columns: 120, rows: 60 });
		await waitForText(app.lastFrame, 'shown');
		await typeKeys(app.stdin, '?');
		const frame = await waitForText(app.lastFrame, 'show or hide the detail pane');
		expect(frame).toContain('last row, and follow new results as they arrive');
		expect(frame).not.toContain('open the selected row');
	});
});
