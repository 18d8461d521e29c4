// Run-, case-, bench- and session-keyed calls: the seed's BenchRunsClient, method for method (§6.2–§6.3).
import type { BenchRunsApi } from './api.js';
import { compact, type Http, path } from './http.js';
import { subscribeRunEvents } from './run-events.js';
import { decodeBenchResult } from './decode.js';
import { AkribesError, NotFoundError } from './errors.js';
import { readJsonArray } from './json-array.js';
import type {
	BenchById,
	BenchCase,
	BenchResult,
	BenchRun,
	CompareReport,
	ExecutionStatus,
	McpSessionCost,
	TagSessionResponse,
} from '../wire/types.js';

function resultRow(route: string, value: unknown, index: number): BenchResult {
	const row = decodeBenchResult(value);
	if (!row) throw new AkribesError(`${route}: row ${index} of the body is not a bench result`);
	return row;
}

export function createBenchRunsApi(http: Http): BenchRunsApi {
	return {
		get: (runId, options) => http.getOr<BenchRun, null>(path`/bench-runs/${runId}`, null, options),
		async delete(runId, options) {
			await http.send('DELETE', path`/bench-runs/${runId}`, undefined, options?.signal);
		},
		// Streamed and decoded row by row: a finished 100,000-result run must not exist as one string.
		async listResults(runId, options) {
			const route = path`/bench-runs/${runId}/results`;
			try {
				return await http.getStreamed(route, (body) => readJsonArray(body, (row, index) => resultRow(`GET ${route}`, row, index)), options);
			} catch (error) {
				if (error instanceof NotFoundError) return [];
				throw error;
			}
		},
		subscribeRunEvents: (runId, options) => subscribeRunEvents(http, runId, options),
		cancel: (runId, options) => http.send<BenchRun>('POST', path`/bench-runs/${runId}/cancel`, {}, options?.signal),
		tagSession: (runId, mcpSessionId, options) =>
			http.send<TagSessionResponse>(
				'PATCH',
				path`/bench-runs/${runId}/tag-session`,
				{ mcp_session_id: mcpSessionId },
				options?.signal,
			),
		promoteExecution: (executionId, request = {}, options) =>
			http.send<BenchCase>(
				'POST',
				path`/executions/${executionId}/promote-to-case`,
				compact({ name: request.name, edits: request.edits && compact(request.edits) }),
				options?.signal,
			),
		compare: (runA, runB, options) => http.get<CompareReport>(path`/bench-runs/${runA}/compare/${runB}`, options),
		getCase: (caseId, options) => http.getOr<ExecutionStatus, null>(path`/executions/${caseId}`, null, options),
		patchCase: (caseId, patch, options) =>
			http.send<BenchCase>('PATCH', path`/cases/${caseId}`, compact(patch), options?.signal),
		async deleteCase(caseId, options) {
			await http.send('DELETE', path`/cases/${caseId}`, undefined, options?.signal);
		},
		benchById: (benchId, options) => http.getOr<BenchById, null>(path`/benches/${benchId}`, null, options),
		mcpSessionCost: (sessionId, options) => http.get<McpSessionCost>(path`/mcp-sessions/${sessionId}/cost`, options),
	};
}
