// Every key the app handles is a row of KEYMAP: the handlers (useKeys, text fields, dialogs), the `?` help, the footers
// and the README's keys table are all read from it, so they cannot drift apart. Actions are typed per scope: a handler
// for an action its scopes do not have fails `tsc`. Key names: single characters are case-sensitive ('G' ≠ 'g'); named
// keys are up down left right pgup pgdn home end enter esc tab shift-tab backspace delete space, with ctrl-/alt- prefixes.
import type { Key } from 'ink';
import { drawing } from '../look/drawing.js';

export const SCOPES = [
	'global',
	'list',
	'benches',
	'runs',
	'feed',
	'compare',
	'compare-case',
	'cases',
	'editor',
	'trigger',
	'text',
	'textarea',
	'command',
	'confirm',
	'help',
	'inspector',
	'history',
	'history-timeline',
	'history-diff',
] as const;
export type Scope = (typeof SCOPES)[number];

export interface Binding {
	readonly scope: Scope;
	readonly action: string;
	readonly keys: readonly string[];
	readonly description: string;
	/** A short label for footers; the description is used when absent. */
	readonly hint?: string;
	/** Mutating actions are disabled (and marked `!` in help) with --read-only. */
	readonly mutates?: boolean;
}

export const KEYMAP = [
	// global — the App's own keys, used when nothing inside the view took the key
	{ scope: 'global', action: 'help', keys: ['?'], description: 'toggle this help', hint: 'help' },
	{ scope: 'global', action: 'command', keys: [':'], description: 'command line (:project 2, :run 812, :bench 7, :compare 810 812, :cases, :q)' },
	{ scope: 'global', action: 'back', keys: ['esc'], description: 'back to the previous view' },
	{ scope: 'global', action: 'quit', keys: ['q', 'ctrl-c'], description: 'quit (asks first if there are unsaved changes; Ctrl-C again quits)' },
	{ scope: 'global', action: 'dismiss', keys: ['ctrl-x'], description: 'dismiss the error banner' },
	{ scope: 'global', action: 'log', keys: ['!'], description: 'the message log: every error, warning and notification of the session (also :log)', hint: 'log' },
	// list — shared by every list view (useListNavigation and the view's list keys)
	{ scope: 'list', action: 'down', keys: ['j', 'down'], description: 'next row' },
	{ scope: 'list', action: 'up', keys: ['k', 'up'], description: 'previous row' },
	{ scope: 'list', action: 'top', keys: ['g', 'home'], description: 'first row' },
	{ scope: 'list', action: 'bottom', keys: ['G', 'end'], description: 'last row' },
	{ scope: 'list', action: 'page-down', keys: ['pgdn', 'ctrl-d'], description: 'page down' },
	{ scope: 'list', action: 'page-up', keys: ['pgup', 'ctrl-u'], description: 'page up' },
	{ scope: 'list', action: 'open', keys: ['enter'], description: 'open the selected row', hint: 'open' },
	{ scope: 'list', action: 'filter', keys: ['/'], description: 'filter rows', hint: 'filter' },
	{ scope: 'list', action: 'clear-filter', keys: ['esc'], description: 'clear the applied filter (Esc again: back)' },
	{ scope: 'list', action: 'refresh', keys: ['r'], description: 'refresh', hint: 'refresh' },
	{ scope: 'list', action: 'copy', keys: ['y'], description: 'copy the selected id', hint: 'copy' },
	// benches — BenchesView (Enter opens the bench's runs; projects use the list keys only)
	{ scope: 'benches', action: 'cases', keys: ['C'], description: "open the bench's cases", hint: 'cases' },
	{ scope: 'benches', action: 'trigger', keys: ['t'], description: 'trigger a run of the selected bench', hint: 'trigger', mutates: true },
	{ scope: 'benches', action: 'history', keys: ['H'], description: "open the bench's case history: flaky, broke, fixed", hint: 'history' },
	// runs — RunsView (Enter opens the run's live feed)
	{ scope: 'runs', action: 'cancel', keys: ['c'], description: 'cancel the selected run', hint: 'cancel', mutates: true },
	{ scope: 'runs', action: 'delete', keys: ['d'], description: 'delete the selected run and its results', hint: 'delete', mutates: true },
	{ scope: 'runs', action: 'trigger', keys: ['t'], description: 'trigger a new run (channel, notes, full or sampled)', hint: 'trigger', mutates: true },
	{ scope: 'runs', action: 'rerun', keys: ['R'], description: 're-run with the same channel, mode and case filter', hint: 'rerun', mutates: true },
	{ scope: 'runs', action: 'mark', keys: ['m'], description: 'mark for compare (two marks open the comparison)', hint: 'mark' },
	{ scope: 'runs', action: 'cases', keys: ['C'], description: "open the bench's cases", hint: 'cases' },
	{ scope: 'runs', action: 'history', keys: ['H'], description: "open the bench's case history: flaky, broke, fixed", hint: 'history' },
	// feed — the live result feed of one run (RunFeedView); listed before `list`, so its Enter and G win
	{ scope: 'feed', action: 'open-detail', keys: ['enter'], description: 'show the detail pane; while it shows, open the result in the inspector', hint: 'open' },
	{ scope: 'feed', action: 'inspect', keys: ['o'], description: 'open the selected result in the inspector, full screen', hint: 'inspect' },
	{ scope: 'feed', action: 'toggle-detail', keys: ['d'], description: 'show or hide the detail pane' },
	{ scope: 'feed', action: 'follow', keys: ['G'], description: 'last row, and follow new results as they arrive' },
	{ scope: 'feed', action: 'cycle-status', keys: ['f'], description: 'filter by result status (cycles)' },
	{ scope: 'feed', action: 'cycle-status-back', keys: ['F'], description: 'filter by result status (cycles backwards)' },
	{ scope: 'feed', action: 'cycle-verdict', keys: ['v'], description: 'filter by verdict: pass, fail, error (cycles)', hint: 'verdict' },
	{ scope: 'feed', action: 'failures', keys: ['x'], description: 'failures only: workflow failed, judge failed, verdict fail (toggles)', hint: 'failures' },
	{ scope: 'feed', action: 'cycle-sort', keys: ['s'], description: 'sort: arrival, score (lowest first), cost, duration' },
	{ scope: 'feed', action: 'detail-down', keys: ['J'], description: 'scroll the detail pane down' },
	{ scope: 'feed', action: 'detail-up', keys: ['K'], description: 'scroll the detail pane up' },
	{ scope: 'feed', action: 'copy-execution', keys: ['Y'], description: 'copy the workflow execution id' },
	{ scope: 'feed', action: 'mark', keys: ['m'], description: 'mark this run for compare' },
	{ scope: 'feed', action: 'cancel-run', keys: ['c'], description: 'cancel the run', mutates: true },
	{ scope: 'feed', action: 'promote', keys: ['p'], description: "promote the result's workflow execution to a case", mutates: true },
	// compare — the per-case table of two runs (CompareView)
	{ scope: 'compare', action: 'sort-next', keys: ['o'], description: `cycle the sort: ${drawing.delta} score, ${drawing.delta} cost, score A, score B, label`, hint: 'sort' },
	{ scope: 'compare', action: 'sort-reverse', keys: ['O'], description: 'reverse the sort' },
	{ scope: 'compare', action: 'filter-next', keys: ['f'], description: 'cycle the quick filter', hint: 'quick filter' },
	{ scope: 'compare', action: 'filter-all', keys: ['0'], description: 'show all cases' },
	{ scope: 'compare', action: 'filter-regressed', keys: ['1'], description: 'only regressed cases' },
	{ scope: 'compare', action: 'filter-improved', keys: ['2'], description: 'only improved cases' },
	{ scope: 'compare', action: 'filter-unchanged', keys: ['3'], description: 'only unchanged cases' },
	{ scope: 'compare', action: 'filter-missing', keys: ['4'], description: 'only cases missing in A or B' },
	{ scope: 'compare', action: 'filter-cost-regressed', keys: ['5'], description: 'only cases that cost more' },
	{ scope: 'compare', action: 'filter-flipped', keys: ['6'], description: `only cases whose verdict flipped (pass ${drawing.arrow} fail, fail ${drawing.arrow} pass)` },
	{ scope: 'compare', action: 'set-threshold', keys: ['t'], description: `noise threshold: |${drawing.delta} score| at or below it counts as unchanged`, hint: 'threshold' },
	{ scope: 'compare', action: 'next-regression', keys: [']'], description: 'next regression', hint: 'regressions' },
	{ scope: 'compare', action: 'previous-regression', keys: ['['], description: 'previous regression' },
	{ scope: 'compare', action: 'swap', keys: ['s'], description: 'swap A and B (baseline)', hint: 'swap' },
	{ scope: 'compare', action: 'export', keys: ['x'], description: 'export to a file: Markdown, or JSON for a .json path', hint: 'export' },
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
	{ scope: 'compare-case', action: 'inspect-b', keys: ['o'], description: "open B's result in the inspector, full screen", hint: 'inspect B' },
	{ scope: 'compare-case', action: 'inspect-a', keys: ['O'], description: "open A's result in the inspector" },
	{ scope: 'compare-case', action: 'copy', keys: ['y'], description: 'copy the case id' },
	{ scope: 'compare-case', action: 'close', keys: ['esc'], description: 'back to the table, same row' },
	// history — a bench's cases × its last runs (HistoryView); Enter opens a case's timeline
	{ scope: 'history', action: 'sort-next', keys: ['s'], description: 'cycle the sort: state, flips, stddev, latest change, name', hint: 'sort' },
	{ scope: 'history', action: 'filter-next', keys: ['f'], description: 'cycle the state filter: all, flaky, broke, fixed, stable fail, stable pass, not run', hint: 'state' },
	{ scope: 'history', action: 'more-runs', keys: ['+', '='], description: 'show more runs (as many as fit the width)', hint: 'runs' },
	{ scope: 'history', action: 'fewer-runs', keys: ['-'], description: 'show fewer runs' },
	{ scope: 'history', action: 'column-left', keys: ['h', 'left'], description: 'column cursor to an older run (the header names its id, channel and versions)', hint: 'column' },
	{ scope: 'history', action: 'column-right', keys: ['l', 'right'], description: 'column cursor to a newer run' },
	// history-timeline — one case, a line per run, newest first (Enter opens the result in the inspector)
	{ scope: 'history-timeline', action: 'inspect', keys: ['enter'], description: 'open the result in the inspector', hint: 'inspect' },
	{ scope: 'history-timeline', action: 'diff', keys: ['d'], description: "diff the result against the case's previous result", hint: 'diff' },
	{ scope: 'history-timeline', action: 'close', keys: ['esc'], description: 'back to the matrix, same case', hint: 'matrix' },
	// history-diff — a result beside the case's previous result
	{ scope: 'history-diff', action: 'scroll-down', keys: ['j', 'down'], description: 'scroll down' },
	{ scope: 'history-diff', action: 'scroll-up', keys: ['k', 'up'], description: 'scroll up' },
	{ scope: 'history-diff', action: 'page-down', keys: ['pgdn', 'ctrl-d', 'space'], description: 'page down' },
	{ scope: 'history-diff', action: 'page-up', keys: ['pgup', 'ctrl-u'], description: 'page up' },
	{ scope: 'history-diff', action: 'close', keys: ['esc'], description: 'back to the timeline' },
	// cases — the bench's case list (CasesView; Enter edits the selected case)
	{ scope: 'cases', action: 'new', keys: ['n'], description: 'new case', hint: 'new', mutates: true },
	{ scope: 'cases', action: 'delete', keys: ['d'], description: 'delete the selected case', hint: 'delete', mutates: true },
	// editor — the case form (CaseEditorView). Navigation mode moves between fields; typing mode sends keys to the field.
	{ scope: 'editor', action: 'next-field', keys: ['tab'], description: 'next field', hint: 'next field' },
	{ scope: 'editor', action: 'previous-field', keys: ['shift-tab'], description: 'previous field', hint: 'previous field' },
	{ scope: 'editor', action: 'field-down', keys: ['j', 'down'], description: 'next field (not typing)', hint: 'move' },
	{ scope: 'editor', action: 'field-up', keys: ['k', 'up'], description: 'previous field (not typing)' },
	{ scope: 'editor', action: 'type', keys: ['enter', 'i'], description: 'type into the field (not typing)', hint: 'type', mutates: true },
	{ scope: 'editor', action: 'save', keys: ['ctrl-s'], description: 'review the changes, then Ctrl-S again (or y) sends them', hint: 'save', mutates: true },
	{ scope: 'editor', action: 'confirm-save', keys: ['y'], description: 'send the reviewed changes (in the review)', hint: 'send', mutates: true },
	{ scope: 'editor', action: 'external-field', keys: ['ctrl-o'], description: 'edit the focused field in $VISUAL/$EDITOR (Ctrl-E is end of line)', hint: '$EDITOR', mutates: true },
	{ scope: 'editor', action: 'external-field-nav', keys: ['e'], description: 'edit the focused field in $VISUAL/$EDITOR (not typing)', hint: 'field in $EDITOR', mutates: true },
	{ scope: 'editor', action: 'external-case', keys: ['E'], description: 'edit the whole case as JSON in $VISUAL/$EDITOR (not typing)', hint: 'whole case', mutates: true },
	{ scope: 'editor', action: 'back', keys: ['esc'], description: 'stop typing / leave the review / back (asks if unsaved)', hint: 'back' },
	{ scope: 'editor', action: 'back-nav', keys: ['q'], description: 'back, asking first if there are unsaved changes (not typing)' },
	// trigger — the "trigger a run" form (TriggerForm)
	{ scope: 'trigger', action: 'next-field', keys: ['tab', 'down'], description: 'next field', hint: 'next field' },
	{ scope: 'trigger', action: 'previous-field', keys: ['shift-tab', 'up'], description: 'previous field', hint: 'previous' },
	{ scope: 'trigger', action: 'choice-previous', keys: ['left', 'h'], description: 'previous choice (channel, mode)', hint: 'change' },
	{ scope: 'trigger', action: 'choice-next', keys: ['right', 'l', 'space'], description: 'next choice (channel, mode)' },
	{ scope: 'trigger', action: 'start', keys: ['enter'], description: 'start the run', hint: 'start', mutates: true },
	{ scope: 'trigger', action: 'cancel', keys: ['esc'], description: 'cancel', hint: 'cancel' },
	// text — every text field (filter, command line, prompts, form fields): readline keys; typed and pasted text is inserted
	{ scope: 'text', action: 'submit', keys: ['enter'], description: 'accept (a one-line field never takes a newline)', hint: 'accept' },
	{ scope: 'text', action: 'cancel', keys: ['esc'], description: 'close the field (a filter keeps its previous text)', hint: 'cancel' },
	{ scope: 'text', action: 'left', keys: ['left', 'ctrl-b'], description: 'cursor left' },
	{ scope: 'text', action: 'right', keys: ['right', 'ctrl-f'], description: 'cursor right' },
	{ scope: 'text', action: 'word-left', keys: ['alt-b', 'ctrl-left', 'alt-left'], description: 'cursor to the previous word' },
	{ scope: 'text', action: 'word-right', keys: ['alt-f', 'ctrl-right', 'alt-right'], description: 'cursor past the next word' },
	{ scope: 'text', action: 'line-start', keys: ['home', 'ctrl-a'], description: 'start of the line' },
	{ scope: 'text', action: 'line-end', keys: ['end', 'ctrl-e'], description: 'end of the line' },
	{ scope: 'text', action: 'erase-left', keys: ['backspace', 'ctrl-h'], description: 'erase before the cursor' },
	{ scope: 'text', action: 'erase-right', keys: ['delete', 'ctrl-d'], description: 'erase under the cursor' },
	{ scope: 'text', action: 'kill-line-before', keys: ['ctrl-u'], description: 'erase to the start of the line' },
	{ scope: 'text', action: 'kill-line-after', keys: ['ctrl-k'], description: 'erase to the end of the line' },
	{ scope: 'text', action: 'kill-word-before', keys: ['ctrl-w'], description: 'erase the word before the cursor (to the previous space)' },
	{ scope: 'text', action: 'kill-word', keys: ['alt-backspace'], description: 'erase the word part before the cursor' },
	{ scope: 'text', action: 'kill-word-after', keys: ['alt-d'], description: 'erase the word after the cursor' },
	// textarea — multi-line form fields add these (Enter is a newline there)
	{ scope: 'textarea', action: 'newline', keys: ['enter'], description: 'new line (multi-line fields)' },
	{ scope: 'textarea', action: 'line-up', keys: ['up'], description: 'line up (multi-line fields)' },
	{ scope: 'textarea', action: 'line-down', keys: ['down'], description: 'line down (multi-line fields)' },
	// command — the `:` command line adds these to the text keys
	{ scope: 'command', action: 'history-back', keys: ['up', 'ctrl-p'], description: 'previous command line (history of this session)', hint: 'history' },
	{ scope: 'command', action: 'history-forward', keys: ['down', 'ctrl-n'], description: 'next command line (back to what you typed)' },
	{ scope: 'command', action: 'complete', keys: ['tab'], description: 'complete the command, script name, bench or run id', hint: 'complete' },
	// confirm — a yes/no question (default No)
	{ scope: 'confirm', action: 'yes', keys: ['y', 'Y'], description: 'answer yes', hint: 'yes' },
	{ scope: 'confirm', action: 'no', keys: ['n', 'N', 'esc'], description: 'answer no', hint: 'no' },
	{ scope: 'confirm', action: 'toggle', keys: ['left', 'right', 'tab', 'h', 'l'], description: 'move between No and Yes', hint: 'choose' },
	{ scope: 'confirm', action: 'accept', keys: ['enter'], description: 'take the focused choice', hint: 'answer' },
	// inspector — one result full screen (the feed's o / Enter, the compare case view's o, the case history's Enter)
	{ scope: 'inspector', action: 'scroll-down', keys: ['j', 'down', 'enter'], description: 'scroll down a line', hint: 'scroll' },
	{ scope: 'inspector', action: 'scroll-up', keys: ['k', 'up'], description: 'scroll up a line' },
	{ scope: 'inspector', action: 'page-down', keys: ['space', 'f', 'pgdn'], description: 'page down' },
	{ scope: 'inspector', action: 'page-up', keys: ['b', 'pgup'], description: 'page up' },
	{ scope: 'inspector', action: 'half-down', keys: ['d', 'ctrl-d'], description: 'half a page down' },
	{ scope: 'inspector', action: 'half-up', keys: ['u', 'ctrl-u'], description: 'half a page up' },
	{ scope: 'inspector', action: 'top', keys: ['g', 'home'], description: 'top' },
	{ scope: 'inspector', action: 'bottom', keys: ['G', 'end'], description: 'bottom' },
	{ scope: 'inspector', action: 'next-section', keys: ['tab'], description: 'next section (case, result, output, errors)', hint: 'section' },
	{ scope: 'inspector', action: 'previous-section', keys: ['shift-tab'], description: 'previous section' },
	{ scope: 'inspector', action: 'search', keys: ['/'], description: 'search every section (all hits highlighted)', hint: 'search' },
	{ scope: 'inspector', action: 'next-hit', keys: ['n'], description: 'next search hit', hint: 'next hit' },
	{ scope: 'inspector', action: 'previous-hit', keys: ['N'], description: 'previous search hit' },
	{ scope: 'inspector', action: 'wrap', keys: ['w'], description: 'wrap long lines on/off', hint: 'wrap' },
	{ scope: 'inspector', action: 'copy-section', keys: ['Y'], description: 'copy the focused section (Tab moves the focus)', hint: 'copy section' },
	{ scope: 'inspector', action: 'pager', keys: ['v'], description: 'open the focused section in $PAGER (default less -R)', hint: 'pager' },
	{ scope: 'inspector', action: 'close', keys: ['esc'], description: 'back', hint: 'back' },
	// help — this overlay
	{ scope: 'help', action: 'close', keys: ['esc', '?', 'q'], description: 'close the help', hint: 'close' },
	{ scope: 'help', action: 'down', keys: ['j', 'down'], description: 'scroll down', hint: 'scroll' },
	{ scope: 'help', action: 'up', keys: ['k', 'up'], description: 'scroll up' },
	{ scope: 'help', action: 'page-down', keys: ['pgdn', 'space'], description: 'page down' },
	{ scope: 'help', action: 'page-up', keys: ['pgup'], description: 'page up' },
] as const satisfies readonly Binding[];

type Row = (typeof KEYMAP)[number];
/** The actions of the given scopes: a handler map keyed by anything else fails `tsc`. */
export type ActionOf<S extends Scope> = Extract<Row, { scope: S }>['action'];
export type Handlers<S extends Scope> = Partial<Record<ActionOf<S>, (() => void) | undefined>>;
/** One action named by scope, for footers: `['runs', 'cancel']`. */
export type KeyRef = { [S in Scope]: readonly [S, ActionOf<S>] }[Scope];

/** The mark beside a key that changes data (disabled with --read-only), in `?` help and in the README's keys table. */
export const MUTATING_MARK = '!';

/** The scopes whose keys every view's help lists besides its own: text fields, the command line, the yes/no question, the help itself. */
export const SHARED_SCOPES: readonly Scope[] = ['text', 'textarea', 'command', 'confirm', 'help'];

const NAMED: ReadonlyArray<[keyof Key, string]> = [
	['upArrow', 'up'],
	['downArrow', 'down'],
	['leftArrow', 'left'],
	['rightArrow', 'right'],
	['pageUp', 'pgup'],
	['pageDown', 'pgdn'],
	['home', 'home'],
	['end', 'end'],
	['return', 'enter'],
	['escape', 'esc'],
	['backspace', 'backspace'],
	['delete', 'delete'],
];

/** Ink's (input, key) → the key name used in KEYMAP: `down`, `ctrl-s`, `alt-b`, `shift-tab`, `G`, `space`. */
export function keyName(input: string, key: Key): string {
	// Ctrl-J (a newline) is Enter, as in readline: a terminal still in cooked mode sends it for Enter (keys typed
	// in the moment between the first frame and raw mode being on).
	if (input === '\n' && !key.meta) return 'enter';
	if (key.tab) return key.shift ? 'shift-tab' : key.meta ? 'alt-tab' : 'tab';
	const named = NAMED.find(([flag]) => key[flag] === true)?.[1];
	let name = named ?? (input === ' ' ? 'space' : input);
	if (key.ctrl) name = `ctrl-${named ?? input.toLowerCase()}`;
	if (key.meta) name = `alt-${name}`;
	return name;
}

export function bindingsFor(scopes: readonly Scope[]): Binding[] {
	return KEYMAP.filter((binding) => scopes.includes(binding.scope));
}

/** The binding a key name triggers within the given scopes (first match wins, in the order of `scopes`). */
export function findBinding(scopes: readonly Scope[], name: string, handled: (binding: Binding) => boolean = () => true): Binding | undefined {
	for (const scope of scopes) {
		const binding = KEYMAP.find((b) => b.scope === scope && (b.keys as readonly string[]).includes(name) && handled(b));
		if (binding) return binding;
	}
	return undefined;
}

/** How a key name is written for people: `Ctrl-S`, `Alt-B`, `Shift-Tab`, `Esc`, `PgDn`, `↑`. */
export function displayKey(name: string): string {
	const words: Record<string, string> = { up: drawing.arrowUp, down: drawing.arrowDown, left: drawing.arrowLeft, right: drawing.arrow, pgup: 'PgUp', pgdn: 'PgDn', esc: 'Esc' };
	if (name.length === 1) return name;
	const parts = name.split('-');
	const last = parts.pop() as string;
	const modifiers = parts.map((m) => m[0].toUpperCase() + m.slice(1));
	const shown = words[last] ?? (last.length === 1 ? last.toUpperCase() : last[0].toUpperCase() + last.slice(1));
	return [...modifiers, shown].join('-');
}

/** A footer line from the keymap: `Ctrl-S save · Esc back`, for the given actions of `scope` (in that order). */
export function hintLine<S extends Scope>(scope: S, actions: ReadonlyArray<ActionOf<S>>, { allKeys = false, readOnly = false } = {}): string {
	return actions
		.map((action) => KEYMAP.find((b) => b.scope === scope && b.action === action) as Binding)
		.filter((binding) => !(readOnly && binding.mutates))
		.map((binding) => {
			const keys = allKeys ? binding.keys.map(displayKey).join('/') : displayKey(binding.keys[0]);
			return `${keys} ${binding.hint ?? binding.description}`;
		})
		.join(` ${drawing.dot} `);
}
