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
		get: (runId) => http.getOr<BenchRun, null>(path`/bench-runs/${runId}`, null),
		async delete(runId) {
			await http.send('DELETE', path`/bench-runs/${runId}`);
		},
		listResults: (runId) => http.getOr<BenchResult[], BenchResult[]>(path`/bench-runs/${runId}/results`, []),
		subscribeRunEvents: (runId, options) => subscribeRunEvents(http, runId, options),
		cancel: (runId) => http.send<BenchRun>('POST', path`/bench-runs/${runId}/cancel`, {}),
		tagSession: (runId, mcpSessionId) =>
			http.send<TagSessionResponse>('PATCH', path`/bench-runs/${runId}/tag-session`, { mcp_session_id: mcpSessionId }),
		promoteExecution: (executionId, request = {}) =>
			http.send<BenchCase>(
				'POST',
				path`/executions/${executionId}/promote-to-case`,
				compact({ name: request.name, edits: request.edits && compact(request.edits) }),
			),
		compare: (runA, runB) => http.get<CompareReport>(path`/bench-runs/${runA}/compare/${runB}`),
		getCase: (caseId) => http.getOr<ExecutionStatus, null>(path`/executions/${caseId}`, null),
		patchCase: (caseId, patch) => http.send<BenchCase>('PATCH', path`/cases/${caseId}`, compact(patch)),
		async deleteCase(caseId) {
			await http.send('DELETE', path`/cases/${caseId}`);
		},
		benchById: (benchId) => http.getOr<BenchById, null>(path`/benches/${benchId}`, null),
		mcpSessionCost: (sessionId) => http.get<McpSessionCost>(path`/mcp-sessions/${sessionId}/cost`),
	};
}
