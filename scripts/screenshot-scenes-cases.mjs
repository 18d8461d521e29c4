// Screenshot scenes of the case list and the case editor (CASES helper), for scripts/screenshots.mjs to include.
// Each scene starts the demo (`bench-tui --demo --project 2`: Invoices Inc, whose extract-invoice bench has 12 cases
// that drifted from the published contract) and plays its steps: send each key (tmux `send-keys` names; a longer
// string is literal text), then wait until `waitFor` is on screen before the next step. The last step's `waitFor`
// is the frame to capture.
const openLastCase = [
	{ keys: ['C'], waitFor: 'drifted from the published contract' },
	{ keys: ['G', 'Enter'], waitFor: 'ground_truth' },
];

export const casesScenes = [
	{
		name: 'cases-list',
		description: 'the extract-invoice cases: drifted ones marked ✗, what broke shown for the selected case',
		args: ['--demo', '--project', '2'],
		steps: [{ keys: ['C'], waitFor: 'drifted: inputs.currency' }],
	},
	{
		name: 'case-editor-field-error',
		description: "the last item's qty typed as a string: the server's case_type_mismatch is shown at the items field",
		args: ['--demo', '--project', '2'],
		steps: [
			...openLastCase,
			{ keys: ['j', 'j', 'Enter'], waitFor: '[typing]' },
			{ keys: ['Up', 'Up', 'Up', 'End', 'Left', 'BSpace', '"two"', 'Escape', 'C-s'], waitFor: 'Review before sending' },
			{ keys: ['C-s'], waitFor: 'expected int, got str' },
		],
	},
	{
		name: 'case-editor-review',
		description: 'the review before a save: field by field, old → new',
		args: ['--demo', '--project', '2'],
		steps: [
			...openLastCase,
			{ keys: ['Enter'], waitFor: '[typing]' },
			{ keys: ['End', ' (checked)', 'Tab', 'Tab', 'Up', 'Up', 'Up', 'End', 'Left', 'BSpace', '5', 'Escape', 'C-s'], waitFor: 'Review before sending' },
		],
	},
];
