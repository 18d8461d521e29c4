// Run-, case-, bench- and session-keyed calls: the seed's BenchRunsClient, method for method (§6.2–§6.3).
import type { BenchRunsApi } from './api.js';
import { compact, type Http, path } from './http.js';
import { subscribeRunEvents } from './run-events.js';
import {
	benchByIdSchema,
	benchCaseSchema,
	benchResultSchema,
	benchRunSchema,
	compareReportSchema,
	executionStatusSchema,
	listOf,
	mcpSessionCostSchema,
	tagSessionSchema,
} from '../wire/schemas.js';

const resultList = listOf(benchResultSchema);

export function createBenchRunsApi(http: Http): BenchRunsApi {
	return {
		get: (runId, options) => http.getOr(path`/bench-runs/${runId}`, benchRunSchema, null, options),
		delete: (runId, options) => http.send('DELETE', path`/bench-runs/${runId}`, null, undefined, options?.signal),
		listResults: (runId, options) => http.getOr(path`/bench-runs/${runId}/results`, resultList, [], options),
		subscribeRunEvents: (runId, options) => subscribeRunEvents(http, runId, options),
		cancel: (runId, options) => http.send('POST', path`/bench-runs/${runId}/cancel`, benchRunSchema, {}, options?.signal),
		tagSession: (runId, mcpSessionId, options) =>
			http.send('PATCH', path`/bench-runs/${runId}/tag-session`, tagSessionSchema, { mcp_session_id: mcpSessionId }, options?.signal),
		promoteExecution: (executionId, request = {}, options) =>
			http.send(
				'POST',
				path`/executions/${executionId}/promote-to-case`,
				benchCaseSchema,
				compact({ name: request.name, edits: request.edits && compact(request.edits) }),
				options?.signal,
			),
		compare: (runA, runB, options) => http.get(path`/bench-runs/${runA}/compare/${runB}`, compareReportSchema, options),
		getCase: (caseId, options) => http.getOr(path`/executions/${caseId}`, executionStatusSchema, null, options),
		patchCase: (caseId, patch, options) => http.send('PATCH', path`/cases/${caseId}`, benchCaseSchema, compact(patch), options?.signal),
		deleteCase: (caseId, options) => http.send('DELETE', path`/cases/${caseId}`, null, undefined, options?.signal),
		benchById: (benchId, options) => http.getOr(path`/benches/${benchId}`, benchByIdSchema, null, options),
		mcpSessionCost: (sessionId, options) => http.get(path`/mcp-sessions/${sessionId}/cost`, mcpSessionCostSchema, options),
	};
}
