// Screenshot scenes of the case history (HISTORY helper), in the format of scripts/screenshots.mjs: the demo's
// draft-reply bench (project 1), 14 nightly runs over two workflow versions judged by a noisy judge. Keys go one per
// step, each followed by a wait for its effect.
const openHistory = [
	{ wait: 'draft-reply' },
	{ keys: ['/'] },
	{ keys: ['draft-reply'] },
	{ keys: ['Enter'] },
	{ wait: /›.*draft-reply/ },
	{ keys: ['H'] },
	// Loaded: the position is followed by the run count directly (no progress bar any more).
	{ wait: /\d+\/\d+ +14 runs ·/, timeout: 30_000 },
];

export const historyScenes = [
	// The matrix: flaky cases first, then the case v2 broke and the one it fixed; │ marks the version change.
	{ name: 'history', args: ['--project', '1'], steps: [...openHistory, { sleep: 300 }] },
	// The broke case's timeline: one line per run, ◆ on the run where the workflow version changed.
	{
		name: 'history-timeline',
		args: ['--project', '1'],
		steps: [...openHistory, { keys: ['f'] }, { wait: 'show flaky' }, { keys: ['f'] }, { wait: 'show broke' }, { keys: ['Enter'] }, { wait: 'Enter inspect' }, { sleep: 300 }],
	},
];
