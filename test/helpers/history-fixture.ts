// A constructed bench history served over HTTP by the recording server: runs with chosen versions, and per case one
// letter per run (P pass, F fail, X workflow failed, C cache hit, . not in the run), so tests know which case is
// flaky, which broke in which run and version, and which was fixed.
import type { BenchCase, BenchResult, BenchRun } from '../../source/wire/types.js';
import { startRecordingServer, type RecordingServer } from './recording-server.js';

export const PROJECT = 4;
export const SCRIPT = 'summarize';

export interface HistorySpec {
	/** One entry per run, oldest first: the workflow and judge version ids. */
	runs: { workflow: number; judge?: number; channel?: string }[];
	/** Case name → one letter per run. */
	cases: Record<string, string>;
}

/** The demo-like history the view and command tests share: 8 runs, workflow 7 then 8. */
export const STANDARD_HISTORY: HistorySpec = {
	runs: [7, 7, 7, 7, 8, 8, 8, 8].map((workflow) => ({ workflow, judge: 3 })),
	cases: {
		'refund policy': 'PPPPFFFF', // broke in run 105 (wf 8)
		'noisy judge': 'PFPFPPFP', // flaky
		'long thread': 'FFFFPPPP', // fixed in run 105 (wf 8)
		'greeting': 'PPPPPPPP',
		'sampled one': 'P.P..P.C',
		'crashes': 'FFXFFFFF',
	},
};

export const FIRST_RUN = 101;

export interface ServedHistory {
	server: RecordingServer;
	runs: BenchRun[];
	cases: BenchCase[];
	results: Map<number, BenchResult[]>;
	close(): Promise<void>;
}

function runOf(i: number, spec: HistorySpec['runs'][number], count: number): BenchRun {
	const at = new Date(Date.UTC(2026, 10, 1 + i, 10)).toISOString();
	return {
		id: FIRST_RUN + i,
		bench_id: 9,
		channel: spec.channel ?? 'production',
		workflow_version_id: spec.workflow,
		judge_version_id: spec.judge ?? 3,
		status: 'completed',
		triggered_by: 'fixture',
		triggered_at: at,
		completed_at: at,
		total_cost_usd: 0.1,
		total_cases: count,
		cache_hit_cases: 0,
		notes: null,
		mode: 'full',
		pass_threshold: 50,
	};
}

export function buildHistory(spec: HistorySpec) {
	const names = Object.keys(spec.cases);
	const cases: BenchCase[] = names.map((name, i) => ({
		id: `case-${i + 1}`,
		project_id: PROJECT,
		script_name: SCRIPT,
		bench_id: 9,
		kind: 'case',
		frozen: false,
		case_name: name,
		inputs: { text: name },
		expected_output: null,
		ground_truth: null,
		created_at: '2026-10-01T00:00:00Z',
	}));
	const runs = spec.runs.map((r, i) => runOf(i, r, names.length));
	const results = new Map<number, BenchResult[]>();
	let id = 5000;
	runs.forEach((run, c) => {
		const rows: BenchResult[] = [];
		names.forEach((name, i) => {
			const letter = spec.cases[name][c];
			if (letter === '.') return;
			const score = letter === 'P' || letter === 'C' ? 80 + ((c * 7 + i) % 20) : letter === 'F' ? 10 + ((c * 5 + i) % 30) : null;
			rows.push({
				id: id++,
				bench_run_id: run.id,
				case_id: cases[i].id,
				workflow_execution_id: `wf-${run.id}-${i}`,
				judge_execution_id: `j-${run.id}-${i}`,
				score: score === null ? null : { score },
				headline_score: score,
				status: letter === 'X' ? 'workflow_failed' : letter === 'C' ? 'cached' : 'ok',
				cost_usd: letter === 'C' ? 0 : 0.0123,
				duration_ms: 1000 + c * 10,
				cache_hit: letter === 'C',
				error: letter === 'X' ? 'provider timeout' : null,
				created_at: run.triggered_at,
				verdict: score === null ? 'error' : score >= 50 ? 'pass' : 'fail',
				case_name: name,
				workflow_output: letter === 'X' ? null : { summary: `${name} answer in run ${run.id}${letter === 'F' ? ' (wrong)' : ''}` },
			});
		});
		results.set(run.id, rows);
	});
	return { runs, cases, results };
}

/** Serves the history: runs (newest first, paged), cases, the bench, and each run's results. */
export async function serveHistory(spec: HistorySpec = STANDARD_HISTORY): Promise<ServedHistory> {
	const { runs, cases, results } = buildHistory(spec);
	const server = await startRecordingServer();
	const base = `/projects/${PROJECT}/scripts/${SCRIPT}`;
	server.on('GET', `${base}/bench`, { json: { id: 9, script_id: 1, judge_script_id: 2, judge_channel: 'production', config: {}, created_at: '2026-10-01T00:00:00Z', updated_at: '2026-10-01T00:00:00Z' } });
	server.on('GET', '/benches/9', { json: { id: 9, project_id: PROJECT, script_name: SCRIPT, script_id: 1, judge_script_id: 2, judge_channel: 'production', config: {}, created_at: '2026-10-01T00:00:00Z', updated_at: '2026-10-01T00:00:00Z' } });
	server.on('GET', `${base}/bench/runs`, (request) => {
		const limit = Number(request.query.limit ?? 50);
		const offset = Number(request.query.offset ?? 0);
		return { json: [...runs].reverse().slice(offset, offset + limit) };
	});
	server.on('GET', `${base}/bench/cases`, { json: cases });
	server.on('GET', /^\/bench-runs\/\d+\/results$/, (request) => {
		const runId = Number(request.path.split('/')[2]);
		return { json: results.get(runId) ?? [] };
	});
	server.on('GET', /^\/bench-runs\/\d+$/, (request) => {
		const run = runs.find((r) => r.id === Number(request.path.split('/')[2]));
		return run ? { json: run } : { status: 404, json: { error: 'not found' } };
	});
	return { server, runs, cases, results, close: () => server.close() };
}
