// Screenshot scenes of the compare view (COMPARE helper), for scripts/screenshots.mjs to include.
// Each scene starts the demo comparing summarize runs 3 ("v2 prompt") and 4 ("shorter prompt experiment": it regresses
// and costs more) and sends `keys` one at a time, as tmux `send-keys` names, waiting for `waitFor` before capturing.
// `route` + `routeKeys` describe the same screen for an in-process render.
export const compareScenes = [
	{
		name: 'compare-table',
		description: 'runs 3 → 4 of summarize: aggregate, cost regression warning, score histograms, worst regressions first',
		args: ['--demo', '--compare', '3', '4'],
		route: { kind: 'compare', runA: 3, runB: 4 },
		keys: [],
		routeKeys: [],
		waitFor: '1/60',
	},
	{
		name: 'compare-case-diff',
		description: 'one regressed case side by side: both results, the judge’s score objects and the workflow outputs diffed',
		args: ['--demo', '--compare', '3', '4'],
		route: { kind: 'compare', runA: 3, runB: 4 },
		keys: ['/', 'Release notes — short recap', 'Enter', 'Enter'],
		routeKeys: ['/', 'Release notes — short recap', 'Enter', 'Enter'],
		waitFor: '"summary"',
	},
];
