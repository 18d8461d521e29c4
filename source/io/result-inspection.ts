// Everything the inspector shows for one result of a run, by run and case (or result id): the run row, the result
// as the /results read path has it (with its workflow output), and the bench's case from the shared case list.
import type { Client } from '../client/api.js';
import { describeError } from '../client/errors.js';
import type { BenchResult, BenchRun } from '../wire/types.js';
import type { CaseLookup } from '../state/inspector.js';
import { loadBenchCases } from './bench-cases.js';

export interface Inspection {
	run: BenchRun;
	result: BenchResult;
	benchCase: CaseLookup;
}

export class InspectionNotFound extends Error {
	override name = 'InspectionNotFound';
}

/** The latest result of `caseId` in the run (or the result `resultId` when given). */
export async function loadInspection(client: Client, target: { runId: number; caseId: string; resultId?: number }, signal?: AbortSignal): Promise<Inspection> {
	// The rows stream past and only the one inspected is kept: a 100,000-result run is never held whole.
	let result: BenchResult | undefined;
	const keep = (rows: BenchResult[]) => {
		for (const row of rows) {
			if (target.resultId !== undefined ? row.id === target.resultId : row.case_id === target.caseId && (!result || row.id > result.id)) result = row;
		}
	};
	const [run] = await Promise.all([client.benchRuns.get(target.runId), client.benchRuns.streamResults(target.runId, keep)]);
	signal?.throwIfAborted();
	if (!run) throw new InspectionNotFound(`run ${target.runId} not found`);
	if (!result) throw new InspectionNotFound(`run ${target.runId} has no result for case ${target.caseId}`);
	return { run, result, benchCase: await caseOf(client, run, result.case_id) };
}

/** The case of a result, from its bench's shared case list. */
export async function caseOf(client: Client, run: BenchRun, caseId: string): Promise<CaseLookup> {
	try {
		const bench = await client.benchRuns.benchById(run.bench_id);
		if (!bench) return 'missing';
		const cases = await loadBenchCases(client, bench.project_id, bench.script_name);
		return cases.get(caseId) ?? 'missing';
	} catch (error) {
		return { error: describeError(error) };
	}
}
