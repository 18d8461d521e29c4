// Which component renders each route, and which keymap scopes it uses, in the order they win (the help overlay lists those).
import type { ComponentType } from 'react';
import type { Scope } from '../keymap.js';
import type { Route, RouteKind } from '../routes.js';
import { BenchesView } from './BenchesView.js';
import { CaseEditorView } from './CaseEditor.js';
import { CasesView } from './CasesView.js';
import { CompareView } from './CompareView.js';
import { HistoryView } from './HistoryView.js';
import { InspectView } from './InspectView.js';
import { LogView } from './LogView.js';
import { ProjectsView } from './ProjectsView.js';
import { RunFeedView } from './RunFeedView.js';
import { RunsView } from './RunsView.js';

export interface ViewEntry<K extends RouteKind> {
	component: ComponentType<{ route: Extract<Route, { kind: K }> }>;
	scopes: readonly Scope[];
}

export const VIEWS: { [K in RouteKind]: ViewEntry<K> } = {
	projects: { component: ProjectsView, scopes: ['list'] },
	benches: { component: BenchesView, scopes: ['benches', 'list', 'trigger'] },
	runs: { component: RunsView, scopes: ['runs', 'list', 'trigger'] },
	run: { component: RunFeedView, scopes: ['feed', 'list'] },
	compare: { component: CompareView, scopes: ['list', 'compare', 'compare-case'] },
	cases: { component: CasesView, scopes: ['cases', 'list'] },
	history: { component: HistoryView, scopes: ['history', 'list', 'history-timeline', 'history-diff'] },
	case: { component: CaseEditorView, scopes: ['editor', 'textarea'] },
	'new-case': { component: CaseEditorView, scopes: ['editor', 'textarea'] },
	promote: { component: CaseEditorView, scopes: ['editor', 'textarea'] },
	inspect: { component: InspectView, scopes: ['inspector'] },
	log: { component: LogView, scopes: ['inspector'] },
};
