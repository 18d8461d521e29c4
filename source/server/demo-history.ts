// The case-history demo bench, `draft-reply` in Acme Support: nightly runs over two published workflow versions, judged by
// a rubric judge with seeded noise, so that its history shows flaky cases, a case v2 broke and a case v2 fixed.
import { buildCases, buildRun, buildScript } from './builders.js';
import { replyCases } from './demo-cases.js';
import * as sig from './demo-signatures.js';
import { uuidFrom } from './hashing.js';
import type { Store } from './store.js';

export const HISTORY_SCRIPT = 'draft-reply';
/** Nightly runs, oldest first: the first NIGHTS_ON_V1 on v1, the rest on v2. */
const NIGHTS = 14;
const NIGHTS_ON_V1 = 7;
/** The night (0-based) of the one sampled run, and its size. */
const SAMPLED_NIGHT = 10;
const SAMPLE_SIZE = 12;
/** Cases added to the bench after this many nights (blank in the earlier columns). */
const LATE_CASES_AFTER = 4;
const LATE_CASES = 3;

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** `ago(ms)` is the ISO instant `ms` before the demo clock. */
export function seedHistoryBench(store: Store, projectId: number, ago: (ms: number) => string): void {
	const workflow = buildScript(store, {
		projectId,
		name: HISTORY_SCRIPT,
		createdAt: ago(45 * DAY),
		versions: [
			{ signature: sig.DRAFT_REPLY, behavior: { failRate: 0.01 }, publishedAt: ago(30 * DAY), publishedBy: 'release-bot@akribes.test' },
			// v2 (a new prompt) changes a third of the cases: a few cross the pass threshold, in both directions.
			{ signature: sig.DRAFT_REPLY, behavior: { churn: 0.5, quality: -2, failRate: 0.01 }, publishedAt: ago((NIGHTS - NIGHTS_ON_V1) * DAY + 12 * HOUR), publishedBy: 'release-bot@akribes.test' },
			{ signature: sig.DRAFT_REPLY, behavior: { churn: 0.3, quality: 6, costFactor: 0.8 } },
		],
		channels: { production: 1, draft: 2 },
	});
	const judge = buildScript(store, {
		projectId,
		name: 'judge-reply',
		createdAt: ago(45 * DAY),
		versions: [{ signature: sig.JUDGE_REPLY, behavior: { noise: 36, noisyFraction: 0.3, judgeFailRate: 0.005 }, publishedAt: ago(44 * DAY) }],
		channels: { production: 0, draft: 0 },
	});
	// No result cache: every night re-executes every case, as a nightly job that tracks judge noise would.
	const config = JSON.stringify({ concurrency: 4, pass_threshold: 70, cache: false });
	const bench = store.upsertBench(workflow.scriptId, judge.scriptId, 'production', config, ago(40 * DAY));
	const cases = replyCases();
	const early = cases.length - LATE_CASES;
	const idFor = (i: number) => uuidFrom(`demo:${HISTORY_SCRIPT}:${i}`);
	buildCases(store, bench, projectId, HISTORY_SCRIPT, cases.slice(0, early), (i) => ago(40 * DAY - i * 60_000), idFor);
	for (let night = 0; night < NIGHTS; night++) {
		if (night === LATE_CASES_AFTER) {
			const addedAt = ago((NIGHTS - night) * DAY + 6 * HOUR);
			buildCases(store, bench, projectId, HISTORY_SCRIPT, cases.slice(early), () => addedAt, (i) => idFor(early + i));
		}
		const onV1 = night < NIGHTS_ON_V1;
		buildRun(store, bench, judge.scriptId, {
			channel: 'production',
			workflowVersionId: workflow.versionIds[onV1 ? 0 : 1],
			status: 'completed',
			triggeredAt: new Date(ago((NIGHTS - night) * DAY - 2 * HOUR)),
			triggeredBy: 'nightly@acme.test',
			notes: night === SAMPLED_NIGHT ? 'nightly (sampled while the runners were short)' : 'nightly',
			sampleSize: night === SAMPLED_NIGHT ? SAMPLE_SIZE : undefined,
		});
	}
}
