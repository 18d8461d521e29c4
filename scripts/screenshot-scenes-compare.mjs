// Screenshot scenes of the compare view (COMPARE helper), in the format of scripts/screenshots.mjs SCENES.
// Both compare summarize runs 3 ("v2 prompt") and 4 ("shorter prompt experiment": it regresses and costs more).
export const compareScenes = [
	// The aggregate with the ⚠ cost regression, both score histograms, and the worst regressions first.
	{ name: 'compare', args: ['--compare', '3', '4'], steps: [{ wait: /^1\/60 /m }] },
	// One regressed case side by side: both results, the judge's score objects and the workflow outputs diffed.
	{
		name: 'compare-case-diff',
		args: ['--compare', '3', '4'],
		steps: [{ wait: /^1\/60 /m }, { keys: ['/'] }, { keys: ['Design critique — detailed notes'] }, { keys: ['Enter'] }, { wait: /^1\/1 /m }, { keys: ['Enter'] }, { wait: '"summary"' }],
	},
];
