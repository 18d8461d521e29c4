// One table drives both the key handlers (useKeys) and the `?` help overlay, so the two cannot drift apart.
// Each view adds its rows under its own scope. Key names: single characters are case-sensitive ('G' ≠ 'g');
// named keys are up down left right pgup pgdn home end enter esc tab shift-tab backspace delete space, and ctrl-<x>.
import type { Key } from 'ink';

export type Scope =
	| 'global'
	| 'list'
	| 'projects'
	| 'benches'
	| 'runs'
	| 'feed'
	| 'compare'
	| 'compare-case'
	| 'cases'
	| 'editor'
	| 'history'
	| 'history-timeline'
	| 'history-diff';

export interface Binding {
	action: string;
	keys: readonly string[];
	scope: Scope;
	description: string;
	/** Mutating actions are disabled (and marked so in help) with --read-only. */
	mutates?: boolean;
}

export const KEYMAP: readonly Binding[] = [
	// global — handled by App
	{ scope: 'global', action: 'help', keys: ['?'], description: 'toggle this help' },
	{ scope: 'global', action: 'command', keys: [':'], description: 'command line (:project 2, :run 812, :bench 7, :compare 810 812, :q)' },
	{ scope: 'global', action: 'back', keys: ['esc'], description: 'back' },
	{ scope: 'global', action: 'quit', keys: ['q', 'ctrl-c'], description: 'quit' },
	{ scope: 'global', action: 'dismiss', keys: ['ctrl-x'], description: 'dismiss the error banner' },
	// list — shared by every list view (useListNavigation)
	{ scope: 'list', action: 'down', keys: ['j', 'down'], description: 'next row' },
	{ scope: 'list', action: 'up', keys: ['k', 'up'], description: 'previous row' },
	{ scope: 'list', action: 'top', keys: ['g', 'home'], description: 'first row' },
	{ scope: 'list', action: 'bottom', keys: ['G', 'end'], description: 'last row' },
	{ scope: 'list', action: 'page-down', keys: ['pgdn', 'ctrl-d'], description: 'page down' },
	{ scope: 'list', action: 'page-up', keys: ['pgup', 'ctrl-u'], description: 'page up' },
	{ scope: 'list', action: 'open', keys: ['enter'], description: 'open the selected row' },
	{ scope: 'list', action: 'filter', keys: ['/'], description: 'filter rows' },
	{ scope: 'list', action: 'refresh', keys: ['r'], description: 'refresh' },
	{ scope: 'list', action: 'copy', keys: ['y'], description: 'copy the selected id (OSC 52)' },
	// views add their rows below, one block per scope
	// cases — the bench's case list (CasesView; Enter edits the selected case)
	{ scope: 'cases', action: 'new', keys: ['n'], description: 'new case', mutates: true },
	{ scope: 'cases', action: 'delete', keys: ['d'], description: 'delete the selected case', mutates: true },
	// editor — the case form (CaseEditorView). Navigation mode moves between fields; typing mode sends keys to the field.
	{ scope: 'editor', action: 'next-field', keys: ['tab'], description: 'next field' },
	{ scope: 'editor', action: 'previous-field', keys: ['shift-tab'], description: 'previous field' },
	{ scope: 'editor', action: 'field-down', keys: ['j', 'down'], description: 'next field (not typing)' },
	{ scope: 'editor', action: 'field-up', keys: ['k', 'up'], description: 'previous field (not typing)' },
	{ scope: 'editor', action: 'type', keys: ['enter', 'i'], description: 'type into the field (Enter in a one-line field: next field)' },
	{ scope: 'editor', action: 'save', keys: ['ctrl-s'], description: 'review the changes, then Ctrl-S again (or y) sends them', mutates: true },
	{ scope: 'editor', action: 'confirm-save', keys: ['y'], description: 'send the reviewed changes', mutates: true },
	{ scope: 'editor', action: 'external-field', keys: ['ctrl-e'], description: 'edit the focused field in $VISUAL/$EDITOR' },
	{ scope: 'editor', action: 'external-field-nav', keys: ['e'], description: 'edit the focused field in $VISUAL/$EDITOR (not typing)' },
	{ scope: 'editor', action: 'external-case', keys: ['E'], description: 'edit the whole case as JSON in $VISUAL/$EDITOR (not typing)' },
	{ scope: 'editor', action: 'back', keys: ['esc'], description: 'stop typing / leave the review / back (asks if unsaved)' },
	{ scope: 'editor', action: 'back-nav', keys: ['q'], description: 'back, asking first if there are unsaved changes (not typing)' },
	// projects — ProjectsView (Enter opens the project's benches)
	// benches — BenchesView (Enter opens the bench's runs)
	{ scope: 'benches', action: 'cases', keys: ['C'], description: "open the bench's cases" },
	{ scope: 'benches', action: 'trigger', keys: ['t'], description: 'trigger a run of the selected bench', mutates: true },
	{ scope: 'benches', action: 'history', keys: ['H'], description: "open the bench's case history (flaky, broke, fixed)" },
	// runs — RunsView (Enter opens the run's live feed)
	{ scope: 'runs', action: 'cancel', keys: ['c'], description: 'cancel the selected run', mutates: true },
	{ scope: 'runs', action: 'delete', keys: ['d'], description: 'delete the selected run and its results', mutates: true },
	{ scope: 'runs', action: 'trigger', keys: ['t'], description: 'trigger a new run (channel, notes, full or sampled)', mutates: true },
	{ scope: 'runs', action: 'rerun', keys: ['R'], description: 're-run with the same channel, mode and case filter', mutates: true },
	{ scope: 'runs', action: 'mark', keys: ['m'], description: 'mark for compare (two marks open the comparison)' },
	{ scope: 'runs', action: 'cases', keys: ['C'], description: "open the bench's cases" },
	{ scope: 'runs', action: 'history', keys: ['H'], description: "open the bench's case history (flaky, broke, fixed)" },
	// history — cases × last runs (HistoryView); Enter opens a case's timeline
	{ scope: 'history', action: 'sort-next', keys: ['s'], description: 'cycle the sort: state, flips, stddev, latest change, name' },
	{ scope: 'history', action: 'filter-next', keys: ['f'], description: 'cycle the state filter: all, flaky, broke, fixed, stable fail, stable pass, not run' },
	{ scope: 'history', action: 'more-runs', keys: ['+', '='], description: 'show more runs (as many as fit)' },
	{ scope: 'history', action: 'fewer-runs', keys: ['-'], description: 'show fewer runs' },
	{ scope: 'history', action: 'column-left', keys: ['h', 'left'], description: 'column cursor to an older run (its id, channel and versions in the header)' },
	{ scope: 'history', action: 'column-right', keys: ['l', 'right'], description: 'column cursor to a newer run' },
	{ scope: 'history', action: 'back', keys: ['esc'], description: 'back' },
	// history-timeline — one case, a line per run (Enter opens the result)
	{ scope: 'history-timeline', action: 'diff', keys: ['d'], description: "diff the result's output against the case's previous result" },
	{ scope: 'history-timeline', action: 'close', keys: ['esc'], description: 'back to the matrix, same case' },
	// history-diff — a result beside the case's previous result
	{ scope: 'history-diff', action: 'scroll-down', keys: ['j', 'down'], description: 'scroll down' },
	{ scope: 'history-diff', action: 'scroll-up', keys: ['k', 'up'], description: 'scroll up' },
	{ scope: 'history-diff', action: 'page-down', keys: ['pgdn', 'ctrl-d', 'space'], description: 'page down' },
	{ scope: 'history-diff', action: 'page-up', keys: ['pgup', 'ctrl-u'], description: 'page up' },
	{ scope: 'history-diff', action: 'close', keys: ['esc'], description: 'back to the timeline' },
	// compare — the per-case table of two runs (CompareView)
	{ scope: 'compare', action: 'sort-next', keys: ['o'], description: 'cycle the sort: Δ score, Δ cost, score A, score B, label' },
	{ scope: 'compare', action: 'sort-reverse', keys: ['O'], description: 'reverse the sort' },
	{ scope: 'compare', action: 'filter-next', keys: ['f'], description: 'cycle the quick filter' },
	{ scope: 'compare', action: 'filter-all', keys: ['0'], description: 'show all cases' },
	{ scope: 'compare', action: 'filter-regressed', keys: ['1'], description: 'only regressed cases' },
	{ scope: 'compare', action: 'filter-improved', keys: ['2'], description: 'only improved cases' },
	{ scope: 'compare', action: 'filter-unchanged', keys: ['3'], description: 'only unchanged cases' },
	{ scope: 'compare', action: 'filter-missing', keys: ['4'], description: 'only cases missing in A or B' },
	{ scope: 'compare', action: 'filter-cost-regressed', keys: ['5'], description: 'only cases that cost more' },
	{ scope: 'compare', action: 'next-regression', keys: [']'], description: 'next regression' },
	{ scope: 'compare', action: 'previous-regression', keys: ['['], description: 'previous regression' },
	{ scope: 'compare', action: 'swap', keys: ['s'], description: 'swap A and B (baseline)' },
	{ scope: 'compare', action: 'export', keys: ['x'], description: 'export to a file: Markdown, or JSON for a .json path' },
	{ scope: 'compare', action: 'edit-case', keys: ['e'], description: 'open the case in the case editor' },
	{ scope: 'compare', action: 'back', keys: ['esc'], description: 'back' },
	// compare-case — one case side by side (Enter on a compare row)
	{ scope: 'compare-case', action: 'scroll-down', keys: ['j', 'down'], description: 'scroll down' },
	{ scope: 'compare-case', action: 'scroll-up', keys: ['k', 'up'], description: 'scroll up' },
	{ scope: 'compare-case', action: 'page-down', keys: ['pgdn', 'ctrl-d', 'space'], description: 'page down' },
	{ scope: 'compare-case', action: 'page-up', keys: ['pgup', 'ctrl-u'], description: 'page up' },
	{ scope: 'compare-case', action: 'top', keys: ['g', 'home'], description: 'top' },
	{ scope: 'compare-case', action: 'bottom', keys: ['G', 'end'], description: 'bottom' },
	{ scope: 'compare-case', action: 'next-case', keys: ['n'], description: 'next case in the table' },
	{ scope: 'compare-case', action: 'previous-case', keys: ['p'], description: 'previous case in the table' },
	{ scope: 'compare-case', action: 'next-regression', keys: [']'], description: 'next regression' },
	{ scope: 'compare-case', action: 'previous-regression', keys: ['['], description: 'previous regression' },
	{ scope: 'compare-case', action: 'edit-case', keys: ['e'], description: 'open the case in the case editor' },
	{ scope: 'compare-case', action: 'copy', keys: ['y'], description: 'copy the case id (OSC 52)' },
	{ scope: 'compare-case', action: 'close', keys: ['esc'], description: 'back to the table, same row' },
	// feed — the live result feed of one run (RunFeedView); Enter toggles the detail pane, G resumes follow mode
	{ scope: 'feed', action: 'cycle-status', keys: ['f'], description: 'filter by result status (cycles)' },
	{ scope: 'feed', action: 'cycle-sort', keys: ['s'], description: 'sort: arrival, score (lowest first), cost, duration' },
	{ scope: 'feed', action: 'detail-down', keys: ['J'], description: 'scroll the detail pane down' },
	{ scope: 'feed', action: 'detail-up', keys: ['K'], description: 'scroll the detail pane up' },
	{ scope: 'feed', action: 'copy-execution', keys: ['Y'], description: 'copy the workflow execution id' },
	{ scope: 'feed', action: 'mark', keys: ['m'], description: 'mark this run for compare' },
	{ scope: 'feed', action: 'cancel-run', keys: ['c'], description: 'cancel the run', mutates: true },
	{ scope: 'feed', action: 'promote', keys: ['p'], description: "promote the result's workflow execution to a case", mutates: true },
];

/** Ink's (input, key) → the key name used in KEYMAP. */
export function keyName(input: string, key: Key): string {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pgup';
	if (key.pageDown) return 'pgdn';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'enter';
	if (key.escape) return 'esc';
	if (key.tab) return key.shift ? 'shift-tab' : 'tab';
	if (key.backspace) return 'backspace';
	if (key.delete) return 'delete';
	if (key.ctrl && input) return `ctrl-${input.toLowerCase()}`;
	if (input === ' ') return 'space';
	return input;
}

export function bindingsFor(scopes: readonly Scope[]): Binding[] {
	return KEYMAP.filter((binding) => scopes.includes(binding.scope));
}

/** The binding a key name triggers within the given scopes (first match wins, in the order of `scopes`). */
export function findBinding(scopes: readonly Scope[], name: string): Binding | undefined {
	for (const scope of scopes) {
		const binding = KEYMAP.find((b) => b.scope === scope && b.keys.includes(name));
		if (binding) return binding;
	}
	return undefined;
}
