// The app's view stack holds Routes. Enter pushes one, Esc pops. Breadcrumbs are built from the stack.
export type Route =
	| { kind: 'projects' }
	| { kind: 'benches'; projectId: number }
	| { kind: 'runs'; projectId: number; script: string }
	/** The live result feed of one run. */
	| { kind: 'run'; runId: number }
	| { kind: 'compare'; runA: number; runB: number }
	| { kind: 'cases'; projectId: number; script: string }
	/** The bench's cases across its last completed runs. */
	| { kind: 'history'; projectId: number; script: string }
	/** The case editor on an existing case. */
	| { kind: 'case'; caseId: string }
	| { kind: 'new-case'; projectId: number; script: string }
	/** The case editor prefilled from an execution, saving through promote-to-case. */
	| { kind: 'promote'; executionId: string; name?: string };

export type RouteKind = Route['kind'];

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
			return `compare ${route.runA}…${route.runB}`;
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
	}
}
