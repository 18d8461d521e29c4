// A server whose bodies have the contract's shape but whose every string carries terminal escape sequences, C1
// controls, bidi overrides and zero-width characters: project 1, script `s`, bench 1, runs 7 and 8, case c1.
// Tests override single routes (a malformed body, a number carrying an escape) with `server.on`.
import type { BenchCase, BenchResult, BenchRun, CompareReport, ExecutionStatus, Project, ProjectBenchSummary } from '../../source/wire/types.js';
import { benchById, benchCase, caseExecution, compareReport, driftReport, project, readResult, run, signature, summary } from '../client/fixtures.js';
import { type RecordingServer, startRecordingServer } from './recording-server.js';

/** OSC title, BEL, clear screen, SGR, a C1 CSI, an OSC 52 clipboard write, a bidi override and a zero-width space. */
export const EVIL = 'x\x1b]0;PWNED\x07\x1b[2J\x1b[31my\x07z\u009b31m\x1b]52;c;cm0gLXJmIH4K\x07\u202eevil\u200b!';
/** What the visible letters of EVIL must still read as, once cleaned (controls shown as ^X or removed). */
export const EVIL_LETTERS = /x.*y.*z.*evil/s;
/** A number field carrying escape sequences (the server lies about the type). */
export const EVIL_ID = '4\x1b]0;PWNED\x07\x1b]52;c;cm0gLXJmIH4K\x07';

/** Bytes that must never reach a terminal from data: ESC, BEL, other C0 but tab and newline, DEL and C1. */
export const CONTROL_BYTES = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

export const hostileProject: Project = { ...project, id: 1, name: EVIL };
export const hostileSummary: ProjectBenchSummary = {
	...summary,
	bench_id: 1,
	script_name: 's',
	judge_script_name: EVIL,
	judge_channel: EVIL,
	latest_run_id: 8,
	latest_run_status: 'completed',
	latest_run_channel: EVIL,
	latest_run_at: '2026-08-18T09:00:00Z',
	latest_run_mean_score: 70,
	latest_run_cost_usd: 0.01,
};
export const hostileRun = (id: number): BenchRun => ({
	...run,
	id,
	bench_id: 1,
	status: 'completed',
	completed_at: '2026-08-18T09:10:00Z',
	channel: EVIL,
	notes: EVIL,
	triggered_by: EVIL,
	judge_script_name: EVIL,
	mean_headline_score: 70,
	ok_cases: 1,
});
export const hostileResult = (runId: number): BenchResult => ({
	...readResult,
	bench_run_id: runId,
	case_id: 'c1',
	status: 'workflow_failed',
	case_name: EVIL,
	error: EVIL,
	score: { reason: EVIL },
	workflow_output: { answer: EVIL },
});
export const hostileCompare: CompareReport = {
	...compareReport,
	run_a_id: 7,
	run_b_id: 8,
	per_case: compareReport.per_case.map((row) => ({ ...row, case_id: 'c1', case_label: EVIL })),
};
export const hostileCase: BenchCase = { ...benchCase, id: 'c1', project_id: 1, bench_id: 1, script_name: 's', case_name: EVIL, inputs: { text: `line one\n${EVIL}` }, expected_output: EVIL };
export const hostileExecution: ExecutionStatus = { ...caseExecution, id: 'c1', project_id: 1, script_name: 's', kind: 'case', case_name: EVIL, inputs: { text: EVIL }, expected_output: EVIL, error: EVIL };

/** Starts the hostile server; every route answers a valid, hostile body until a test overrides it. */
export async function startHostileServer(): Promise<RecordingServer> {
	const server = await startRecordingServer();
	const script = '/projects/1/scripts/s';
	server.on('GET', '/projects', { json: [hostileProject] });
	server.on('GET', '/projects/1', { json: hostileProject });
	server.on('GET', '/projects/1/benches', { json: [hostileSummary] });
	server.on('GET', `${script}/channels`, { json: [{ id: 1, script_id: 11, name: EVIL, version_id: 1, updated_at: null }] });
	server.on('GET', `${script}/bench`, { json: { ...benchById, id: 1, script_name: 's', judge_channel: EVIL } });
	server.on('GET', `${script}/bench/runs`, { json: [hostileRun(8), hostileRun(7)] });
	server.on('GET', `${script}/bench/cases`, { json: [hostileCase] });
	server.on('GET', `${script}/bench/cases/contract-drift`, { json: { ...driftReport, drifted: [{ case_id: 'c1', label: EVIL, what_broke: EVIL }], summary: EVIL } });
	server.on('GET', `${script}/signature`, { json: signature });
	server.on('GET', '/benches/1', { json: { ...benchById, id: 1, project_id: 1, script_name: 's' } });
	for (const id of [7, 8]) {
		server.on('GET', `/bench-runs/${id}`, { json: hostileRun(id) });
		server.on('GET', `/bench-runs/${id}/results`, { json: [hostileResult(id)] });
		server.on('GET', `/bench-runs/${id}/events`, {
			sse: async (stream) => {
				await stream.write('event: terminal\ndata: {"status":"completed"}\n\n');
				stream.end();
			},
		});
	}
	server.on('GET', '/bench-runs/7/compare/8', { json: hostileCompare });
	server.on('GET', '/executions/c1', { json: hostileExecution });
	server.on('GET', '/mcp-sessions/s1/cost', { json: { session_id: EVIL, total_cost_usd: 1, breakdown: { [EVIL]: EVIL } } });
	return server;
}
