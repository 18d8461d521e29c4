import { describe, expect, it } from 'vitest';
import type { BenchResult, BenchRun, ProjectBenchSummary } from '../../source/wire/types.js';
import { clientFor, raw, serve } from './helpers.js';

describe('demo data', () => {
	it('has the documented shape: projects, benches with differing signatures, histories, channels', async () => {
		const server = await serve();
		const client = clientFor(server);
		const summaries: ProjectBenchSummary[] = [...(await client.benches.listSummaries(1)), ...(await client.benches.listSummaries(2))];
		expect(summaries.map((s) => [s.script_name, s.case_count])).toEqual([
			['summarize', 60],
			['classify-ticket', 120],
			['draft-reply', 27],
			['extract-invoice', 40],
			['translate', 25],
		]);
		for (const summary of summaries) {
			const project = ['summarize', 'classify-ticket', 'draft-reply'].includes(summary.script_name) ? 1 : 2;
			const channels = await client.projects.listChannels(project, summary.script_name);
			expect(channels.map((c) => c.name)).toEqual(expect.arrayContaining(['production', 'draft']));
			expect(channels.find((c) => c.name === 'production')!.version_id).not.toBe(channels.find((c) => c.name === 'draft')!.version_id);
			const runs = await client.benches.listRuns(project, summary.script_name);
			expect(runs.length).toBeGreaterThanOrEqual(2);
		}
		const statuses = (await client.benches.listRuns(1, 'summarize')).map((r: BenchRun) => r.status);
		expect(statuses).toEqual(expect.arrayContaining(['completed', 'failed', 'canceled']));
	});

	it('is identical whatever the demo clock, apart from timestamps', async () => {
		const [a, b] = [await serve({ demoNow: new Date('2026-01-01T00:00:00Z') }), await serve({ demoNow: new Date('2030-06-15T12:34:56Z') })];
		const strip = (rows: BenchResult[]) => rows.map(({ created_at: _createdAt, ...rest }) => rest);
		for (let run = 1; run <= 28; run++) {
			const [ra, rb] = [(await raw(a, `/bench-runs/${run}/results`)).json, (await raw(b, `/bench-runs/${run}/results`)).json];
			expect(strip(rb), `run ${run}`).toEqual(strip(ra));
		}
		expect((await raw(a, '/bench-runs/3/compare/4')).json).toEqual((await raw(b, '/bench-runs/3/compare/4')).json);
		const runA = (await raw(a, '/bench-runs/1')).json as BenchRun;
		expect(runA.triggered_at).toBe('2025-12-18T00:00:00.000Z');
	});
});
