// The simulated workflow and judge: deterministic outputs, 0–100 scores, costs, durations and failures, all derived from a
// hash of the case inputs and the workflow/judge versions, so re-running the same versions gives the same numbers — except
// for a noisy judge (`noise`), whose scores of some cases also depend on the run id (different per run, reproducible).
import type { Json, ScriptSignature, TypeField, TypeRef } from '../wire/types.js';
import { uniforms } from './hashing.js';
import { round } from './round.js';

/** Per-version knobs stored with each script version (`script_versions.behavior`). */
export interface Behavior {
	/** Score shift applied to the cases this version changes. */
	quality?: number;
	/** Fraction of cases whose score this version changes (0 = identical to the case's base score). */
	churn?: number;
	failRate?: number;
	judgeFailRate?: number;
	costFactor?: number;
	/** Pre-flight warning returned by trigger; `{n}` becomes the number of cases. */
	warning?: string;
	/** Judge only: points of run-to-run score noise (uniform, ± half) on the cases it is noisy for. */
	noise?: number;
	/** Judge only: fraction of cases the judge is noisy for (default 1 when `noise` is set). */
	noisyFraction?: number;
}

export interface VersionRef {
	id: number;
	behavior: Behavior;
}

export interface Outcome {
	status: 'ok' | 'workflow_failed' | 'judge_failed';
	score: Json;
	headline: number | null;
	workflowOutput: Json;
	workflowCost: number;
	judgeCost: number;
	durationMs: number;
	error: string | null;
}

const WORKFLOW_ERRORS = [
	'provider returned 429 Too Many Requests (rate limited)',
	'workflow timed out after 30s',
	"ScriptError: KeyError 'items' at line 14",
	'provider returned 503 Service Unavailable',
];
const JUDGE_ERRORS = ['judge output did not parse as JSON: unexpected token at 1:17', 'judge returned no score field'];
const REASONS_GOOD = ['faithful to the expected output', 'complete and well-formed', 'minor wording differences only'];
const REASONS_BAD = ['misses a key fact', 'wrong label', 'hallucinated detail', 'incomplete output'];

const pick = <T>(items: T[], u: number): T => items[Math.floor(u * items.length) % items.length];

/** A noisy judge's shift of one case's score in one run (0 for a judge without noise or a case it is steady on). */
function judgeNoise(inputHash: string, judge: VersionRef, runId: number): number {
	const { noise, noisyFraction = 1 } = judge.behavior;
	if (!noise || uniforms(`${inputHash}|noisy|${judge.id}`)[0] >= noisyFraction) return 0;
	return (uniforms(`${inputHash}|${judge.id}|run ${runId}`)[0] - 0.5) * noise;
}

export function simulate(inputHash: string, expected: Json, workflow: VersionRef, judge: VersionRef, signature: ScriptSignature, runId: number): Outcome {
	// The case alone sets its base score, cost and latency; a version changes them only for the cases it "churns".
	const c = uniforms(inputHash);
	const v = uniforms(`${inputHash}|${workflow.id}|${judge.id}`);
	const w = workflow.behavior;
	const churned = v[0] < (w.churn ?? 0);
	let quality = 100 - 70 * c[0] * c[0];
	if (churned) quality += (w.quality ?? 0) + (v[1] - 0.5) * 40;
	// The workflow's output follows its quality; a noisy judge scores that same output differently from run to run.
	const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
	const score = clamp(quality + judgeNoise(inputHash, judge, runId));
	quality = clamp(quality);
	const jitter = churned ? 0.8 + 0.4 * v[4] : 1;
	const workflowCost = round((0.0008 + 0.003 * c[1]) * (w.costFactor ?? 1) * jitter);
	const judgeCost = round(0.0003 + 0.0006 * c[2]);
	const durationMs = Math.round((400 + 6000 * c[3]) * jitter);
	if (v[2] < (w.failRate ?? 0.03)) {
		return { status: 'workflow_failed', score: null, headline: null, workflowOutput: null, workflowCost, judgeCost: 0, durationMs: Math.round(durationMs / 3), error: pick(WORKFLOW_ERRORS, v[3]) };
	}
	const workflowOutput = makeOutput(signature, expected, quality >= 60, v[7]);
	if (v[3] < (judge.behavior.judgeFailRate ?? w.judgeFailRate ?? 0.015)) {
		return { status: 'judge_failed', score: null, headline: null, workflowOutput, workflowCost, judgeCost, durationMs, error: pick(JUDGE_ERRORS, v[5]) };
	}
	const reason = score >= 60 ? pick(REASONS_GOOD, v[7]) : pick(REASONS_BAD, v[7]);
	return { status: 'ok', score: { score, reason }, headline: score, workflowOutput, workflowCost, judgeCost, durationMs, error: null };
}

/** A good run echoes the expected output; a poor one makes a plausible wrong value for every declared output. */
function makeOutput(signature: ScriptSignature, expected: Json, good: boolean, u: number): Json {
	const expectedObject = expected !== null && typeof expected === 'object' && !Array.isArray(expected) ? expected : {};
	const output: Record<string, Json> = {};
	for (const field of signature.outputs) {
		output[field.path] = good && field.path in expectedObject ? expectedObject[field.path] : fakeValue(field.ty, signature.type_defs, u, 0);
	}
	return output;
}

function fakeValue(ty: TypeRef, defs: Record<string, TypeField[]>, u: number, depth: number): Json {
	switch (ty.name) {
		case 'str':
			return pick(['(unsupported claim) the text says otherwise', 'n/a', 'TODO: could not determine'], u);
		case 'int':
			return Math.floor(u * 10);
		case 'float':
			return Math.round(u * 10000) / 100;
		case 'bool':
			return u < 0.5;
		case 'choice':
			return pick(ty.choices ?? [''], u);
		case 'optional':
			return null;
		case 'list':
			return depth > 2 || !ty.inner ? [] : [fakeValue(ty.inner, defs, u, depth + 1)];
		default: {
			const fields = defs[ty.name];
			if (!fields || depth > 2) return null;
			return Object.fromEntries(fields.map((f, i) => [f.name, fakeValue(f.ty, defs, (u + i * 0.37) % 1, depth + 1)]));
		}
	}
}
