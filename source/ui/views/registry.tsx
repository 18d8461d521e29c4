// Which component renders each route (the `?` help lists the scopes of the keys the view on top handles right now).
import type { ComponentType } from 'react';
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
}

export const VIEWS: { [K in RouteKind]: ViewEntry<K> } = {
	projects: { component: ProjectsView },
	benches: { component: BenchesView },
	runs: { component: RunsView },
	run: { component: RunFeedView },
	compare: { component: CompareView },
	cases: { component: CasesView },
	history: { component: HistoryView },
	case: { component: CaseEditorView },
	'new-case': { component: CaseEditorView },
	promote: { component: CaseEditorView },
	inspect: { component: InspectView },
	log: { component: LogView },
};
