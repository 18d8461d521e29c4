// Run rows joined with their aggregates, judge name and owning project/script.
import type { BenchRun } from '../wire/types.js';
import { benchContext } from './catalog.js';
import type { RunRow, ScriptRow } from './rows.js';
import type { Store } from './store.js';
import { passThreshold, runDetailJson, runListJson } from './wire.js';

export interface RunOwner {
	projectId: number;
	script: ScriptRow;
	threshold: number;
	judgeScriptName: string | null;
}

export function runOwner(store: Store, run: RunRow): RunOwner {
	const { bench, script, judgeScript } = benchContext(store, store.bench(run.bench_id)!);
	return { projectId: script.project_id, script, threshold: passThreshold(bench), judgeScriptName: judgeScript?.name ?? null };
}

export function runDetail(store: Store, run: RunRow, owner = runOwner(store, run)): BenchRun {
	return runDetailJson(run, store.runAggregate(run.id, owner.threshold), owner.threshold, owner.judgeScriptName);
}

export function runListItem(store: Store, run: RunRow, owner = runOwner(store, run)): BenchRun {
	return runListJson(run, store.runAggregate(run.id, owner.threshold), owner.threshold, owner.judgeScriptName);
}
