// The app's view stack holds Routes. Enter pushes one, Esc pops. Breadcrumbs are built from the stack.
import { drawing } from '../look/drawing.js';
export type Route =
	| { kind: 'projects' }
	| { kind: 'benches'; projectId: number }
	| { kind: 'runs'; projectId: number; script: string }
	/** The live result feed of one run. */
	| { kind: 'run'; runId: number }
	/**
	 * Two runs of one bench. Until loaded, the older run becomes A (the baseline); once `ordered`, runA and runB are
	 * A and B exactly as shown (after the load, and after a swap).
	 */
	| { kind: 'compare'; runA: number; runB: number; ordered?: boolean }
	| { kind: 'cases'; projectId: number; script: string }
	/** The bench's cases across its last completed runs. */
	| { kind: 'history'; projectId: number; script: string }
	/** The case editor on an existing case. */
	| { kind: 'case'; caseId: string }
	| { kind: 'new-case'; projectId: number; script: string }
	/** The case editor prefilled from an execution, saving through promote-to-case. */
	| { kind: 'promote'; executionId: string; name?: string }
	/** The inspector on one result of a run: the latest result of the case, or the result `resultId`. */
	| { kind: 'inspect'; runId: number; caseId: string; resultId?: number }
	/** The session's message log (`!`). */
	| { kind: 'log' };

export type RouteKind = Route['kind'];

/** Identifies the view a route shows: a compare view stays the same view (and keeps its state) across a swap. */
export function routeKey(route: Route): string {
	if (route.kind === 'compare') return `compare:${Math.min(route.runA, route.runB)}:${Math.max(route.runA, route.runB)}`;
	return JSON.stringify(route);
}

/** Short breadcrumb label for a route (server strings are sanitized by the breadcrumb renderer). */
export function routeLabel(route: Route): string {
	switch (route.kind) {
		case 'projects':
			return 'projects';
		case 'benches':
			return `project ${route.projectId}`;
		case 'runs':
			return route.script;
		case 'run':
			return `run ${route.runId}`;
		case 'compare':
			return `compare ${route.runA}${drawing.ellipsis}${route.runB}`;
		case 'cases':
			return `${route.script} cases`;
		case 'history':
			return `${route.script} history`;
		case 'case':
			return `case ${route.caseId.slice(0, 8)}`;
		case 'new-case':
			return 'new case';
		case 'promote':
			return `promote ${route.executionId.slice(0, 8)}`;
		case 'inspect':
			return `inspect ${route.caseId.slice(0, 8)}`;
		case 'log':
			return 'log';
	}
}
