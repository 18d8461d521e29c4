// Run-, case-, bench- and session-keyed calls: the seed's BenchRunsClient, method for method (§6.2–§6.3).
import type { BenchRunsApi, CallOptions } from './api.js';
import { type Http, path } from './http.js';
import { NotFoundError, ProtocolError } from './errors.js';
import { readJsonArrayBatches } from './json-array.js';
import { subscribeRunEvents } from './run-events.js';
import { decodeBenchResult } from '../wire/result-decoder.js';
import {
	benchByIdSchema,
	benchCaseSchema,
	benchRunSchema,
	compareReportSchema,
	executionStatusSchema,
	mcpSessionCostSchema,
	tagSessionSchema,
} from '../wire/schemas.js';
import type { BenchResult } from '../wire/types.js';

/** One row of `/results`; a row that does not decode rejects the whole body, naming the row: `[3].id …`. */
function resultRow(route: string, value: unknown, index: number): BenchResult {
	const decoded = decodeBenchResult(value, `[${index}]`);
	if (!decoded.ok) throw new ProtocolError(route, decoded.problem);
	return decoded.value;
}

export function createBenchRunsApi(http: Http): BenchRunsApi {
	// Streamed and decoded row by row: a finished 100,000-result run must not exist as one string.
	async function streamResults(runId: number, take: (rows: BenchResult[]) => void, options?: CallOptions): Promise<void> {
		const route = path`/bench-runs/${runId}/results`;
		try {
			await http.getStreamed(route, (body) => readJsonArrayBatches(body, (row, index) => resultRow(`GET ${route}`, row, index), take), options);
		} catch (error) {
			if (error instanceof NotFoundError) return;
			throw error;
		}
	}

	return {
		get: (runId, options) => http.getOr(path`/bench-runs/${runId}`, benchRunSchema, null, options),
		delete: (runId, options) => http.send('DELETE', path`/bench-runs/${runId}`, null, undefined, options?.signal),
		async listResults(runId, options) {
			const rows: BenchResult[] = [];
			await streamResults(runId, (batch) => {
				for (const row of batch) rows.push(row);
			}, options);
			return rows;
		},
		streamResults: (runId, take, options) => streamResults(runId, take, options),
		subscribeRunEvents: (runId, options) => subscribeRunEvents(http, runId, options),
		cancel: (runId, options) => http.send('POST', path`/bench-runs/${runId}/cancel`, benchRunSchema, {}, options?.signal),
		tagSession: (runId, mcpSessionId, options) =>
			http.send('PATCH', path`/bench-runs/${runId}/tag-session`, tagSessionSchema, { mcp_session_id: mcpSessionId }, options?.signal),
		promoteExecution: (executionId, request = {}, options) =>
			http.send(
				'POST',
				path`/executions/${executionId}/promote-to-case`,
				benchCaseSchema,
				request,
				options?.signal,
			),
		compare: (runA, runB, options) => http.get(path`/bench-runs/${runA}/compare/${runB}`, compareReportSchema, options),
		getCase: (caseId, options) => http.getOr(path`/executions/${caseId}`, executionStatusSchema, null, options),
		patchCase: (caseId, patch, options) => http.send('PATCH', path`/cases/${caseId}`, benchCaseSchema, patch, options?.signal),
		deleteCase: (caseId, options) => http.send('DELETE', path`/cases/${caseId}`, null, undefined, options?.signal),
		benchById: (benchId, options) => http.getOr(path`/benches/${benchId}`, benchByIdSchema, null, options),
		mcpSessionCost: (sessionId, options) => http.get(path`/mcp-sessions/${sessionId}/cost`, mcpSessionCostSchema, options),
	};
}
