// Run-, case-, bench- and session-keyed calls: the seed's BenchRunsClient, method for method (§6.2–§6.3).
import type { BenchRunsApi } from './api.js';
import { compact, type Http, path } from './http.js';
import { subscribeRunEvents } from './run-events.js';
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

export function createBenchRunsApi(http: Http): BenchRunsApi {
	return {
		get: (runId, options) => http.getOr<BenchRun, null>(path`/bench-runs/${runId}`, null, options),
		async delete(runId, options) {
			await http.send('DELETE', path`/bench-runs/${runId}`, undefined, options?.signal);
		},
		listResults: (runId, options) => http.getOr<BenchResult[], BenchResult[]>(path`/bench-runs/${runId}/results`, [], options),
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
