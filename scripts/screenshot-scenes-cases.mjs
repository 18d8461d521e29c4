// Screenshot scenes of the case list and the case editor (CASES helper), in the format of scripts/screenshots.mjs
// ({ name, args, steps }). Project 2 (Invoices Inc) has the extract-invoice bench, whose first 12 cases drifted
// from the published contract. Keys go one per step with a pause, and the scene waits for each visible effect:
// keys sent back to back can reach the app in one read and be taken for one input.
const BACKSPACE = '\u007f';
const oneByOne = (...keys) => keys.flatMap((key) => [{ keys: [key] }, { sleep: 250 }]);

const openLastInvoiceCase = [
	{ wait: 'extract-invoice' },
	{ keys: ['C'] },
	{ wait: 'drifted: inputs.currency' },
	{ keys: ['G'] },
	{ wait: 'n: new' },
	{ keys: ['Enter'] },
	{ wait: 'ground_truth' },
];
/** From the name field, in navigation mode: type into the last item's qty (the third line from the end). */
const editLastQty = (replacement) => [
	...oneByOne('j', 'j'),
	{ wait: /› items/ },
	{ keys: ['Enter'] },
	{ wait: '[typing]' },
	...oneByOne('Up', 'Up', 'Up', 'End', 'Left', BACKSPACE, replacement, 'Escape'),
	{ wait: '● 1 unsaved' },
];

export const casesScenes = [
	{
		// Drifted cases marked ✗; what broke is shown for the selected one.
		name: 'cases-list',
		args: ['--project', '2'],
		steps: [{ wait: 'extract-invoice' }, { keys: ['C'] }, { wait: 'drifted: inputs.currency' }],
	},
	{
		// The last item's qty typed as a string: the server's case_type_mismatch is shown at the items field.
		name: 'case-editor-field-error',
		args: ['--project', '2'],
		steps: [...openLastInvoiceCase, ...editLastQty('"two"'), { keys: ['C-s'] }, { wait: 'Review before sending' }, { keys: ['C-s'] }, { wait: 'expected int, got str' }],
	},
	{
		// The review before a save: field by field, old → new.
		name: 'case-editor-review',
		args: ['--project', '2'],
		steps: [
			...openLastInvoiceCase,
			...editLastQty('5'),
			...oneByOne('k', 'k'),
			{ keys: ['Enter'] },
			{ wait: '[typing]' },
			{ keys: [' (checked)'] },
			{ wait: '(checked)' },
			{ keys: ['Escape'] },
			{ sleep: 250 },
			{ keys: ['C-s'] },
			{ wait: 'Review before sending' },
		],
	},
];
