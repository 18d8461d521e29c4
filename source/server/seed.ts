// Large benches for tests and benchmarks: `seedBench(store, {cases: 100_000, runs: 2})` creates a bench with N cases (and
// optionally finished runs, alternating production/draft so they compare) in one transaction, in about a second per 50k.
import type { ScriptSignature } from '../wire/types.js';
import { buildCases, buildRun, buildScript, choice, field, float, int, str } from './builders.js';
import type { Store } from './store.js';

export interface SeedBenchOptions {
	/** Number of cases. */
	cases: number;
	/** Finished runs to precompute (alternating `production`, `draft`). Default 0. */
	runs?: number;
	/** Existing project to put the bench in; default a new project named `load-test-<n>`. */
	projectId?: number;
	/** Script name; default `load-<n>`. */
	scriptName?: string;
	/** Bench `concurrency` (default 10). */
	concurrency?: number;
	/** Result cache; default false, so every trigger of a seeded bench executes every case. */
	cache?: boolean;
}

export interface SeededBench {
	projectId: number;
	scriptName: string;
	benchId: number;
	caseIds: string[];
	/** Finished runs, oldest first. */
	runIds: number[];
}

const LABELS = ['positive', 'negative', 'neutral'];

const LOAD_SIGNATURE: ScriptSignature = {
	inputs: [field('text', str)],
	outputs: [field('label', choice(LABELS)), field('confidence', float)],
	type_defs: {},
};

const JUDGE_SIGNATURE: ScriptSignature = {
	inputs: [field('expected.label', choice(LABELS)), field('actual.label', choice(LABELS))],
	outputs: [field('score', int), field('reason', str)],
	type_defs: {},
};

export function seedBench(store: Store, options: SeedBenchOptions): SeededBench {
	return store.transaction(() => {
		const now = new Date();
		const at = now.toISOString();
		const serial = (store.sql('SELECT COUNT(*) AS n FROM scripts').get() as { n: number }).n + 1;
		const projectId = options.projectId ?? store.insertProject(`load-test-${serial}`, at, 100 + serial);
		const scriptName = options.scriptName ?? `load-${serial}`;
		const workflow = buildScript(store, {
			projectId,
			name: scriptName,
			createdAt: at,
			versions: [
				{ signature: LOAD_SIGNATURE, behavior: { churn: 0.2 }, publishedAt: at, publishedBy: 'seed@bench-tui' },
				{ signature: LOAD_SIGNATURE, behavior: { churn: 0.35, quality: 5, costFactor: 1.2 } },
			],
			channels: { production: 0, draft: 1 },
		});
		const judge = buildScript(store, {
			projectId,
			name: `${scriptName}-judge`,
			createdAt: at,
			versions: [{ signature: JUDGE_SIGNATURE, publishedAt: at }],
			channels: { production: 0, draft: 0 },
		});
		const config = JSON.stringify({ concurrency: options.concurrency ?? 10, cache: options.cache ?? false });
		const bench = store.upsertBench(workflow.scriptId, judge.scriptId, 'production', config, at);
		const cases = Array.from({ length: options.cases }, (_, i) => ({
			name: `case ${i + 1}`,
			inputs: { text: `sample text number ${i + 1} for ${scriptName}` },
			expected: { label: LABELS[i % 3], confidence: 0.9 },
		}));
		// Sequential ids keep the id index append-only (3× faster inserts than random UUIDs at 100k cases).
		const caseIds = buildCases(store, bench, projectId, scriptName, cases, () => at, (i) => `case-${bench.id}-${String(i + 1).padStart(6, '0')}`);
		const runIds: number[] = [];
		for (let i = 0; i < (options.runs ?? 0); i++) {
			const run = buildRun(store, bench, judge.scriptId, {
				channel: i % 2 === 0 ? 'production' : 'draft',
				status: 'completed',
				triggeredAt: new Date(now.getTime() - ((options.runs ?? 0) - i) * 3_600_000),
				spacingSeconds: 0.01,
				notes: `seeded run ${i + 1}`,
			});
			runIds.push(run.id);
		}
		return { projectId, scriptName, benchId: bench.id, caseIds, runIds };
	});
}
