// The case-history demo bench (`draft-reply`): its run history and the flaky / broke / fixed cases it is meant to show,
// classified here from what the API serves (results by run), independently of the app's own history model.
import { describe, expect, it } from 'vitest';
import type { BenchResult, BenchRun } from '../../source/wire/types.js';
import { clientFor, serve } from './helpers.js';
import type { Client } from '../../source/client/api.js';

const PROJECT = 1;
const SCRIPT = 'draft-reply';

interface Cell {
	run: BenchRun;
	result: BenchResult;
}

/** Case name → its results, oldest run first (absent where the case was not in the run). */
async function history(client: Client): Promise<{ runs: BenchRun[]; byCase: Map<string, Cell[]> }> {
	const runs = (await client.benches.listRuns(PROJECT, SCRIPT, { limit: 100 })).reverse();
	const byCase = new Map<string, Cell[]>();
	for (const run of runs) {
		for (const result of await client.benchRuns.listResults(run.id)) {
			const name = result.case_name ?? result.case_id;
			byCase.set(name, [...(byCase.get(name) ?? []), { run, result }]);
		}
	}
	return { runs, byCase };
}

/** Verdict flips between consecutive runs of the same workflow and judge versions. */
function flipsWithinVersions(cells: Cell[]): number {
	let flips = 0;
	const last = new Map<string, string>();
	for (const { run, result } of cells) {
		const key = `${run.workflow_version_id}/${run.judge_version_id}`;
		const previous = last.get(key);
		if (previous !== undefined && previous !== result.verdict) flips++;
		last.set(key, result.verdict!);
	}
	return flips;
}

/** The verdicts a case had under each workflow version, in version order. */
function verdictsByVersion(cells: Cell[]): string[][] {
	const groups = new Map<number, Set<string>>();
	for (const { run, result } of cells) groups.set(run.workflow_version_id, (groups.get(run.workflow_version_id) ?? new Set()).add(result.verdict!));
	return [...groups.entries()].sort(([a], [b]) => a - b).map(([, verdicts]) => [...verdicts].sort());
}

describe('demo case history (draft-reply)', () => {
	it('has 14 finished nightly runs over two published workflow versions and one judge version, with a sampled run and cases added later', async () => {
		const server = await serve();
		const client = clientFor(server);
		const { runs, byCase } = await history(client);
		expect(runs).toHaveLength(14);
		expect(runs.every((run) => run.status === 'completed' && run.channel === 'production')).toBe(true);
		expect(runs.filter((run) => run.mode === 'full').length).toBeGreaterThanOrEqual(12);
		expect(runs.filter((run) => run.mode === 'sampled').map((run) => run.total_cases)).toEqual([12]);
		expect(new Set(runs.map((run) => run.judge_version_id)).size).toBe(1);
		const versions = [...new Set(runs.map((run) => run.workflow_version_id))];
		expect(versions).toHaveLength(2);
		expect(runs.map((run) => versions.indexOf(run.workflow_version_id))).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
		// The newer version is what production serves now; the draft channel holds an unpublished third version.
		const channels = await client.projects.listChannels(PROJECT, SCRIPT);
		expect(channels.find((c) => c.name === 'production')!.version_id).toBe(versions[1]);
		expect(channels.find((c) => c.name === 'draft')!.version_id).toBeGreaterThan(versions[1]);
		// Runs are in time order and results reference the run's own versions.
		expect(runs.map((run) => run.triggered_at)).toEqual([...runs.map((run) => run.triggered_at)].sort());
		const cases = await client.benches.listCases(PROJECT, SCRIPT);
		expect(cases).toHaveLength(27);
		const late = cases.filter((c) => (byCase.get(c.case_name!) ?? []).every(({ run }) => run.id > runs[3].id)).map((c) => c.case_name);
		expect(late).toEqual(['Change the billing email (friendly)', 'Outage this morning? (formal)', 'Student pricing (brief)']);
		for (const c of late) expect(cases.find((row) => row.case_name === c)!.created_at > runs[3].triggered_at).toBe(true);
	});

	it('shows flaky cases (≥2 verdict flips within the same versions), one case v2 broke and one case v2 fixed', async () => {
		const server = await serve();
		const { byCase } = await history(clientFor(server));
		const flaky = [...byCase].filter(([, cells]) => flipsWithinVersions(cells) >= 2).map(([name]) => name);
		expect(flaky.sort()).toEqual([
			'Bulk import keeps timing out (formal)',
			'Change the billing email (friendly)',
			'Discount for a nonprofit (friendly)',
			'Two-factor codes rejected (formal)',
		]);
		const steady = [...byCase].filter(([, cells]) => flipsWithinVersions(cells) === 0);
		const changed = (from: string, to: string) =>
			steady.filter(([, cells]) => JSON.stringify(verdictsByVersion(cells)) === JSON.stringify([[from], [to]])).map(([name]) => name);
		expect(changed('pass', 'fail')).toEqual(['SSO setup for our team (brief)']);
		expect(changed('fail', 'pass')).toEqual(['Where is my order? (brief)']);
		// Both steady and noisy cases exist: most of the bench is stable, passing or failing.
		expect(steady.length).toBeGreaterThanOrEqual(20);
	});

	it('scores a noisy case differently from run to run, reproducibly from the run id; the workflow output does not change', async () => {
		const [a, b] = [await serve(), await serve()];
		const rerun = async (server: typeof a) => {
			const client = clientFor(server);
			const first = await client.benches.triggerRun(PROJECT, SCRIPT, { channel: 'production' });
			const second = await client.benches.triggerRun(PROJECT, SCRIPT, { channel: 'production' });
			await server.coordinator.idle();
			const byName = async (runId: number) => new Map((await client.benchRuns.listResults(runId)).map((r) => [r.case_name, r]));
			return { ids: [first.id, second.id], results: [await byName(first.id), await byName(second.id)] };
		};
		const [onA, onB] = [await rerun(a), await rerun(b)];
		expect(onA.ids).toEqual(onB.ids);
		const noisy = 'Bulk import keeps timing out (formal)';
		const [firstA, secondA] = onA.results;
		const differing = [...firstA.keys()].filter((name) => firstA.get(name)!.headline_score !== secondA.get(name)!.headline_score);
		expect(differing).toContain(noisy);
		expect(differing.length).toBeLessThan(firstA.size / 2);
		expect(firstA.get('SSO setup for our team (brief)')!.headline_score).toBe(secondA.get('SSO setup for our team (brief)')!.headline_score);
		expect(firstA.get(noisy)!.workflow_output).toEqual(secondA.get(noisy)!.workflow_output);
		// The same run id on another server with the same demo data gives the same scores.
		const scores = (results: Map<string | null | undefined, BenchResult>) => [...results].map(([name, r]) => [name, r.headline_score]);
		expect(scores(onB.results[0])).toEqual(scores(firstA));
		expect(scores(onB.results[1])).toEqual(scores(secondA));
	});
});
