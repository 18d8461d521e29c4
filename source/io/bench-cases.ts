// A bench's case list (inputs, expected output, ground truth), loaded once per bench and shared by every view of
// the session that needs it (the feed's case names, the inspector, the compare case view). A failed load is
// forgotten so the next view retries; a loaded list is reused for FRESH_MS, then fetched again.
import type { Client } from '../client/api.js';
import type { BenchCase } from '../wire/types.js';

const FRESH_MS = 60_000;

interface Entry {
	at: number;
	cases: Promise<ReadonlyMap<string, BenchCase>>;
}

const caches = new WeakMap<Client, Map<string, Entry>>();

/** The bench's cases by id. Concurrent callers share one request. */
export function loadBenchCases(client: Client, projectId: number, script: string, now = Date.now()): Promise<ReadonlyMap<string, BenchCase>> {
	let cache = caches.get(client);
	if (!cache) caches.set(client, (cache = new Map()));
	const key = `${projectId}\u0000${script}`;
	const entry = cache.get(key);
	if (entry && now - entry.at < FRESH_MS) return entry.cases;
	const cases = client.benches.listCases(projectId, script).then((rows) => new Map(rows.map((row) => [row.id, row] as const)));
	const created: Entry = { at: now, cases };
	cache.set(key, created);
	cases.catch(() => cache.get(key) === created && cache.delete(key));
	return cases;
}

/** Drops the cached list (after a case was created, edited or deleted). */
export function forgetBenchCases(client: Client, projectId: number, script: string): void {
	caches.get(client)?.delete(`${projectId}\u0000${script}`);
}
