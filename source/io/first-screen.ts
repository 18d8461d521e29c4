// The first screen's data, requested while Ink and the views are still loading, so that the first frame can
// already show it. One-shot: a view takes its entry once, on mount; after the first render nothing more is kept,
// so a view opened later always loads fresh data.
import type { Client } from '../client/api.js';

const entries = new Map<string, unknown>();
let accepting = true;

export const firstScreenKey = {
	projects: () => 'projects',
	benches: (projectId: number) => `benches:${projectId}`,
};

/** Starts the request for the route's data; resolves (never rejects) when it has arrived or failed. */
export function prefetchFirstScreen(client: Client, route: { kind: string; projectId?: number } | undefined): Promise<void> {
	entries.clear();
	accepting = true;
	const keep = (key: string) => (value: unknown) => {
		if (accepting) entries.set(key, value);
	};
	// A failure is left to the view's own load, which reports it.
	const ignore = () => undefined;
	if (route?.kind === 'projects') return client.projects.list().then(keep(firstScreenKey.projects()), ignore);
	if (route?.kind === 'benches' && route.projectId !== undefined) return client.benches.listSummaries(route.projectId).then(keep(firstScreenKey.benches(route.projectId)), ignore);
	return Promise.resolve();
}

/** The prefetched value for `key`, once; undefined if it was not prefetched, did not arrive in time, or was taken. */
export function takeFirstScreen<T>(key: string): T | undefined {
	const value = entries.get(key) as T | undefined;
	entries.delete(key);
	return value;
}

/** Called after the first render: later arrivals are dropped, leftovers forgotten. */
export function closeFirstScreen(): void {
	accepting = false;
	entries.clear();
}
