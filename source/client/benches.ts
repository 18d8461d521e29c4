// Project-scoped bench calls (`/projects/{P}/benches`, `/projects/{P}/scripts/{S}/...`, §6.1).
import type { BenchesApi } from './api.js';
import { type Http, path } from './http.js';
import {
	benchCaseSchema,
	benchRunSchema,
	benchSchema,
	benchSummarySchema,
	driftReportSchema,
	listOf,
	signatureSchema,
} from '../wire/schemas.js';
import type { DriftReport } from '../wire/types.js';

const summaryList = listOf(benchSummarySchema);
const runList = listOf(benchRunSchema);
const caseList = listOf(benchCaseSchema);

/** What `contract-drift` means by 404: the script was never published, so nothing drifted. */
const emptyDriftReport = (): DriftReport => ({
	drifted: [],
	script_version_id: null,
	published_at: null,
	published_by: null,
	summary: '',
});

const scriptPath = (projectId: number, script: string) => path`/projects/${projectId}/scripts/${script}`;

export function createBenchesApi(http: Http): BenchesApi {
	return {
		listSummaries: (projectId, options) => http.get(path`/projects/${projectId}/benches`, summaryList, options),
		get: (projectId, script, options) => http.getOr(`${scriptPath(projectId, script)}/bench`, benchSchema, null, options),
		listRuns: (projectId, script, page = {}, options) =>
			http.getOr(`${scriptPath(projectId, script)}/bench/runs`, runList, [], {
				query: { limit: page.limit, offset: page.offset },
				signal: options?.signal,
			}),
		triggerRun: (projectId, script, request, options) =>
			http.send('POST', `${scriptPath(projectId, script)}/bench/runs`, benchRunSchema, request, options?.signal),
		listCases: (projectId, script, options) => http.getOr(`${scriptPath(projectId, script)}/bench/cases`, caseList, [], options),
		createCase: (projectId, script, request, options) =>
			http.send('POST', `${scriptPath(projectId, script)}/bench/cases`, benchCaseSchema, request, options?.signal),
		getSignature: (projectId, script, options) => http.get(`${scriptPath(projectId, script)}/signature`, signatureSchema, options),
		contractDrift: (projectId, script, options) =>
			http.getOr(`${scriptPath(projectId, script)}/bench/cases/contract-drift`, driftReportSchema, emptyDriftReport(), options),
	};
}
