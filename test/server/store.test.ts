// The node:sqlite store on a real database file: WAL journal, nested transactions (savepoints), the prepared-statement
// cache, and opening a database written before the cancel columns existed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA } from '../../source/server/schema.js';
import { Store } from '../../source/server/store.js';
import { startServer } from '../../source/server/index.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function databaseFile(): string {
	const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
	dirs.push(dir);
	return join(dir, 'bench.db');
}

const projectNames = (store: Store) => (store.db.prepare('SELECT name FROM projects ORDER BY id').all() as Array<{ name: string }>).map((row) => row.name);

describe('store on node:sqlite', () => {
	it('opens a file database in WAL mode with foreign keys on', () => {
		const store = new Store(databaseFile());
		expect(store.db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
		expect(store.db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
		store.close();
	});

	it('nests transactions as savepoints: an inner failure rolls back the inner work only, an outer one everything', () => {
		const path = databaseFile();
		const store = new Store(path);
		const at = new Date(0).toISOString();
		store.transaction(() => {
			store.insertProject('outer', at);
			expect(() =>
				store.transaction(() => {
					store.insertProject('inner', at);
					throw new Error('inner fails');
				}),
			).toThrow('inner fails');
			store.transaction(() => store.insertProject('inner ok', at));
		});
		expect(projectNames(store)).toEqual(['outer', 'inner ok']);
		expect(() =>
			store.transaction(() => {
				store.insertProject('lost', at);
				store.transaction(() => store.insertProject('lost too', at));
				throw new Error('outer fails');
			}),
		).toThrow('outer fails');
		expect(projectNames(store)).toEqual(['outer', 'inner ok']);
		// Committed work is on disk for another connection.
		store.close();
		const reader = new DatabaseSync(path, { readOnly: true });
		expect((reader.prepare('SELECT name FROM projects ORDER BY id').all() as Array<{ name: string }>).map((row) => row.name)).toEqual(['outer', 'inner ok']);
		reader.close();
	});

	it('prepares each SQL text once', () => {
		const store = new Store(':memory:');
		expect(store.sql('SELECT 1 AS one')).toBe(store.sql('SELECT 1 AS one'));
		expect(store.sql('SELECT 1 AS one')).not.toBe(store.sql('SELECT 2 AS two'));
		store.close();
	});

	it('adds the cancel columns to a database created before them, keeping its data', async () => {
		const path = databaseFile();
		const old = new DatabaseSync(path);
		old.exec(SCHEMA.replace('\tsample_size INTEGER,\n\tcancel_requested_at TEXT,\n\tcancel_in_flight TEXT\n', '\tsample_size INTEGER\n'));
		expect((old.prepare('PRAGMA table_info(runs)').all() as Array<{ name: string }>).map((c) => c.name)).not.toContain('cancel_requested_at');
		old.exec("INSERT INTO projects (name, created_at) VALUES ('kept', '2026-01-01T00:00:00.000Z')");
		old.close();
		// Pace 5 with 10 workers: each case is in flight 2 s, so the cancel arrives while the run is running.
		const server = await startServer({ dbPath: path, data: 'empty', pace: 5 });
		try {
			expect(((await (await fetch(`${server.url}/projects`)).json()) as Array<{ name: string }>).map((p) => p.name)).toEqual(['kept']);
			const seeded = server.seedBench({ cases: 5 });
			const response = await fetch(`${server.url}/projects/${seeded.projectId}/scripts/${seeded.scriptName}/bench/runs`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ channel: 'production' }),
			});
			const run = (await response.json()) as { id: number };
			await fetch(`${server.url}/bench-runs/${run.id}/cancel`, { method: 'POST' });
			expect(server.store.run(run.id)!.cancel_requested_at).not.toBeNull();
			await server.coordinator.idle();
			expect(server.store.run(run.id)!.status).toBe('canceled');
		} finally {
			await server.close();
		}
	});
});
