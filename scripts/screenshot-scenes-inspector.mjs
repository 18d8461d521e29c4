// Screenshot scenes of the inspector and the message log (INSPECTOR helper), in the format of scripts/screenshots.mjs.
// Run 4 of summarize ("shorter prompt experiment") has a workflow failure with a hostile error and judged outputs.
const openRun4 = [{ wait: 'summarize' }, { keys: [':'] }, { keys: ['run 4'] }, { keys: ['Enter'] }, { wait: 'shown · run ended' }];
const filterTo = (name) => [{ keys: ['/'] }, { keys: [name] }, { keys: ['Enter'] }, { wait: '1/60 shown' }];

export const inspectorScenes = [
	// A failed result from the feed: what went in, what should have come out, and the whole error.
	{
		name: 'inspector-feed',
		args: ['--project', '1'],
		steps: [...openRun4, ...filterTo('Customer interview — action items'), { keys: ['Enter'] }, { wait: 'case (1/4)' }, { keys: ['/'] }, { keys: ['unsupported'] }, { keys: ['Enter'] }, { wait: 'hits' }],
	},
	// From the compare case view (o): B's result of a regressed case, searched.
	{
		name: 'inspector-compare',
		args: ['--compare', '3', '4'],
		steps: [
			{ wait: /^1\/60 /m },
			{ keys: ['/'] },
			{ keys: ['Product launch brief — detailed notes'] },
			{ keys: ['Enter'] },
			{ wait: /^1\/1 /m },
			{ keys: ['Enter'] },
			{ wait: 'workflow failed:' },
			{ keys: ['o'] },
			{ wait: 'case (1/4)' },
		],
	},
	// The compare case view itself: inputs and expected once, a side without output saying why.
	{
		name: 'compare-case-missing-output',
		args: ['--compare', '3', '4'],
		steps: [{ wait: /^1\/60 /m }, { keys: ['/'] }, { keys: ['Product launch brief — detailed notes'] }, { keys: ['Enter'] }, { wait: /^1\/1 /m }, { keys: ['Enter'] }, { wait: 'workflow failed:' }],
	},
	// The message log after a refused trigger (400, cut in the banner) and a trigger with a pre-flight warning.
	{
		name: 'log',
		args: ['--project', '1'],
		steps: [
			{ wait: 'classify-ticket' },
			{ keys: [':'] },
			{ keys: ['bench 4'] },
			{ keys: ['Enter'] },
			{ wait: 'completed' },
			{ sleep: 800 },
			{ keys: ['t'] },
			{ wait: /\[(production|draft)\]/ },
			{ keys: ['Enter'] },
			{ wait: '(! for all)' },
			{ keys: ['!'] },
			{ wait: 'message log' },
		],
	},
];
