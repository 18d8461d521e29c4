// Which component renders each route, and which keymap scopes it uses (the help overlay lists those).
import type { ComponentType } from 'react';
import type { Scope } from '../keymap.js';
import type { Route, RouteKind } from '../routes.js';
import { CompareView } from './CompareView.js';
import { Placeholder } from './Placeholder.js';

export interface ViewEntry<K extends RouteKind> {
	component: ComponentType<{ route: Extract<Route, { kind: K }> }>;
	scopes: readonly Scope[];
	/** The view handles Esc itself (e.g. to guard unsaved changes) and calls app.pop() when it is done. */
	handlesBack?: boolean;
}

export const VIEWS: { [K in RouteKind]: ViewEntry<K> } = {
	projects: { component: Placeholder, scopes: ['list', 'projects'] },
	benches: { component: Placeholder, scopes: ['list', 'benches'] },
	runs: { component: Placeholder, scopes: ['list', 'runs'] },
	run: { component: Placeholder, scopes: ['list', 'feed'] },
	compare: { component: CompareView, scopes: ['list', 'compare', 'compare-case'], handlesBack: true },
	cases: { component: Placeholder, scopes: ['list', 'cases'] },
	case: { component: Placeholder, scopes: ['editor'], handlesBack: true },
	'new-case': { component: Placeholder, scopes: ['editor'], handlesBack: true },
	promote: { component: Placeholder, scopes: ['editor'], handlesBack: true },
};
