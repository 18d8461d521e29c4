// A hostile server: every string (and a number sent as a string) carries terminal escape sequences. The human
// output of every read command must reach the terminal inert: no ESC, no BEL, the visible text kept.
import { afterAll, beforeAll, it } from 'vitest';
import type { BenchCase, CompareReport, ProjectBenchSummary } from '../../source/wire/types.js';
import { startRecordingServer, type RecordingServer } from '../helpers/recording-server.js';
import { enrichedRow, runRow } from '../state/feed-fixtures.js';
import { ensureBuilt, runCli } from './helpers.js';

const EVIL = 'x\x1b]0;owned\x07\x1b[2J\x1b[31my\x07z\u009b31m';

let server: RecordingServer;

beforeAll(async () => {
	ensureBuilt();
	server = await startRecordingServer();
	const run = runRow({ id: 7, channel: EVIL, notes: EVIL, triggered_by: EVIL, judge_script_name: EVIL, status_breakdown: { ok: 1 }, total_cases: EVIL as unknown as number });
	server.on('GET', '/projects', { json: [{ id: EVIL, name: EVIL, created_at: EVIL }] });
	const summary: Partial<ProjectBenchSummary> = { bench_id: 1, script_name: EVIL, judge_script_name: EVIL, case_count: 2, latest_run_id: 7, latest_run_status: EVIL as never, latest_run_at: EVIL };
	server.on('GET', '/projects/1/benches', { json: [summary] });
	server.on('GET', '/projects/1/scripts/s/bench', { json: { id: 1 } });
	server.on('GET', '/projects/1/scripts/s/bench/runs', { json: [run] });
	server.on('GET', '/bench-runs/7', { json: run });
	server.on('GET', '/bench-runs/7/results', { json: [enrichedRow(1, { case_name: EVIL, error: EVIL, status: EVIL as never })] });
	const report: CompareReport = {
		run_a_id: 7,
		run_b_id: 7,
		aggregate: { mean_score_delta: 0, cost_delta_usd: 0, n_regressed: 0, n_improved: 0, n_unchanged: 1 },
		per_case: [{ case_id: EVIL, case_label: EVIL, score_a: 1, score_b: 1, delta: 0, flag: EVIL as never, cost_flag: EVIL as never }],
	};
	server.on('GET', '/bench-runs/7/compare/7', { json: report });
	const hostileCase: Partial<BenchCase> & { status: string } = { id: 'c1', project_id: 1, script_name: EVIL, case_name: EVIL, kind: EVIL, status: EVIL, inputs: { text: `line one\n${EVIL}` }, expected_output: EVIL, ground_truth: null };
	server.on('GET', '/executions/c1', { json: hostileCase });
	server.on('GET', '/bench-runs/7/events', {
		sse: async (stream) => {
			await stream.write('event: terminal\ndata: {"status":"completed"}\n\n');
			stream.end();
		},
	});
	server.on('GET', '/mcp-sessions/s1/cost', { json: { session_id: EVIL, total_cost_usd: 1, breakdown: { [EVIL]: EVIL } } });
});
afterAll(() => server?.close());

it.concurrent.for([['projects'], ['benches'], ['runs', 's'], ['run', '7'], ['results', '7'], ['watch', '7'], ['compare', '7', '7'], ['case', 'get', 'c1'], ['cost', 's1']])(
	'bench-tui %s',
	async (args, { expect }) => {
		const { code, stdout, stderr } = await runCli(args, { env: { AKRIBES_BASE_URL: server.url, AKRIBES_PROJECT_ID: '1' } });
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		expect(stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
		expect(stdout).toContain('xy^Gz');
	},
);
