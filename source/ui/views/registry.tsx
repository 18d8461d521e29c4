// Which component renders each route, and which keymap scopes it uses (the help overlay lists those).
import type { ComponentType } from 'react';
import type { Scope } from '../keymap.js';
import type { Route, RouteKind } from '../routes.js';
import { BenchesView } from './BenchesView.js';
import { CaseEditorView } from './CaseEditor.js';
import { CasesView } from './CasesView.js';
import { CompareView } from './CompareView.js';
import { HistoryView } from './HistoryView.js';
import { ProjectsView } from './ProjectsView.js';
import { RunFeedView } from './RunFeedView.js';
import { RunsView } from './RunsView.js';

export interface ViewEntry<K extends RouteKind> {
	component: ComponentType<{ route: Extract<Route, { kind: K }> }>;
	scopes: readonly Scope[];
	/** The view handles Esc itself (e.g. to guard unsaved changes) and calls app.pop() when it is done. */
	handlesBack?: boolean;
	/** The view handles `q` itself (e.g. to ask about unsaved changes); Ctrl-C still quits. */
	handlesQuit?: boolean;
}

export const VIEWS: { [K in RouteKind]: ViewEntry<K> } = {
	projects: { component: ProjectsView, scopes: ['list', 'projects'] },
	benches: { component: BenchesView, scopes: ['list', 'benches'] },
	runs: { component: RunsView, scopes: ['list', 'runs'] },
	run: { component: RunFeedView, scopes: ['list', 'feed'] },
	compare: { component: CompareView, scopes: ['list', 'compare', 'compare-case'], handlesBack: true },
	cases: { component: CasesView, scopes: ['list', 'cases'] },
	history: { component: HistoryView, scopes: ['list', 'history', 'history-timeline', 'history-diff'], handlesBack: true },
	case: { component: CaseEditorView, scopes: ['editor'], handlesBack: true, handlesQuit: true },
	'new-case': { component: CaseEditorView, scopes: ['editor'], handlesBack: true, handlesQuit: true },
	promote: { component: CaseEditorView, scopes: ['editor'], handlesBack: true, handlesQuit: true },
};
