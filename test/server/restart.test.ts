import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import type { BenchResult, BenchRun } from '../../source/wire/types.js';
import { eventually } from './helpers.js';

const CHILD = new URL('./fixtures/serve-child.ts', import.meta.url).pathname;
const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
	for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function startChild(db: string, pace: number): Promise<{ child: ChildProcess; url: string; resumed: number[]; projectId?: number }> {
	const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, String(pace)], { stdio: ['ignore', 'pipe', 'inherit'] });
	children.push(child);
	const line = await new Promise<string>((resolve, reject) => {
		createInterface({ input: child.stdout! }).once('line', resolve);
		child.once('exit', (code) => reject(new Error(`child exited early with ${code}`)));
	});
	return { child, ...JSON.parse(line) };
}

const json = async <T>(url: string, init?: RequestInit): Promise<T> => (await fetch(url, init)).json() as Promise<T>;

describe('restart safety', () => {
	it('loses nothing committed and duplicates nothing when killed mid-run; the run resumes on restart', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'bench-restart-'));
		dirs.push(dir);
		const db = join(dir, 'bench.db');

		const first = await startChild(db, 100);
		const run = await json<BenchRun>(`${first.url}/projects/${first.projectId}/scripts/restart/bench/runs`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ channel: 'production' }),
		});
		await eventually(async () => ((await json<BenchResult[]>(`${first.url}/bench-runs/${run.id}/results`)).length >= 40 ? true : undefined), 20_000);
		first.child.kill('SIGKILL');
		await new Promise((resolve) => first.child.once('exit', resolve));

		const second = await startChild(db, 0);
		expect(second.resumed).toEqual([run.id]);
		// Everything the first process committed before it was killed is there, unchanged.
		const before = await json<BenchResult[]>(`${second.url}/bench-runs/${run.id}/results`);
		expect(before.length).toBeGreaterThanOrEqual(40);
		expect(before.length).toBeLessThan(300);
		const final = await eventually(async () => {
			const current = await json<BenchRun>(`${second.url}/bench-runs/${run.id}`);
			return current.status === 'completed' ? current : undefined;
		}, 20_000);
		const after = await json<BenchResult[]>(`${second.url}/bench-runs/${run.id}/results`);
		expect(after).toHaveLength(300);
		expect(new Set(after.map((r) => r.case_id)).size).toBe(300);
		expect(after.slice(0, before.length)).toEqual(before);
		expect(final.total_cost_usd).toBeCloseTo(after.reduce((sum, r) => sum + r.cost_usd, 0), 6);

		// A clean restart afterwards resumes nothing.
		second.child.kill('SIGTERM');
		await new Promise((resolve) => second.child.once('exit', resolve));
		const third = await startChild(db, 0);
		expect(third.resumed).toEqual([]);
		expect(await json<BenchResult[]>(`${third.url}/bench-runs/${run.id}/results`)).toEqual(after);
	});

	it('keeps a cancel across kill -9: the restarted server finishes the cases in flight at the cancel and ends the run canceled', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'bench-cancel-'));
		dirs.push(dir);
		const db = join(dir, 'bench.db');

		// 5 workers (the seeded bench's concurrency), each case in flight 5/20 s: at the cancel exactly 5 cases are in flight.
		const first = await startChild(db, 20);
		const run = await json<BenchRun>(`${first.url}/projects/${first.projectId}/scripts/restart/bench/runs`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ channel: 'production' }),
		});
		await eventually(async () => ((await json<BenchResult[]>(`${first.url}/bench-runs/${run.id}/results`)).length >= 20 ? true : undefined), 20_000);
		const atCancel = await json<BenchRun>(`${first.url}/bench-runs/${run.id}/cancel`, { method: 'POST' });
		first.child.kill('SIGKILL');
		await new Promise((resolve) => first.child.once('exit', resolve));
		expect(atCancel.status).toBe('running');
		const recordedAtCancel = Object.values(atCancel.status_breakdown!).reduce((a, b) => a + b, 0);

		const second = await startChild(db, 20);
		expect(second.resumed).toEqual([run.id]);
		const final = await eventually(async () => {
			const current = await json<BenchRun>(`${second.url}/bench-runs/${run.id}`);
			return current.status === 'canceled' ? current : undefined;
		}, 20_000);
		const results = await json<BenchResult[]>(`${second.url}/bench-runs/${run.id}/results`);
		expect(results).toHaveLength(recordedAtCancel + 5);
		expect(results.length).toBeLessThan(300);
		expect(new Set(results.map((r) => r.case_id)).size).toBe(results.length);
		expect(final.completed_at).not.toBeNull();
		expect(final.total_cost_usd).toBeCloseTo(results.reduce((sum, r) => sum + r.cost_usd, 0), 6);

		// Nothing more runs after another restart.
		second.child.kill('SIGKILL');
		await new Promise((resolve) => second.child.once('exit', resolve));
		const third = await startChild(db, 0);
		expect(third.resumed).toEqual([]);
		expect(await json<BenchResult[]>(`${third.url}/bench-runs/${run.id}/results`)).toEqual(results);
	});
});
