// Building blocks for seeded data (demo and load-test benches): signature shorthands, scripts with versions and channels, cases, and finished
// runs whose results are computed by the same simulation the coordinator uses.
import type { Json, ScriptSignature, SignatureField, TypeRef } from '../wire/types.js';
import { executeCase, remember, runPlan } from './execute-case.js';
import { inputHash, seededRandom } from './hashing.js';
import type { BenchRow, NewResult, RunnableCase, RunRow } from './rows.js';
import type { Behavior } from './simulate.js';
import type { Store } from './store.js';

// Shorthands for writing signatures.
export const field = (path: string, ty: TypeRef, required = true, annotations: string[] = []): SignatureField => ({ path, ty, required, annotations });
export const str: TypeRef = { name: 'str' };
export const int: TypeRef = { name: 'int' };
export const float: TypeRef = { name: 'float' };
export const choice = (choices: string[]): TypeRef => ({ name: 'choice', choices });
export const list = (inner: TypeRef): TypeRef => ({ name: 'list', inner });

export interface VersionSpec {
	signature: ScriptSignature;
	behavior?: Behavior;
	publishedAt?: string;
	publishedBy?: string;
}

export interface ScriptSpec {
	projectId: number;
	name: string;
	createdAt: string;
	versions: VersionSpec[];
	/** channel name → index into `versions` */
	channels: Record<string, number>;
}

/** Inserts a script, its versions and channels; returns the script id and the version ids in order. */
export function buildScript(store: Store, spec: ScriptSpec): { scriptId: number; versionIds: number[] } {
	const scriptId = store.insertScript(spec.projectId, spec.name, spec.createdAt);
	const versionIds = spec.versions.map((v) =>
		store.insertVersion({
			script_id: scriptId,
			signature: JSON.stringify(v.signature),
			behavior: JSON.stringify(v.behavior ?? {}),
			published_at: v.publishedAt ?? null,
			published_by: v.publishedBy ?? null,
			created_at: v.publishedAt ?? spec.createdAt,
		}),
	);
	for (const [name, index] of Object.entries(spec.channels)) store.setChannel(scriptId, name, versionIds[index], spec.versions[index].publishedAt ?? spec.createdAt);
	return { scriptId, versionIds };
}

export interface CaseSpec {
	name: string | null;
	inputs: Record<string, Json>;
	expected: Json;
	groundTruth?: Json;
	/** null = a legacy promoted row. */
	kind?: string | null;
}

/** Inserts cases with deterministic ids (`idFor(index)`); returns their ids in order. */
export function buildCases(
	store: Store,
	bench: BenchRow,
	projectId: number,
	scriptName: string,
	cases: CaseSpec[],
	createdAt: (index: number) => string,
	idFor: (index: number) => string,
): string[] {
	return cases.map((c, index) => {
		const id = idFor(index);
		store.addCase({
			id,
			bench_id: bench.id,
			project_id: projectId,
			script_name: scriptName,
			kind: c.kind === undefined ? 'case' : c.kind,
			case_name: c.name,
			inputs: JSON.stringify(c.inputs),
			expected_output: c.expected === null ? null : JSON.stringify(c.expected),
			ground_truth: c.groundTruth === undefined || c.groundTruth === null ? null : JSON.stringify(c.groundTruth),
			input_hash: c.kind === null ? null : inputHash(c.inputs),
			created_at: createdAt(index),
		});
		return id;
	});
}

export interface HistoricRunSpec {
	channel: string;
	/** Pins an older version instead of the channel's current one (history predating a publish). */
	workflowVersionId?: number;
	judgeChannel?: string;
	status: 'completed' | 'failed' | 'canceled';
	triggeredAt: Date;
	/** Seconds between results. */
	spacingSeconds?: number;
	notes?: string | null;
	triggeredBy?: string | null;
	caseIds?: string[];
	sampleSize?: number;
	/** Fraction of the selected cases recorded before a failed/canceled run stopped. */
	recordedFraction?: number;
	/** Rewrites results before insertion (e.g. to plant one specific error). */
	adjust?: (results: NewResult[]) => void;
}

/** A finished run with its results, inserted as the coordinator would have left it. */
export function buildRun(store: Store, bench: BenchRow, judgeScriptId: number, spec: HistoricRunSpec): RunRow {
	const all = store.casesOfRun({ bench_id: bench.id, case_filter: null, case_seq_cutoff: Number.MAX_SAFE_INTEGER } as RunRow);
	let selected: RunnableCase[] = all;
	let caseFilter: string[] | null = null;
	if (spec.caseIds) {
		const wanted = new Set(spec.caseIds);
		selected = all.filter((c) => wanted.has(c.id));
		caseFilter = selected.map((c) => c.id);
	}
	if (spec.sampleSize !== undefined) {
		// Seeded by the bench and the number of its runs so far: the same draw whatever the clock says.
		const random = seededRandom(bench.id * 1000 + store.listRuns(bench.id, 1000, 0).length);
		selected = [...selected].sort(() => random() - 0.5).slice(0, spec.sampleSize);
		caseFilter = selected.map((c) => c.id);
	}
	const workflowVersion = store.version(spec.workflowVersionId ?? store.channel(bench.script_id, spec.channel)!.version_id!)!;
	const judgeVersion = store.version(store.channel(judgeScriptId, spec.judgeChannel ?? bench.judge_channel)!.version_id!)!;
	const spacing = (spec.spacingSeconds ?? 2.5) * 1000;
	const recorded = spec.status === 'completed' ? selected : selected.slice(0, Math.round(selected.length * (spec.recordedFraction ?? 0.5)));
	const run = store.insertRun({
		bench_id: bench.id,
		channel: spec.channel,
		workflow_version_id: workflowVersion.id,
		judge_version_id: judgeVersion.id,
		status: 'running',
		triggered_by: spec.triggeredBy ?? null,
		triggered_at: spec.triggeredAt.toISOString(),
		completed_at: null,
		total_cost_usd: 0,
		total_cases: selected.length,
		cache_hit_cases: 0,
		notes: spec.notes ?? null,
		mcp_session_id: null,
		case_filter: caseFilter === null ? null : JSON.stringify(caseFilter),
		case_seq_cutoff: store.maxCaseSeq(bench.id),
		mode: spec.sampleSize !== undefined ? 'sampled' : 'full',
		sample_size: spec.sampleSize ?? null,
	});
	const plan = runPlan(store, run);
	const start = spec.triggeredAt.getTime();
	const results = recorded.map((c, index) => executeCase(store, plan, c, new Date(start + (index + 1) * spacing).toISOString()));
	spec.adjust?.(results);
	for (const result of results) remember(store, plan, result);
	store.recordResults(results);
	store.setRunStatus(run.id, spec.status, new Date(start + (recorded.length + 1) * spacing).toISOString());
	return store.run(run.id)!;
}
