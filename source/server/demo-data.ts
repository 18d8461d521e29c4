// The demo data set (data: 'demo'): three projects, five benches with histories (one of them long and noisy, for the case
// history view), a broken judge, drift, an MCP session.
// All timestamps are laid out relative to `now` (the server's start, rounded down to the minute); ids are deterministic.
import { buildCases, buildRun, buildScript, type CaseSpec, type HistoricRunSpec } from './builders.js';
import { classifyCases, invoiceCases, summarizeCases, translateCases } from './demo-cases.js';
import { seedHistoryBench } from './demo-history.js';
import * as sig from './demo-signatures.js';
import { uuidFrom } from './hashing.js';
import type { Store } from './store.js';
import type { ScriptSignature } from '../wire/types.js';
import type { Behavior } from './simulate.js';

const DEMO_SESSION_ID = 'mcp-session-demo-1';
/** The one result error that carries terminal escape sequences (exercises the UI's sanitizer). */
export const HOSTILE_ERROR = 'provider error: \u001b]52;c;ZXZpbA==\u0007 upstream reset \u001b[2J\u001b[31mretry later\u001b[0m';

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface DemoBenchSpec {
	projectId: number;
	name: string;
	judgeName: string;
	versions: Array<{ signature: ScriptSignature; behavior?: Behavior; daysAgo?: number }>;
	channels: Record<string, number>;
	judgeVersions: ScriptSignature[];
	/** Default: the first judge version on both channels, the bench using `production`. */
	judgeChannels?: Record<string, number>;
	judgeChannel?: string;
	config: Record<string, unknown>;
	cases: CaseSpec[];
	/** Historic runs; `version` pins a workflow version index, `hoursAgo` places the trigger time. */
	runs: Array<Omit<HistoricRunSpec, 'triggeredAt' | 'workflowVersionId' | 'caseIds'> & { hoursAgo: number; version?: number; caseCount?: number }>;
}

export function seedDemo(store: Store, now: Date): void {
	const base = Math.floor(now.getTime() / 60_000) * 60_000;
	const ago = (ms: number) => new Date(base - ms).toISOString();
	store.transaction(() => {
		const acme = store.insertProject('Acme Support', ago(90 * DAY), 1);
		const invoices = store.insertProject('Invoices Inc', ago(60 * DAY), 2);
		const sandbox = store.insertProject('Sandbox', ago(10 * DAY), 3);
		buildScript(store, { projectId: sandbox, name: 'hello-world', createdAt: ago(10 * DAY), versions: [{ signature: sig.SUMMARIZE }], channels: { draft: 0 } });

		const benches: DemoBenchSpec[] = [
			{
				projectId: acme,
				name: 'summarize',
				judgeName: 'judge-summary',
				versions: [
					{ signature: sig.SUMMARIZE, behavior: {}, daysAgo: 30 },
					{ signature: sig.SUMMARIZE, behavior: { churn: 0.3, quality: 8 }, daysAgo: 12 },
					{ signature: sig.SUMMARIZE, behavior: { churn: 0.4, quality: -3, costFactor: 0.7, failRate: 0.05 } },
				],
				channels: { production: 1, draft: 2, staging: 0 },
				judgeVersions: [sig.JUDGE_SUMMARY],
				config: { concurrency: 4, pass_threshold: 60 },
				cases: summarizeCases(),
				runs: [
					{ hoursAgo: 14 * 24, version: 0, channel: 'production', status: 'completed', notes: 'baseline', triggeredBy: 'dana@acme.test' },
					{ hoursAgo: 12 * 24, version: 1, channel: 'production', status: 'failed', recordedFraction: 0.45, notes: 'provider outage during run' },
					{ hoursAgo: 10 * 24, version: 1, channel: 'production', status: 'completed', notes: 'v2 prompt', triggeredBy: 'dana@acme.test' },
					{
						hoursAgo: 7 * 24,
						version: 2,
						channel: 'draft',
						status: 'completed',
						notes: 'shorter prompt experiment',
						triggeredBy: 'lee@acme.test',
						adjust: (results) => {
							const target = results[7];
							Object.assign(target, { status: 'workflow_failed', score: null, headline_score: null, workflow_output: null, error: HOSTILE_ERROR, judge_cost_usd: 0, cost_usd: target.workflow_cost_usd });
						},
					},
					{ hoursAgo: 5 * 24, version: 2, channel: 'draft', status: 'completed', sampleSize: 12, notes: 'spot check' },
					{ hoursAgo: 3 * 24, version: 1, channel: 'production', status: 'canceled', caseCount: 10, recordedFraction: 0.4, notes: 'canceled: wrong channel' },
				],
			},
			{
				projectId: acme,
				name: 'classify-ticket',
				judgeName: 'judge-label',
				versions: [
					{ signature: sig.CLASSIFY, behavior: {}, daysAgo: 40 },
					{ signature: sig.CLASSIFY, behavior: { churn: 0.25, quality: 10 }, daysAgo: 9 },
					{ signature: sig.CLASSIFY, behavior: { churn: 0.35, quality: -6, costFactor: 1.5, failRate: 0.12, warning: 'ANTHROPIC_API_KEY missing; {n} cases will likely fail' } },
				],
				channels: { production: 1, draft: 2 },
				judgeVersions: [sig.JUDGE_LABEL],
				config: { concurrency: 8 },
				cases: classifyCases(),
				runs: [
					{ hoursAgo: 20 * 24, version: 0, channel: 'production', status: 'completed', notes: 'baseline' },
					{ hoursAgo: 9 * 24, version: 1, channel: 'production', status: 'completed', notes: 'new label taxonomy', triggeredBy: 'sam@acme.test' },
					{ hoursAgo: 2 * 24, version: 1, channel: 'production', status: 'completed', sampleSize: 20, notes: 'nightly sample' },
				],
			},
			{
				projectId: invoices,
				name: 'extract-invoice',
				judgeName: 'judge-invoice',
				versions: [
					{ signature: sig.INVOICE_V1, behavior: {}, daysAgo: 50 },
					{ signature: sig.INVOICE_V1, behavior: { churn: 0.3, quality: 6 }, daysAgo: 20 },
					{ signature: sig.INVOICE_V3, behavior: { churn: 0.3, quality: 4, costFactor: 1.1 }, daysAgo: 5 },
					{ signature: sig.INVOICE_V3, behavior: { churn: 0.4, quality: 2, costFactor: 1.6 } },
				],
				channels: { production: 2, draft: 3 },
				judgeVersions: [sig.JUDGE_INVOICE],
				config: { concurrency: 5, pass_threshold: 70 },
				cases: invoiceCases(),
				runs: [
					{ hoursAgo: 30 * 24, version: 0, channel: 'production', status: 'completed', notes: 'baseline' },
					{ hoursAgo: 15 * 24, version: 1, channel: 'production', status: 'completed' },
					{ hoursAgo: 4 * 24, version: 2, channel: 'production', status: 'completed', notes: 'currency input' },
				],
			},
			{
				projectId: invoices,
				name: 'translate',
				judgeName: 'judge-translation',
				versions: [
					{ signature: sig.TRANSLATE, behavior: {}, daysAgo: 20 },
					{ signature: sig.TRANSLATE, behavior: { churn: 0.3, quality: 5 }, daysAgo: 8 },
					{ signature: sig.TRANSLATE, behavior: { churn: 0.3, quality: 1 } },
				],
				channels: { production: 1, draft: 2 },
				judgeVersions: [sig.JUDGE_TRANSLATION_V1, sig.JUDGE_TRANSLATION_V2],
				judgeChannels: { production: 0, draft: 1 },
				judgeChannel: 'draft',
				config: {},
				cases: translateCases(),
				runs: [
					{ hoursAgo: 8 * 24, version: 0, channel: 'production', judgeChannel: 'production', status: 'completed', notes: 'baseline' },
					{ hoursAgo: 6 * 24, version: 1, channel: 'production', judgeChannel: 'production', status: 'completed' },
				],
			},
		];

		for (const spec of benches) seedDemoBench(store, spec, ago);
		seedHistoryBench(store, acme, ago);
		const taggedRun = store.listRuns(store.benchByScript(store.findScript(acme, 'summarize')!.id)!.id, 10, 0).find((r) => r.notes === 'shorter prompt experiment')!;
		store.setRunSession(taggedRun.id, DEMO_SESSION_ID);
		store.setSessionCost(DEMO_SESSION_ID, acme, `bench_run:${taggedRun.id}`, taggedRun.total_cost_usd);
		store.setSessionCost(DEMO_SESSION_ID, acme, 'assistant_turns', 0.0421);
	});
}

/** One demo bench: its scripts, cases and historic runs. `ago(ms)` is the ISO instant `ms` before the demo clock. */
function seedDemoBench(store: Store, spec: DemoBenchSpec, ago: (ms: number) => string): void {
	const workflow = buildScript(store, {
		projectId: spec.projectId,
		name: spec.name,
		createdAt: ago(60 * DAY),
		versions: spec.versions.map((v) => ({
			signature: v.signature,
			behavior: v.behavior,
			publishedAt: v.daysAgo === undefined ? undefined : ago(v.daysAgo * DAY),
			publishedBy: v.daysAgo === undefined ? undefined : 'release-bot@akribes.test',
		})),
		channels: spec.channels,
	});
	const judge = buildScript(store, {
		projectId: spec.projectId,
		name: spec.judgeName,
		createdAt: ago(60 * DAY),
		versions: spec.judgeVersions.map((signature, i) => ({ signature, publishedAt: i === 0 ? ago(59 * DAY) : undefined })),
		channels: spec.judgeChannels ?? { production: 0, draft: 0 },
	});
	const bench = store.upsertBench(workflow.scriptId, judge.scriptId, spec.judgeChannel ?? 'production', JSON.stringify(spec.config), ago(55 * DAY));
	const caseIds = buildCases(store, bench, spec.projectId, spec.name, spec.cases, (i) => ago(50 * DAY - i * 60_000), (i) => uuidFrom(`demo:${spec.name}:${i}`));
	for (const run of spec.runs) {
		buildRun(store, bench, judge.scriptId, {
			...run,
			triggeredAt: new Date(ago(run.hoursAgo * HOUR)),
			workflowVersionId: run.version === undefined ? undefined : workflow.versionIds[run.version],
			caseIds: run.caseCount === undefined ? undefined : caseIds.slice(0, run.caseCount),
		});
	}
}
